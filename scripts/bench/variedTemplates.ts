// A third bench corpus that reads like varied real news, so throughput figures are not flattered
// by the other two corpora's tiny vocabularies and plain ASCII. Everything here is our own words
// and patterns (never gold-corpus or samples/ text), drawn with a seeded PRNG: names, places and
// organisations are built from syllables (thousands of distinct ones), content words from lists
// with their inflections; the text mixes curly and straight quotes, nested quotes, questions and
// exclamations inside and outside quotes, ellipses, dashes, accented and non-Latin names, numbers
// in many forms, bylines, datelines and page furniture, in articles of 100 to 3,000 words.
import { countWords, type Rng } from './templates';

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const chance = (rng: Rng, p: number): boolean => rng() < p;
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

// ---- names, places, organisations: built from syllables per naming tradition ----

interface Tradition {
  first: readonly string[];
  /** Surname syllables: an opening, middles, an ending. */
  open: readonly string[];
  mid: readonly string[];
  end: readonly string[];
}

const TRADITIONS: Record<string, Tradition> = {
  english: {
    first: ['Alice', 'Robert', 'Naomi', 'Declan', 'Harriet', 'Owen', 'Megan', 'Callum', 'Ruth', 'Stuart', 'Eleanor', 'Graham', 'Imogen', 'Wesley', 'Fiona', 'Kenneth', 'Bethany', 'Malcolm', 'Tessa', 'Gordon'],
    open: ['Ash', 'Brad', 'Cal', 'Dun', 'Ell', 'Fair', 'Green', 'Hal', 'Kel', 'Lang', 'Mar', 'Nor', 'Pem', 'Red', 'Shel', 'Thorn', 'Wal', 'Whit', 'Brook', 'Stan'],
    mid: ['', '', 'er', 'ing', 'ham', 'ow', 'en'],
    end: ['ford', 'ton', 'ley', 'wood', 'by', 'well', 'worth', 'field', 'more', 'son', 'ridge', 'cott'],
  },
  romance: {
    first: ['José', 'Inés', 'Raúl', 'Begoña', 'Andrés', 'Mónica', 'Zoé', 'Hélène', 'Léon', 'Amélie', 'Joaquín', 'Lucía', 'Ramón', 'Noémie', 'Sofía', 'Émile', 'Ximena', 'Tomás', 'Renée', 'Iñaki'],
    open: ['Al', 'Bel', 'Cas', 'Del', 'Es', 'Fer', 'Gar', 'Iba', 'Lor', 'Mar', 'Nú', 'Or', 'Pé', 'Quin', 'Ro', 'San', 'Val', 'Ye', 'Zu', 'Mu'],
    mid: ['', 'ri', 'la', 'ba', 'ta', 'ne', 'ca', 'ñe'],
    end: ['ñez', 'dez', 'ro', 'llo', 'nas', 'ret', 'ier', 'quez', 'rrà', 'zón', 'lès', 'gaud'],
  },
  slavic: {
    first: ['Łukasz', 'Agnieszka', 'Wojciech', 'Małgorzata', 'Zbigniew', 'Bożena', 'Krzysztof', 'Jadwiga', 'Radosław', 'Dorota', 'Mirosław', 'Katarzyna', 'Paweł', 'Ewa', 'Tomáš', 'Zuzana', 'Miloš', 'Jelena', 'Dušan', 'Ivana'],
    open: ['Wój', 'Kow', 'Lew', 'Zał', 'Dąb', 'Grz', 'Mił', 'Sob', 'Pst', 'Krz', 'Now', 'Wiś', 'Hor', 'Bro', 'Ste', 'Pav'],
    mid: ['', 'al', 'ow', 'ie', 'ysz', 'an', 'ic'],
    end: ['ski', 'cka', 'wicz', 'czyk', 'ak', 'ek', 'ńska', 'ović', 'ová', 'ík', 'ło', 'iec'],
  },
  turkic: {
    first: ['Şule', 'Barış', 'Gökhan', 'Ayşe', 'Çağlar', 'Özlem', 'Emre', 'Şenol', 'Gülşen', 'İlker', 'Nurcan', 'Ömer', 'Sevgi', 'Tuğba', 'Yiğit', 'Zeynep', 'Kemal', 'Derya', 'Murat', 'Ebru'],
    open: ['Ak', 'Bay', 'Çe', 'Dem', 'Er', 'Gün', 'Kar', 'Kıl', 'Öz', 'Şa', 'Tür', 'Yıl', 'Sö', 'Ar', 'Ko'],
    mid: ['', 'ta', 'ma', 'ker', 'lı', 'han'],
    end: ['doğan', 'oğlu', 'can', 'kaya', 'taş', 'soy', 'türk', 'er', 'şen', 'çı', 'dağ', 'ay'],
  },
  nordic: {
    first: ['Søren', 'Åsa', 'Bjørn', 'Freja', 'Jørgen', 'Maja', 'Håkon', 'Sigrid', 'Øystein', 'Linnea', 'Eskil', 'Tove', 'Anders', 'Ingeborg', 'Leif', 'Ragnhild', 'Teemu', 'Päivi', 'Jussi', 'Aino'],
    open: ['Berg', 'Dahl', 'Falk', 'Holm', 'Lund', 'Sand', 'Strøm', 'Vik', 'Ås', 'Björk', 'Ny', 'Sjö', 'Häm', 'Kos'],
    mid: ['', '', 'e', 'ar', 'qv'],
    end: ['ström', 'gren', 'stad', 'berg', 'sen', 'sson', 'lund', 'vik', 'ænen', 'inen', 'nes', 'dal'],
  },
  african: {
    first: ['Chidi', 'Amara', 'Kwame', 'Ngozi', 'Tendai', 'Wanjiru', 'Sipho', 'Folake', 'Kofi', 'Zanele', 'Babajide', 'Nia', 'Thabo', 'Adaeze', 'Juma', 'Ifeoma', 'Kagiso', 'Makena', 'Obinna', 'Lindiwe'],
    open: ['Ade', 'Ba', 'Chi', 'Dla', 'Eze', 'Ka', 'Mba', 'Nko', 'Olu', 'Sa', 'Tshe', 'Wa', 'Ya', 'Mu'],
    mid: ['', 'ku', 'la', 'mi', 'ni', 'bo'],
    end: ['ye', 'mi', 'si', 'ngo', 'dele', 'kwe', 'ra', 'nje', 'wale', 'zi', 'tunde', 'tho'],
  },
  asian: {
    first: ['Hiroshi', 'Mei', 'Anh', 'Jae-won', 'Priya', 'Arjun', 'Siti', 'Wei', 'Yuki', 'Minh', 'Seo-yeon', 'Rahul', 'Nurul', 'Kenji', 'Lakshmi', 'Haruto', 'Thi', 'Dong-hyun', 'Aarav', 'Li'],
    open: ['Na', 'Ta', 'Sri', 'Ku', 'Pa', 'Ra', 'Ha', 'Chan', 'Ng', 'Wi', 'Ma', 'Sa', 'Yo'],
    mid: ['', 'ka', 'ra', 'shi', 'ja', 'ya'],
    end: ['mura', 'moto', 'wan', 'nathan', 'dran', 'wati', 'yen', 'gawa', 'sinha', 'pur', 'hara', 'kumar'],
  },
};
const TRADITION_WEIGHTS: [string, number][] = [['english', 30], ['romance', 16], ['slavic', 12], ['turkic', 8], ['nordic', 8], ['african', 12], ['asian', 14]];

// Names in other scripts, for a few percent of articles: Greek, Cyrillic, CJK.
const GREEK_FIRST = ['Γιώργος', 'Ελένη', 'Νίκος', 'Μαρία', 'Δημήτρης', 'Κατερίνα', 'Σπύρος', 'Αθηνά'];
const GREEK_LAST = ['Παπαδόπουλος', 'Οικονόμου', 'Νικολάου', 'Γεωργίου', 'Καραγιάννη', 'Βλάχου', 'Ζαχαρίου', 'Μητσοτάκη'];
const CYRILLIC_FIRST = ['Олег', 'Наталья', 'Сергей', 'Ирина', 'Андрій', 'Оксана', 'Дмитрий', 'Людмила'];
const CYRILLIC_LAST = ['Соколов', 'Кузнецова', 'Шевченко', 'Морозов', 'Ковальчук', 'Лебедева', 'Петренко', 'Волков'];
const CJK_NAMES = ['王伟', '李娜', '张敏', '刘洋', '陈静', '山田太郎', '佐藤花子', '鈴木一郎', '김민준', '이서연', '박지훈', '高橋健'];

function tradition(rng: Rng): Tradition {
  let r = rng() * 100;
  for (const [k, w] of TRADITION_WEIGHTS) if ((r -= w) < 0) return TRADITIONS[k];
  return TRADITIONS.english;
}

function surname(rng: Rng, t: Tradition): string {
  return cap(pick(rng, t.open) + pick(rng, t.mid) + pick(rng, t.end));
}

const PLACE_OPEN = ['Vel', 'Mar', 'Tor', 'Kes', 'Bran', 'Ost', 'Lum', 'Sar', 'Dor', 'Ald', 'Quen', 'Pol', 'Rav', 'Hel', 'Cor', 'Ner', 'Zan', 'Bel', 'Fen', 'Gal', 'Is', 'Ul', 'Oro', 'Tam', 'Vis', 'Kal', 'Mor', 'Sel', 'Tir', 'Ebr'];
const PLACE_END = ['a', 'ia', 'ovo', 'burg', 'mouth', 'stad', 'ville', 'ora', 'ana', 'ento', 'haven', 'sk', 'abad', 'pur', 'gate', 'mere', 'ica', 'os', 'ène', 'ín'];
const PLACE_FORMS = ['{p}', '{p}', '{p}', '{p}', 'Port {p}', 'San {p}', 'New {p}', '{p} Falls', 'Upper {p}', '{p} Bay', 'Saint-{p}', 'Nueva {p}'];

function place(rng: Rng): string {
  const base = cap(pick(rng, PLACE_OPEN) + (chance(rng, 0.4) ? pick(rng, ['ar', 'en', 'il', 'or', 'ul', 'es']) : '') + pick(rng, PLACE_END));
  return pick(rng, PLACE_FORMS).replace('{p}', base);
}

const ORG_NOUNS = ['Authority', 'Council', 'Commission', 'Institute', 'Foundation', 'Agency', 'Board', 'Union', 'Federation', 'Trust', 'Bank', 'Group', 'Holdings', 'Partners', 'Alliance', 'Society', 'Office', 'Tribunal'];
const ORG_FIELDS = ['Water', 'Transport', 'Energy', 'Health', 'Housing', 'Fisheries', 'Aviation', 'Mining', 'Forestry', 'Rail', 'Ports', 'Grain', 'Textile', 'Insurance', 'Broadcasting', 'Consumer', 'Teachers', 'Nurses', 'Farmers', 'Pilots'];

function organisation(rng: Rng, places: string[]): { name: string; short: string } {
  switch (int(rng, 0, 4)) {
    case 0: {
      const f = pick(rng, ORG_FIELDS);
      const n = pick(rng, ORG_NOUNS);
      return { name: `${pick(rng, places)} ${f} ${n}`, short: `the ${n.toLowerCase()}` };
    }
    case 1: {
      const f = pick(rng, ORG_FIELDS);
      const n = pick(rng, ORG_NOUNS);
      const words = ['National', f, n];
      return { name: `the ${words.join(' ')}`, short: words.map((w) => w[0]).join('') };
    }
    case 2: {
      const a = surname(rng, tradition(rng));
      const b = surname(rng, tradition(rng));
      return { name: `${a} & ${b}`, short: a };
    }
    case 3: {
      const s = cap(pick(rng, PLACE_OPEN).toLowerCase() + pick(rng, ['tek', 'via', 'ora', 'gen', 'lux', 'max', 'corp', 'nova']));
      return { name: `${s} ${pick(rng, ['Holdings', 'Group', 'Ltd', 'Inc.', 'SA', 'GmbH', 'plc'])}`, short: s };
    }
    default: {
      const adj = pick(rng, ['Democratic', 'Progressive', 'Green', 'People’s', 'Liberal', 'Civic', 'Workers’', 'Reform', 'United', 'Social']);
      return { name: `the ${adj} ${pick(rng, ['Party', 'Movement', 'Front', 'Alliance', 'Coalition'])}`, short: `the ${pick(rng, ['party', 'movement'])}` };
    }
  }
}

const ROLES = ['finance minister', 'mayor', 'police chief', 'health secretary', 'governor', 'trade commissioner', 'spokeswoman', 'spokesman', 'chief executive', 'union leader', 'opposition leader', 'head coach', 'chief economist', 'prosecutor', 'defence lawyer', 'professor of epidemiology', 'director', 'senior analyst', 'committee chair', 'ambassador', 'deputy mayor', 'fire chief', 'striker', 'festival director', 'senator', 'judge', 'researcher', 'party chairman', 'chief scientist', 'council member'];
const NATIONALITIES = ['Portuguese', 'Kenyan', 'Polish', 'Turkish', 'Norwegian', 'Chilean', 'Vietnamese', 'Canadian', 'Ghanaian', 'Indonesian', 'Greek', 'Ukrainian', 'Mexican', 'Irish', 'Korean', 'Egyptian'];

interface Person {
  first: string;
  last: string;
  role: string;
  female: boolean;
  org: string;
}

function person(rng: Rng, orgs: string[], script: 'latin' | 'greek' | 'cyrillic' | 'cjk'): Person {
  const female = chance(rng, 0.5);
  const role = pick(rng, ROLES);
  const org = pick(rng, orgs);
  if (script === 'greek') return { first: pick(rng, GREEK_FIRST), last: pick(rng, GREEK_LAST), role, female, org };
  if (script === 'cyrillic') return { first: pick(rng, CYRILLIC_FIRST), last: pick(rng, CYRILLIC_LAST), role, female, org };
  if (script === 'cjk') {
    const n = pick(rng, CJK_NAMES);
    return { first: n, last: n, role, female, org };
  }
  const t = tradition(rng);
  const last = chance(rng, 0.08) ? `${surname(rng, t)}-${surname(rng, tradition(rng))}` : surname(rng, t);
  return { first: pick(rng, t.first), last, role, female, org };
}

const full = (p: Person) => (p.first === p.last ? p.first : `${p.first} ${p.last}`);

// ---- content words: our own lists, inflected ----

const NOUNS = ['budget', 'bridge', 'contract', 'election', 'hospital', 'school', 'factory', 'harbour', 'railway', 'pipeline', 'reservoir', 'vaccine', 'tariff', 'subsidy', 'pension', 'salary', 'strike', 'protest', 'inquiry', 'report', 'audit', 'merger', 'loan', 'debt', 'deficit', 'surplus', 'harvest', 'drought', 'flood', 'wildfire', 'earthquake', 'storm', 'outbreak', 'ceasefire', 'treaty', 'summit', 'referendum', 'coalition', 'reform', 'scandal', 'verdict', 'appeal', 'sentence', 'warrant', 'investigation', 'evacuation', 'shortage', 'price', 'wage', 'rent', 'mortgage', 'fare', 'ticket', 'stadium', 'season', 'transfer', 'tournament', 'festival', 'exhibition', 'museum', 'library', 'theatre', 'album', 'novel', 'film', 'broadcast', 'platform', 'network', 'satellite', 'telescope', 'laboratory', 'trial', 'study', 'survey', 'poll', 'census', 'forecast', 'estimate', 'target', 'quota', 'licence', 'permit', 'ban', 'law', 'bill', 'amendment', 'regulation', 'guideline', 'policy', 'strategy', 'plan', 'proposal', 'deal', 'offer', 'bid', 'lawsuit', 'settlement', 'fine', 'penalty', 'refund', 'grant', 'donation', 'charity', 'shelter', 'clinic', 'ward', 'ambulance', 'border', 'checkpoint', 'airport', 'runway', 'terminal', 'motorway', 'tunnel', 'dam', 'turbine', 'reactor', 'mine', 'quarry', 'forest', 'river', 'coastline', 'island', 'valley', 'village', 'suburb', 'district', 'province', 'parliament', 'ministry', 'cabinet', 'committee', 'court', 'council', 'union', 'company', 'bank', 'market', 'currency', 'export', 'import', 'shipment', 'cargo', 'fleet', 'crew', 'passenger', 'patient', 'student', 'teacher', 'nurse', 'doctor', 'farmer', 'fisherman', 'miner', 'driver', 'pilot', 'voter', 'resident', 'tenant', 'landlord', 'investor', 'shareholder', 'customer', 'supplier', 'witness', 'victim', 'suspect', 'officer', 'soldier', 'refugee', 'migrant', 'volunteer', 'athlete', 'player', 'coach', 'referee', 'artist', 'author', 'composer', 'scientist', 'engineer', 'economist', 'diplomat', 'negotiator', 'lawmaker', 'minister', 'senator', 'candidate', 'campaign', 'debate', 'rally', 'speech', 'statement', 'interview', 'memo', 'email', 'leak', 'document', 'record', 'database', 'breach', 'outage', 'delay', 'cancellation', 'closure', 'opening', 'expansion', 'renovation', 'demolition', 'recall', 'complaint', 'dispute', 'agreement', 'negotiation', 'vote', 'result', 'turnout', 'majority', 'profit', 'loss', 'revenue', 'dividend', 'stake', 'share', 'bond', 'index', 'inflation', 'recession', 'recovery', 'growth', 'output', 'demand', 'supply', 'emission', 'pollution', 'waste', 'recycling', 'water', 'electricity', 'fuel', 'grain', 'wheat', 'coffee', 'cocoa', 'timber', 'copper', 'lithium', 'steel'];
const IRREGULAR_PLURAL: Record<string, string> = { fisherman: 'fishermen', index: 'indices', person: 'people' };
const plural = (n: string): string =>
  IRREGULAR_PLURAL[n] ?? (/(s|sh|ch|x)$/.test(n) ? n + 'es' : /[^aeiou]y$/.test(n) ? n.slice(0, -1) + 'ies' : n + 's');

const ADJECTIVES = ['new', 'old', 'large', 'small', 'public', 'private', 'local', 'regional', 'national', 'foreign', 'global', 'economic', 'political', 'financial', 'legal', 'military', 'medical', 'rural', 'urban', 'coastal', 'northern', 'southern', 'eastern', 'western', 'central', 'annual', 'monthly', 'weekly', 'temporary', 'permanent', 'independent', 'official', 'unofficial', 'controversial', 'popular', 'unpopular', 'expensive', 'cheap', 'modest', 'ambitious', 'delayed', 'disputed', 'revised', 'proposed', 'unprecedented', 'serious', 'minor', 'major', 'rapid', 'gradual', 'sharp', 'steep', 'slight', 'significant', 'fragile', 'stable', 'volatile', 'crucial', 'urgent', 'routine', 'rare', 'frequent', 'strong', 'weak', 'heavy', 'light', 'safe', 'dangerous', 'fair', 'unfair', 'transparent', 'secret', 'confidential', 'historic', 'digital', 'renewable', 'nuclear', 'agricultural', 'industrial', 'environmental', 'cultural', 'educational', 'domestic', 'international', 'unexpected', 'reluctant', 'careful', 'bitter', 'lengthy', 'brief'];
const ADVERBS = ['quickly', 'slowly', 'openly', 'quietly', 'firmly', 'sharply', 'largely', 'partly', 'fully', 'barely', 'nearly', 'clearly', 'publicly', 'privately', 'repeatedly', 'reportedly', 'allegedly', 'apparently', 'eventually', 'initially', 'formally', 'narrowly', 'broadly', 'strongly'];

// [base, past, -ing, third person]
const VERBS: [string, string, string, string][] = [
  ['approve', 'approved', 'approving', 'approves'], ['reject', 'rejected', 'rejecting', 'rejects'], ['delay', 'delayed', 'delaying', 'delays'],
  ['cancel', 'cancelled', 'cancelling', 'cancels'], ['raise', 'raised', 'raising', 'raises'], ['cut', 'cut', 'cutting', 'cuts'],
  ['review', 'reviewed', 'reviewing', 'reviews'], ['fund', 'funded', 'funding', 'funds'], ['block', 'blocked', 'blocking', 'blocks'],
  ['support', 'supported', 'supporting', 'supports'], ['oppose', 'opposed', 'opposing', 'opposes'], ['announce', 'announced', 'announcing', 'announces'],
  ['investigate', 'investigated', 'investigating', 'investigates'], ['expand', 'expanded', 'expanding', 'expands'], ['close', 'closed', 'closing', 'closes'],
  ['open', 'opened', 'opening', 'opens'], ['sign', 'signed', 'signing', 'signs'], ['break', 'broke', 'breaking', 'breaks'],
  ['win', 'won', 'winning', 'wins'], ['lose', 'lost', 'losing', 'loses'], ['build', 'built', 'building', 'builds'],
  ['sell', 'sold', 'selling', 'sells'], ['buy', 'bought', 'buying', 'buys'], ['pay', 'paid', 'paying', 'pays'],
  ['hide', 'hid', 'hiding', 'hides'], ['ignore', 'ignored', 'ignoring', 'ignores'], ['protect', 'protected', 'protecting', 'protects'],
  ['threaten', 'threatened', 'threatening', 'threatens'], ['restore', 'restored', 'restoring', 'restores'], ['suspend', 'suspended', 'suspending', 'suspends'],
  ['overturn', 'overturned', 'overturning', 'overturns'], ['negotiate', 'negotiated', 'negotiating', 'negotiates'], ['underestimate', 'underestimated', 'underestimating', 'underestimates'],
  ['double', 'doubled', 'doubling', 'doubles'], ['halve', 'halved', 'halving', 'halves'], ['replace', 'replaced', 'replacing', 'replaces'],
  ['inspect', 'inspected', 'inspecting', 'inspects'], ['mislead', 'misled', 'misleading', 'misleads'], ['win back', 'won back', 'winning back', 'wins back'],
  ['shut down', 'shut down', 'shutting down', 'shuts down'], ['set up', 'set up', 'setting up', 'sets up'], ['take over', 'took over', 'taking over', 'takes over'],
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_SHORT = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// ---- numbers in many forms ----

function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function figure(rng: Rng): string {
  switch (int(rng, 0, 15)) {
    case 0: return grouped(int(rng, 1000, 99999));
    case 1: return `${(rng() * 20).toFixed(1)}%`;
    case 2: return `$${int(rng, 1, 90)}bn`;
    case 3: return `€${int(rng, 2, 900)} million`;
    case 4: return `£${(rng() * 9 + 1).toFixed(2)}m`;
    case 5: return `${int(rng, 2, 95)}-year-old`;
    case 6: return `the ${int(rng, 196, 201)}0s`;
    case 7: return `${int(rng, 2, 40)} per cent`;
    case 8: return `${int(rng, 1990, 2024)}–${int(rng, 25, 30)}`;
    case 9: return `${int(rng, 2, 19)}.${int(rng, 0, 9)} million`;
    case 10: return `${int(rng, 1, 12)}:${pick(rng, ['00', '15', '30', '45'])} ${pick(rng, ['a.m.', 'p.m.', 'GMT'])}`;
    case 11: return `${int(rng, 2, 31)}${pick(rng, ['st', 'nd', 'th'])}`;
    case 12: return `${int(rng, 10, 99)}–${int(rng, 100, 140)} km`;
    case 13: return `one in ${int(rng, 3, 12)}`;
    case 14: return `${pick(rng, ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'eleven', 'twelve', 'dozens of', 'hundreds of'])}`;
    default: return `${grouped(int(rng, 100, 9999999))}`;
  }
}

/** An amount of money or a count, for "a loan of ...". */
function amount(rng: Rng): string {
  return pick(rng, [`$${int(rng, 1, 90)}bn`, `€${int(rng, 2, 900)} million`, `£${(rng() * 9 + 1).toFixed(2)}m`, grouped(int(rng, 1000, 99999)), `${int(rng, 2, 19)}.${int(rng, 0, 9)} million`]);
}

// ---- one article: its style and cast ----

interface Style {
  /** Curly typography (“ ” ‘ ’ …) or straight (" ' ...). */
  curly: boolean;
  dash: string;
  cast: Person[];
  places: string[];
  orgs: { name: string; short: string }[];
  outlet: string;
  topic: string[];
}

function q(s: Style, text: string): string {
  return s.curly ? `“${text}”` : `"${text}"`;
}
function inner(s: Style, text: string): string {
  return s.curly ? `‘${text}’` : `'${text}'`;
}
function apos(s: Style, text: string): string {
  return s.curly ? text.replace(/'/g, '’') : text;
}
function ellipsis(s: Style): string {
  return s.curly ? '…' : '...';
}

/** A noun phrase; `singular` for a subject whose verb is singular. */
function np(rng: Rng, s: Style, singular = false): string {
  const n = chance(rng, 0.35) ? pick(rng, s.topic) : pick(rng, NOUNS);
  const pl = !singular && chance(rng, 0.3);
  const head = pl ? plural(n) : n;
  const adj = chance(rng, 0.55) ? pick(rng, ADJECTIVES) + ' ' : '';
  const det = pl ? pick(rng, ['the ', 'some ', 'most ', 'these ', '', 'many ']) : pick(rng, ['the ', 'the ', 'a ', 'this ', 'our ', 'their ']);
  const fixedDet = det === 'a ' && /^[aeiou]/.test(adj || head) ? 'an ' : det;
  const pp = chance(rng, 0.25) ? ` in ${pick(rng, s.places)}` : chance(rng, 0.12) ? ` of ${amount(rng)}` : '';
  return `${fixedDet}${adj}${head}${pp}`;
}

/** A clause someone might say or the reporter state, lower-case, no final stop. */
function claim(rng: Rng, s: Style): string {
  const v = pick(rng, VERBS);
  const who = chance(rng, 0.5) ? pick(rng, s.orgs).name : np(rng, s);
  switch (int(rng, 0, 13)) {
    case 0: return `${who} ${v[1]} ${np(rng, s)}`;
    case 1: return apos(s, `we won't ${v[0]} ${np(rng, s)} ${pick(rng, ['this year', 'without a vote', 'under any circumstances', 'again'])}`);
    case 2: return `there is no evidence that ${who} ${v[1]} ${np(rng, s)}`;
    case 3: return `${np(rng, s, true)} ${pick(rng, ['rose', 'fell', 'climbed', 'dropped'])} by ${pick(rng, [`${(rng() * 20).toFixed(1)}%`, `${int(rng, 2, 40)} per cent`, amount(rng)])} ${pick(rng, ['last year', 'in the third quarter', 'since ' + pick(rng, MONTHS), 'over the decade'])}`;
    case 4: return apos(s, `it's ${pick(rng, ADJECTIVES)} to ${v[0]} ${np(rng, s)} now`);
    case 5: return `${who} will ${v[0]} ${np(rng, s)} ${pick(rng, ADVERBS)}`;
    case 6: return `${who} has been ${v[2]} ${np(rng, s)} for ${int(rng, 2, 30)} ${pick(rng, ['years', 'months', 'weeks'])}`;
    case 7: return apos(s, `nobody ${pick(rng, ['told us', 'warned us', 'asked us'])} about ${np(rng, s)}`);
    case 8: return `${np(rng, s, true)} ${pick(rng, ['cost', 'is worth', 'will need'])} ${amount(rng)}`;
    case 9: return apos(s, `the people of ${pick(rng, s.places)} don't want ${np(rng, s)}`);
    case 10: return `${who} never ${v[1]} ${np(rng, s)}, and ${pick(rng, ['everyone knows it', 'the records show it', 'that is the problem'])}`;
    case 11: return `${np(rng, s, true)} ${v[3]} ${np(rng, s)} ${pick(rng, ['every winter', 'in most districts', 'at least twice a year', 'when nobody is looking'])}`;
    case 12: return apos(s, `we've ${v[1]} ${np(rng, s)} before and we'll do it again`);
    default: return `${pick(rng, ['half', 'a third', 'most', 'none'])} of ${np(rng, s)} ${pick(rng, ['were', 'would be', 'will be'])} ${pick(rng, ADJECTIVES)}`;
  }
}

/** A clause that lengthens a sentence (news sentences run to some 20 words; bare claims to 8). */
function tail(rng: Rng, s: Style): string {
  const v = pick(rng, VERBS);
  switch (int(rng, 0, 7)) {
    case 0: return ` after ${np(rng, s)} ${v[1]} ${np(rng, s)}`;
    case 1: return ` because ${np(rng, s, true)} had not been ${pick(rng, ['paid', 'approved', 'inspected', 'reviewed', 'signed'])} in time`;
    case 2: return ` despite ${pick(rng, ['protests', 'warnings', 'objections', 'complaints'])} from ${pick(rng, s.orgs).name}`;
    case 3: return `, a decision that ${v[1]} ${np(rng, s)} in ${pick(rng, MONTHS)}`;
    case 4: return ` until at least ${int(rng, 2025, 2040)}`;
    case 5: return ` in the wake of ${np(rng, s)} ${pick(rng, ['last year', 'in ' + pick(rng, s.places), 'two weeks ago'])}`;
    case 6: return ` while ${np(rng, s)} ${pick(rng, ['waited', 'looked on', 'remained closed', 'stayed silent'])}`;
    default: return ` as ${plural(pick(rng, NOUNS))} ${pick(rng, ['rose', 'fell', 'piled up', 'ran out'])} across ${pick(rng, s.places)}`;
  }
}

const sentence = (rng: Rng, s: Style, end = '.'): string => cap(claim(rng, s)) + (chance(rng, 0.6) ? tail(rng, s) : '') + end;
const question = (rng: Rng, s: Style): string =>
  pick(rng, [`Why did ${pick(rng, s.orgs).name} ${pick(rng, VERBS)[0]} ${np(rng, s)}?`, `Who will pay for ${np(rng, s)}?`, `Is ${np(rng, s)} really ${pick(rng, ADJECTIVES)}?`, `What happens to ${np(rng, s)} now?`, `How many more ${plural(pick(rng, NOUNS))} must we lose?`]);
const exclaim = (rng: Rng, s: Style): string =>
  pick(rng, [`This is ${pick(rng, ['a disgrace', 'outrageous', 'wonderful news', 'a scandal', 'the best day of my life'])}!`, `Enough is enough!`, `${cap(np(rng, s))} is ours!`, `Not again!`, `We did it!`]);

const CUES_AFTER = ['said', 'said', 'said', 'says', 'told reporters', 'added', 'insisted', 'warned', 'explained', 'argued', 'admitted', 'claimed', 'conceded', 'noted', 'recalled', 'wrote'];
const CUES_ASK = ['asked', 'wondered', 'demanded'];
const CUES_SHOUT = ['shouted', 'said', 'told the crowd', 'exclaimed'];

function named(rng: Rng, p: Person, first: boolean): string {
  // An appositive is closed by a comma before the cue, as news style has it.
  if (first) return pick(rng, [`${titleCase(p.role)} ${full(p)}`, `${full(p)}, ${p.role} of ${p.org},`, `${full(p)}, the ${p.role},`, `${full(p)}, a ${int(rng, 24, 81)}-year-old ${p.role},`]);
  return pick(rng, [p.last, p.last, p.female ? 'she' : 'he', `the ${p.role}`, p.last]);
}

interface Ctx {
  rng: Rng;
  s: Style;
  /** Whether each cast member has been named in full yet. */
  seen: Set<Person>;
}

function speaker(c: Ctx): { p: Person; ref: string } {
  const p = pick(c.rng, c.s.cast);
  const first = !c.seen.has(p);
  c.seen.add(p);
  return { p, ref: named(c.rng, p, first) };
}

const capRef = (ref: string) => cap(ref);

// Each returns one or more paragraphs.
const PARAGRAPHS: ((c: Ctx) => string[])[] = [
  // direct quote, cue after
  (c) => {
    const { rng, s } = c;
    const { ref } = speaker(c);
    const body = chance(rng, 0.4) ? `${sentence(rng, s)} ${cap(claim(rng, s))}` : cap(claim(rng, s));
    return [`${q(s, body + ',')} ${ref} ${pick(rng, CUES_AFTER)}${chance(rng, 0.4) ? ' on ' + pick(rng, DAYS) : ''}.`];
  },
  // question inside quotes
  (c) => {
    const { rng, s } = c;
    const { ref } = speaker(c);
    return [`${q(s, question(rng, s))} ${ref} ${pick(rng, CUES_ASK)}. ${sentence(rng, s)}`];
  },
  // exclamation inside quotes
  (c) => {
    const { rng, s } = c;
    const { ref } = speaker(c);
    return [`${q(s, exclaim(rng, s))} ${ref} ${pick(rng, CUES_SHOUT)} as ${np(rng, s)} ${pick(rng, ['cheered', 'looked on', 'booed', 'waited outside'])}.`];
  },
  // cue before, colon
  (c) => {
    const { rng, s } = c;
    const { ref } = speaker(c);
    const cue = pick(rng, ['said', 'told the Ledger', 'told local radio', 'wrote in a statement', 'posted on social media']);
    return [`${capRef(ref)} ${cue}: ${q(s, `${sentence(rng, s)} ${sentence(rng, s, chance(rng, 0.2) ? '!' : '.')}`)}`];
  },
  // split quote
  (c) => {
    const { rng, s } = c;
    const { ref } = speaker(c);
    return [`${q(s, cap(claim(rng, s)) + ',')} ${ref} ${pick(rng, CUES_AFTER)}, ${q(s, `but ${claim(rng, s)}.`)}`];
  },
  // indirect speech
  (c) => {
    const { rng, s } = c;
    const { ref } = speaker(c);
    return [`${capRef(ref)} ${pick(rng, ['said', 'told reporters', 'confirmed', 'denied', 'suggested', 'acknowledged'])} that ${claim(rng, s)}${chance(rng, 0.5) ? `, and that ${claim(rng, s)}` : ''}.`];
  },
  // according to
  (c) => {
    const { rng, s } = c;
    return [`According to ${pick(rng, [pick(rng, s.orgs).name, 'a report seen by ' + s.outlet, 'figures published on ' + pick(rng, DAYS), 'court documents'])}, ${claim(rng, s)}. ${sentence(rng, s)}`];
  },
  // relayed quote
  (c) => {
    const { rng, s } = c;
    const { p } = speaker(c);
    return [`${pick(rng, ['The daily ', 'The broadcaster ', 'The news agency ', ''])}${cap(surname(rng, tradition(rng)))} ${pick(rng, ['Tribune', 'Courier', 'Post', 'Herald', 'Radio', 'Times'])} quoted ${p.last} as saying that ${claim(rng, s)}.`];
  },
  // nested quote
  (c) => {
    const { rng, s } = c;
    const { ref } = speaker(c);
    return [`${q(s, `When ${pick(rng, ['he', 'she', 'the minister', 'my neighbour'])} told me ${inner(s, cap(claim(rng, s)) + pick(rng, ['', '?', '!']))}, I knew ${claim(rng, s)},`)} ${ref} ${pick(rng, CUES_AFTER)}.`];
  },
  // ellipsis in and out of quotes
  (c) => {
    const { rng, s } = c;
    const { ref } = speaker(c);
    const e = ellipsis(s);
    return chance(rng, 0.5)
      ? [`${q(s, `We tried${e} we really tried to ${pick(rng, VERBS)[0]} ${np(rng, s)},`)} ${ref} ${pick(rng, CUES_AFTER)}, ${pick(rng, ['her', 'his'])} voice trailing off.`]
      : [`${sentence(rng, s)} And then${e} nothing. ${sentence(rng, s)}`];
  },
  // dashes
  (c) => {
    const { rng, s } = c;
    const d = s.dash;
    return [`${cap(np(rng, s, true))}${d}${pick(rng, ['which cost ' + figure(rng), 'first proposed in the ' + int(rng, 197, 201) + '0s', 'a plan backed by ' + pick(rng, s.orgs).name])}${d}${pick(rng, ['was approved', 'remains stalled', 'has divided opinion', 'was scrapped'])} ${pick(rng, ['on ' + pick(rng, DAYS), 'in ' + pick(rng, MONTHS), 'this week'])}. Between ${int(rng, 1990, 2010)} and ${int(rng, 2011, 2024)}, ${claim(rng, s)}.`];
  },
  // questions and exclamations outside quotes
  (c) => {
    const { rng, s } = c;
    return [chance(rng, 0.6) ? `${question(rng, s)} ${sentence(rng, s)}` : `${sentence(rng, s)} ${cap(pick(rng, ['what a week it has been', 'so much for the promises', 'and still the rain came']))}!`];
  },
  // multi-paragraph quote: no closing mark until the last paragraph
  (c) => {
    const { rng, s } = c;
    const { ref } = speaker(c);
    const open = s.curly ? '“' : '"';
    const close = s.curly ? '”' : '"';
    const n = int(rng, 2, 4);
    const out = [`In a ${pick(rng, ['letter', 'speech', 'statement', 'post'])} on ${pick(rng, DAYS)}, ${ref} ${pick(rng, ['wrote', 'said'])}:`];
    for (let i = 0; i < n; i++) out.push(`${open}${sentence(rng, s)} ${sentence(rng, s, i === n - 1 && chance(rng, 0.3) ? '!' : '.')}${i === n - 1 ? close : ''}`);
    return out;
  },
  // background: long paragraph, reporter's voice, figures
  (c) => {
    const { rng, s } = c;
    const n = int(rng, 3, 7);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(sentence(rng, s));
    return [parts.join(' ')];
  },
  // short paragraph
  (c) => [cap(claim(c.rng, c.s)) + '.'],
  // anonymous source
  (c) => {
    const { rng, s } = c;
    return [`${pick(rng, ['A senior official', 'One person familiar with the talks', 'Two diplomats', 'A source close to the board'])}, who ${pick(rng, ['spoke on condition of anonymity', 'asked not to be named', 'was not authorised to speak publicly'])}, said ${claim(rng, s)}.`];
  },
  // pronoun follow-up
  (c) => {
    const { rng, s } = c;
    const p = pick(rng, s.cast);
    return [`${p.female ? 'She' : 'He'} ${pick(rng, ['added that', 'declined to say whether', 'also said', 'did not explain why'])} ${claim(rng, s)}.`];
  },
  // nationality and place detail
  (c) => {
    const { rng, s } = c;
    return [`The ${pick(rng, NATIONALITIES)} ${pick(rng, ['government', 'embassy', 'federation', 'regulator'])} in ${pick(rng, s.places)} did not respond to requests for comment. ${sentence(rng, s)}`];
  },
];
const PARAGRAPH_WEIGHTS = [10, 3, 2, 5, 5, 7, 4, 2, 3, 2, 3, 2, 2, 9, 3, 3, 4, 2];

function nextParagraph(c: Ctx): string[] {
  const total = PARAGRAPH_WEIGHTS.reduce((a, b) => a + b, 0);
  let r = c.rng() * total;
  for (let i = 0; i < PARAGRAPHS.length; i++) if ((r -= PARAGRAPH_WEIGHTS[i]) < 0) return PARAGRAPHS[i](c);
  return PARAGRAPHS[0](c);
}

const SMALL = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'but', 'or', 'as', 'by', 'with', 'over']);
function titleCase(s: string): string {
  return s.split(' ').map((w, i) => (i > 0 && SMALL.has(w) ? w : cap(w))).join(' ');
}

const OUTLETS = ['Northwire', 'Coastal Press', 'Metro Dispatch', 'Daily Ledger', 'Valley Courier', 'The Meridian', 'Harbour Times', 'Southern Wire Service'];

function header(rng: Rng, s: Style, lead: Person): string[] {
  const out: string[] = [];
  const headlineWords = pick(rng, [
    `${lead.last} ${pick(rng, VERBS)[3]} ${np(rng, s)} as ${plural(pick(rng, NOUNS))} ${pick(rng, ['rise', 'fall', 'stall', 'pile up'])}`,
    `${pick(rng, s.places)} ${pick(rng, ['braces for', 'votes on', 'counts cost of', 'divided over'])} ${np(rng, s)}`,
    `Why ${np(rng, s)} matters for ${pick(rng, s.places)}`,
    `${pick(rng, s.orgs).name.replace(/^the /, '')} to ${pick(rng, VERBS)[0]} ${np(rng, s)}`,
  ]);
  out.push(titleCase(headlineWords) + (chance(rng, 0.08) ? '?' : ''));
  if (chance(rng, 0.35)) out.push('Print E-mail');
  const month = int(rng, 0, 11);
  const day = int(rng, 1, 28);
  const year = int(rng, 2015, 2026);
  const d = s.dash;
  const city = pick(rng, s.places).toUpperCase();
  const byName = `${pick(rng, TRADITIONS.english.first)} ${surname(rng, tradition(rng))}`;
  switch (int(rng, 0, 4)) {
    case 0:
      out.push(`By ${byName}`);
      out.push(`${city}, ${MONTHS[month]} ${day} (${s.outlet})${pick(rng, [' -', ' --', d])} ${sentence(rng, s)}`);
      return out;
    case 1:
      out.push(`By ${byName.toUpperCase()}, ${pick(rng, ['Staff Reporter', 'Political Editor', 'Special Correspondent'])}`);
      out.push(`${city}${d}${sentence(rng, s)}`);
      return out;
    case 2:
      out.push(`By ${byName} | ${s.outlet}, ${MONTHS[month]} ${day}, ${year}`);
      out.push(sentence(rng, s));
      return out;
    case 3:
      out.push(`${s.outlet}, ${MONTHS_SHORT[month]} ${day}, ${year}`);
      out.push(`Updated ${int(rng, 0, 23)}:${pick(rng, ['04', '19', '37', '52'])} GMT`);
      out.push(sentence(rng, s));
      return out;
    default:
      out.push(`${city}, ${MONTHS_SHORT[month]} ${day} (${s.outlet}) ${pick(rng, ['-', '--', '—', '–'])} ${sentence(rng, s)}`);
      return out;
  }
}

function trailer(rng: Rng, s: Style): string[] {
  const out: string[] = [];
  if (chance(rng, 0.3)) out.push(`(Reporting by ${pick(rng, TRADITIONS.english.first)} ${surname(rng, tradition(rng))}; Editing by ${pick(rng, TRADITIONS.romance.first)} ${surname(rng, tradition(rng))})`);
  if (chance(rng, 0.4)) out.push(['Share this article', pick(rng, ['Facebook | Twitter | LinkedIn | E-mail', 'Share on Facebook Share on Twitter Email', 'Tweet Pin it Copy link'])].join('\n'));
  if (chance(rng, 0.25)) {
    const rel = ['Related stories'];
    for (let i = int(rng, 2, 4); i > 0; i--) rel.push(`- ${titleCase(`${pick(rng, s.places)} ${pick(rng, ['plans', 'rejects', 'delays'])} ${np(rng, s)}`)}`);
    out.push(rel.join('\n'));
  }
  if (chance(rng, 0.25)) out.push([`${int(rng, 0, 240)} Comments`, 'Leave a comment', 'Name *', 'Email *', 'Post comment'].join('\n'));
  if (chance(rng, 0.2)) out.push(`Copyright ${int(rng, 2015, 2026)} ${s.outlet}. All rights reserved.`);
  return out;
}

/** Words per article: log-uniform between 100 and 3,000 (many short pieces, a few long reads). */
export function variedLength(rng: Rng): number {
  return Math.round(100 * Math.pow(30, rng()));
}

/** One article of roughly `targetWords` words (the header and trailer come on top). */
export function makeVariedArticle(rng: Rng, targetWords: number): string {
  const places = Array.from({ length: int(rng, 2, 5) }, () => place(rng));
  const orgs = Array.from({ length: int(rng, 2, 4) }, () => organisation(rng, places));
  // A few percent of articles quote someone written in Greek, Cyrillic or CJK script.
  const r = rng();
  const script = r < 0.015 ? 'greek' : r < 0.03 ? 'cyrillic' : r < 0.045 ? 'cjk' : 'latin';
  const castSize = int(rng, 2, 7);
  const cast = Array.from({ length: castSize }, (_, i) => person(rng, orgs.map((o) => o.name), i === 1 ? script : 'latin'));
  const topic = Array.from({ length: 4 }, () => pick(rng, NOUNS));
  const s: Style = { curly: chance(rng, 0.6), dash: pick(rng, [' — ', '—', ' – ', ' -- ']), cast, places, orgs, outlet: pick(rng, OUTLETS), topic };
  const c: Ctx = { rng, s, seen: new Set() };
  const out = header(rng, s, cast[0]);
  let words = countWords(out.join(' '));
  let caption = chance(rng, 0.3);
  let advert = chance(rng, 0.15);
  while (words < targetWords) {
    const ps = nextParagraph(c);
    for (const p of ps) {
      out.push(p);
      words += countWords(p);
    }
    if (caption && words > targetWords / 4) {
      out.push(`Photo: ${pick(rng, TRADITIONS.english.first)} ${surname(rng, tradition(rng))}/${s.outlet}`);
      caption = false;
    }
    if (advert && words > targetWords / 2) {
      out.push('Advertisement');
      advert = false;
    }
  }
  out.push(...trailer(rng, s));
  return out.join('\n\n') + '\n';
}
