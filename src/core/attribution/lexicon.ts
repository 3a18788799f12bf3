// Word lists for attribution: general English newswriting, nothing taken from any one article.
// Everything is a Set or Map of lower-cased words so a lookup costs one hash probe.
import { wordKey } from './words';

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Reporting verbs that carry a clause or a quote ("said that ...", "warned ..."), by inflected form. */
export const SPEECH_VERBS = new Map<string, string>();
/** Verbs whose object is the content ("denied the claim", "urged X to ..."): cues only with a speaker subject. */
export const OBJECT_VERBS = new Map<string, string>();

function addVerbs(target: Map<string, string>, list: string) {
  // Each entry is "lemma:3sg:past:ing" or just a lemma for regular verbs.
  for (const entry of list.trim().split(/\s+/)) {
    const [lemma, ...forms] = entry.split(':');
    const all = forms.length ? forms : regular(lemma);
    target.set(lemma, lemma);
    for (const f of all) target.set(f, lemma);
  }
}

function regular(lemma: string): string[] {
  const third = /(s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ies' : lemma + 's';
  let past: string;
  let ing: string;
  if (lemma.endsWith('e')) {
    past = lemma + 'd';
    ing = lemma.slice(0, -1) + 'ing';
  } else if (/[^aeiou]y$/.test(lemma)) {
    past = lemma.slice(0, -1) + 'ied';
    ing = lemma + 'ing';
  } else {
    past = lemma + 'ed';
    ing = lemma + 'ing';
  }
  return [third, past, ing];
}

addVerbs(
  SPEECH_VERBS,
  `say:says:said:saying tell:tells:told:telling write:writes:wrote:writing:written
   add announce deny insist claim state explain note argue warn confirm
   tweet:tweets:tweeted:tweeting post report reply declare assert allege acknowledge admit
   testify stress emphasize emphasise remark comment indicate suggest reveal estimate
   promise affirm caution inform concede contend maintain predict reiterate
   repeat respond retort boast vow pledge disclose announce
   conclude
   counter hint speculate specify underline underscore assure
   forecast:forecasts:forecast:forecasting explain lament admit:admits:admitted:admitting
   quip:quips:quipped:quipping plead:pleads:pleaded:pleading`,
);

addVerbs(
  OBJECT_VERBS,
  `condemn criticize criticise question blame credit encourage
   name characterize characterise describe identify express accuse praise reject
   dismiss welcome defend list call:calls:called:calling
   refer:refers:referred:referring demand recommend imply deny urge ask:asks:asked:asking
   announce pledge confirm emphasize emphasise stress`,
);

/** Verbs that only count when a quotation follows at once ("spoke on TV, '...'", "continued, '...'"). */
export const QUOTE_ONLY_VERBS = set('spoke speaks speaking read reads continued continues wrote writes added');

/** Forms that are never cues even though they look like one ("a called meeting" is rare; passives handled apart). */
export const SAYING_FORMS = set('saying said says say stating telling writing adding');

/** Nouns of saying: "in a statement", "his remarks that". */
export const SPEECH_NOUNS = set(
  'statement statements remarks remark comments comment announcement tweet tweets post posts interview speech ' +
    'message letter memo release communique communiqué testimony address briefing claim claims assertion',
);

/** Nouns naming a document that can itself be a source ("the statement said"). */
export const DOCUMENT_NOUNS = set(
  'statement report memo letter opinion ruling post tweet message document footage videos video data study survey ' +
    'release communique communiqué filing affidavit indictment complaint survey poll website database',
);

/** Words that may sit between a subject and its verb: "also said", "had earlier said". */
export const ADVERBS = set(
  'also later further then subsequently previously earlier again consistently initially repeatedly reportedly ' +
    'separately additionally once first last publicly privately recently allegedly apparently quickly ' +
    'has have had was were is are will would did does do had been has been already still even just late ' +
    'furthermore moreover meanwhile however too only never not',
);

export const AUXILIARIES = set(
  'is are was were be been being am has have had will would shall should can could may might must do does did',
);

export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');
export const MONTHS = set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
);
/** Time words that can follow a cue ("said Saturday", "told reporters today"). */
export const TIME_WORDS = set(
  'today yesterday tonight tomorrow earlier later recently afterwards afterward morning evening night afternoon ' +
    'week weekend month year last this next late early on at in during after before ago overnight',
);

export const DETERMINERS = set(
  'the a an this that these those his her its their our my your some both another one two three four five several ' +
    'many all each every any no other such most few',
);
export const POSSESSIVE_PRONOUNS = set('his her its their our my your');

export const PRONOUNS = new Map<string, { gender: 'm' | 'f' | null; plural: boolean; person: boolean | null }>([
  ['he', { gender: 'm', plural: false, person: true }],
  ['him', { gender: 'm', plural: false, person: true }],
  ['she', { gender: 'f', plural: false, person: true }],
  ['her', { gender: 'f', plural: false, person: true }],
  ['they', { gender: null, plural: true, person: null }],
  ['them', { gender: null, plural: true, person: null }],
  ['it', { gender: null, plural: false, person: false }],
  ['we', { gender: null, plural: true, person: null }],
  ['i', { gender: null, plural: false, person: true }],
  ['who', { gender: null, plural: false, person: null }],
]);

/** Prepositions and words that start an adverbial, never a subject. */
export const PREPOSITIONS = set(
  'on in at by for from with without about after before during since until to of into onto over under via through ' +
    'across against among between despite following per upon within as amid while when because although though if ' +
    'unlike like near toward towards',
);

/** Honorifics and courtesy titles: dropped from names; some give gender. */
export const HONORIFICS = new Map<string, 'm' | 'f' | null>([
  ['mr', 'm'], ['mr.', 'm'], ['mister', 'm'], ['sir', 'm'], ['lord', 'm'], ['mrs', 'f'], ['mrs.', 'f'],
  ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'], ['madam', 'f'], ['mme', 'f'], ['mme.', 'f'], ['lady', 'f'], ['dame', 'f'],
  ['dr', null], ['dr.', null], ['prof', null], ['prof.', null], ['rev', null], ['rev.', null], ['hon', null], ['hon.', null],
]);

/** Title and role words ("Foreign Minister", "spokesman", "Gen."); a name never contains them. */
export const TITLE_WORDS = set(
  'president vice prime minister ministers secretary general gen. gen lt. lt col. col maj. maj capt. capt sgt. sgt ' +
    'adm. adm admiral commander chief deputy assistant acting interim former ex ex- senator sen. sen. rep. rep ' +
    'representative represenative congressman congresswoman governor gov. gov mayor chairman chairwoman chair ' +
    'chairperson director spokesman spokeswoman spokesperson spokespeople ambassador envoy king queen prince ' +
    'princess sheikh emir crown judge justice prosecutor attorney lawyer counsel officer official officials ' +
    'professor prof. dr. doctor chancellor premier leader head commissioner inspector superintendent constable ' +
    'police detective agent coach captain colonel major lieutenant sergeant private corporal general army navy ' +
    'air force marine marines pope cardinal bishop archbishop imam rabbi reverend father sister brother speaker whip ' +
    'minority majority manager owner founder ceo cfo executive analyst economist expert researcher scientist ' +
    'correspondent reporter editor columnist writer broadcaster journalist anchor host presenter activist ' +
    'campaigner candidate delegate legislator lawmaker councillor councilor councilman councilwoman sheriff ' +
    'marshal warden magistrate diplomat consul attaché secretary-general under-secretary undersecretary ' +
    'president-elect foreign defense defence interior health justice finance trade state home education ' +
    'emergencies emergency situations affairs economy labor labour energy agriculture transport culture ' +
    'environment development security intelligence national regional provincial federal senior junior top ' +
    'then-secretary then-president incoming outgoing current acting military service program programme ' +
    'public affairs relations communications press criminology history law politics engineer architect teacher ' +
    'nurse farmer pilot chef surgeon physician economist historian novelist author poet artist singer actor actress ' +
    'coach player chairwoman consultant adviser advisor aide organiser organizer volunteer resident witness',
);

/** Words that make a capitalised phrase an organisation ("Ministry", "Committee", "Press"). */
export const ORG_WORDS = set(
  'ministry department agency committee commission council court police service services forces force army navy ' +
    'party government administration office embassy consulate bureau board union association organization ' +
    'organisation institute institution university college school hospital company corporation corp corp. inc inc. ' +
    'ltd ltd. group bank fund foundation authority authorities parliament congress senate assembly house ' +
    'commonwealth movement front alliance coalition league network channel radio tv television news press times ' +
    'post herald journal tribune gazette daily telegraph guardian observer examiner chronicle review magazine ' +
    'media agency archive center centre commission nations states kingdom republic federation unit brigade ' +
    'squad regiment guard guards airlines airline airways federation society council cabinet directorate ' +
    'prosecutor\'s prosecutors secretariat tribunal watchdog website site broadcaster publication newspaper ' +
    'outlet wire reuters',
);

/** Lower-case heads of descriptions that can be a source: "officials said", "the ministry said". */
export const SOURCE_NOUNS = new Map<string, 'person' | 'organization' | 'anonymous'>();
for (const w of (
  'official officials source sources spokesman spokeswoman spokesperson aide aides diplomat diplomats witness witnesses ' +
  'analyst analysts expert experts observer observers resident residents investigator investigators prosecutors ' +
  'authorities officer officers lawyer lawyers attorney attorneys people activist activists insider insiders ' +
  'reports report critics supporters opponents protesters campaigners relatives neighbours neighbors ' +
  'doctors doctor medics scientists researchers lawmakers legislators leaders members staff employees workers ' +
  'survivors victims parents families family friends students teachers farmers traders dealers economists ' +
  'journalists reporters media press groups organizations organisations unions charities companies parties ' +
  'governments ministries agencies bodies'
).split(' ')) {
  SOURCE_NOUNS.set(w, 'anonymous');
}
for (const w of (
  'ministry department agency committee commission council court police government administration office embassy ' +
  'army military navy company firm party group organization organisation union association authority board ' +
  'bureau regime parliament senate congress cabinet presidency statement website site publication newspaper ' +
  'broadcaster channel network station archive database service forces coalition alliance movement ' +
  'prosecutor\'s agencies'
).split(' ')) {
  SOURCE_NOUNS.set(w, 'organization');
}
for (const w of (
  'president minister secretary chairman chairwoman chair spokesman spokeswoman spokesperson governor mayor senator ' +
  'diplomat ambassador envoy prosecutor judge lawyer attorney chief director head leader commander general ' +
  'official officer professor doctor writer author attacker assailant suspect defendant victim witness mother ' +
  'father wife husband son daughter brother sister man woman boy girl teenager pilot driver owner manager ' +
  'founder analyst expert researcher scientist reporter correspondent editor columnist journalist premier ' +
  'chancellor king queen prince princess monarch pope bishop archbishop cleric imam rabbi priest coach captain ' +
  'player star actor actress singer candidate lawmaker legislator delegate commissioner inspector detective ' +
  'constable sheriff deputy aide adviser advisor counsel colonel sergeant lieutenant admiral'
).split(' ')) {
  if (!SOURCE_NOUNS.has(w)) SOURCE_NOUNS.set(w, 'person');
}

/** Plural heads: "officials", "sources", and group words that take "they". */
export const PLURAL_HEADS = set(
  'officials sources diplomats witnesses analysts experts observers residents investigators prosecutors authorities ' +
    'officers lawyers attorneys people activists insiders reports critics supporters opponents protesters ' +
    'campaigners relatives neighbours neighbors doctors medics scientists researchers lawmakers legislators leaders ' +
    'members staff employees workers survivors victims parents families friends students teachers farmers traders ' +
    'economists journalists reporters defendants officials aides police media press agencies nations groups ' +
    'videos data groups organizations organisations unions charities companies parties governments ministries bodies',
);

/** Words for the news media: an object of "told" that is one of these is a `via`; reporters are not. */
export const MEDIA_WORDS = set(
  'media press channel tv television radio newspaper paper agency outlet broadcaster network station magazine ' +
    'website site wire service daily weekly news program programme show podcast',
);
/** Audiences that are not a via: "told reporters", "told the court". */
export const AUDIENCE_WORDS = set(
  'reporters journalists correspondents court jury judge parliament lawmakers legislators audience crowd supporters ' +
    'members students delegates guests listeners viewers readers officials police investigators guard guards ' +
    'committee panel hearing conference rally congress senate senators assembly meeting people residents ' +
    'staff employees workers colleagues family friends mourners',
);

/** Names of news outlets and agencies commonly cited (as sources or relays). */
export const OUTLETS = set(
  'reuters ap afp bbc cnn npr pbs nbc abc cbs fox msnbc xinhua tass itar-tass ria interfax sputnik rt anadolu ' +
    'yonhap kyodo ansa efe dpa bloomberg aljazeera al-jazeera politico axios voa rfa irna isna fars tasnim ' +
    'wafa bernama antara'
);

/** Nationality adjectives and country short forms, mapped to the country. */
export const NATIONALITIES = new Map<string, string>();
for (const line of `
United States: u.s. us usa u.s.a. american americans america
United Kingdom: uk u.k. british britain english scottish welsh
Russia: russian russians russia
China: chinese china
France: french france
Germany: german germany
Italy: italian italy
Spain: spanish spain
Poland: polish poland
Ukraine: ukrainian ukraine
Turkey: turkish turkey
Greece: greek greece
Iran: iranian iran
Iraq: iraqi iraq
Syria: syrian syria
Israel: israeli israel
Palestine: palestinian palestine
Egypt: egyptian egypt
Saudi Arabia: saudi saudis
Yemen: yemeni yemen
Lebanon: lebanese lebanon
Jordan: jordanian jordan
Afghanistan: afghan afghanistan
Pakistan: pakistani pakistan
India: indian india
Japan: japanese japan
South Korea: korean
North Korea: north-korean
Mexico: mexican mexico
Canada: canadian canada
Brazil: brazilian brazil
Argentina: argentine argentinian argentina
Australia: australian australia
Cambodia: cambodian cambodia
Vietnam: vietnamese vietnam
Thailand: thai thailand
Indonesia: indonesian indonesia
Philippines: philippine filipino philippines
Nigeria: nigerian nigeria
Kenya: kenyan kenya
South Africa: south-african
Ethiopia: ethiopian ethiopia
Sweden: swedish sweden
Norway: norwegian norway
Denmark: danish denmark
Finland: finnish finland
Netherlands: dutch netherlands
Belgium: belgian belgium
Switzerland: swiss switzerland
Austria: austrian austria
Hungary: hungarian hungary
Czech Republic: czech
Romania: romanian romania
Bulgaria: bulgarian bulgaria
Serbia: serbian serbia
Croatia: croatian croatia
Belarus: belarusian belarus
Georgia: georgian
Armenia: armenian armenia
Azerbaijan: azerbaijani azerbaijan
Kazakhstan: kazakh kazakhstan
Venezuela: venezuelan venezuela
Colombia: colombian colombia
Cuba: cuban cuba
Chile: chilean chile
Peru: peruvian peru
Ireland: irish ireland
Portugal: portuguese portugal
Qatar: qatari qatar
Libya: libyan libya
Sudan: sudanese sudan
Somalia: somali somalia
Algeria: algerian algeria
Morocco: moroccan morocco
Tunisia: tunisian tunisia
Kurdistan: kurdish
European Union: eu e.u. european
United Nations: un u.n.
`
  .trim()
  .split('\n')) {
  const [country, words] = line.split(':');
  for (const w of words.trim().split(/\s+/)) NATIONALITIES.set(w, country.trim());
}

/** A small list of common first names by gender, for "he"/"she" before any pronoun has been seen. */
export const FIRST_NAMES = new Map<string, 'm' | 'f'>();
for (const n of (
  'john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark ' +
  'donald steven paul andrew joshua kenneth kevin brian george edward ronald timothy jason jeffrey ryan jacob gary ' +
  'nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander patrick ' +
  'jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith ' +
  'christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert ' +
  'willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny mike ' +
  'boris vladimir sergei sergey dmitry ivan igor oleg yevgeny alexei nikolai viktor pierre jean jacques francois ' +
  'emmanuel hans klaus juergen wolfgang angelo marco giuseppe carlos luis miguel pedro jorge antonio manuel ' +
  'mohammed mohammad muhammad ahmed ali hassan hussein omar abdul recep bashar xi wei hiroshi chuck dick ' +
  'nick chris tom bill bob jim ted ben dan sam tony ricardo eduardo thomas andrzej mateusz tomasz krzysztof ' +
  'lukasz łukasz joachim pawel paweł emmanuel justin narendra benjamin jair recep abdel'
).split(' ')) {
  FIRST_NAMES.set(n, 'm');
}
for (const n of (
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley ' +
  'kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen ' +
  'amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn ' +
  'janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith ' +
  'megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison ' +
  'doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie ' +
  'isabella charlotte rose alexis kayla angela hillary theresa angela ursula christine marine ségolène sophie ' +
  'anne agnès agnes alyssa nikki wanda carmen veronika olga natalia tatiana svetlana irina yulia hatice lucy ' +
  'amy ivanka melania kamala elizabeth jacinda sanna aung suu'
).split(' ')) {
  FIRST_NAMES.set(n, 'f');
}

/** Role words that imply gender ("his wife", "the chairwoman"). */
export const GENDERED_ROLES = new Map<string, 'm' | 'f'>([
  ['wife', 'f'], ['mother', 'f'], ['daughter', 'f'], ['sister', 'f'], ['widow', 'f'], ['fiancée', 'f'],
  ['girlfriend', 'f'], ['chairwoman', 'f'], ['spokeswoman', 'f'], ['congresswoman', 'f'], ['woman', 'f'],
  ['actress', 'f'], ['queen', 'f'], ['princess', 'f'], ['councilwoman', 'f'], ['businesswoman', 'f'],
  ['husband', 'm'], ['father', 'm'], ['son', 'm'], ['brother', 'm'], ['widower', 'm'], ['fiancé', 'm'],
  ['boyfriend', 'm'], ['chairman', 'm'], ['spokesman', 'm'], ['congressman', 'm'], ['man', 'm'], ['king', 'm'],
  ['prince', 'm'], ['councilman', 'm'], ['businessman', 'm'],
]);

/** Description heads that can stand for a named speaker, with the role words they match ("the diplomat"). */
export const ROLE_CLASSES = new Map<string, string[]>([
  ['diplomat', ['foreign', 'diplomat', 'ambassador', 'envoy', 'secretary of state', 'consul']],
  ['minister', ['minister', 'secretary']],
  ['secretary', ['secretary', 'minister']],
  ['official', ['official', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'secretary', 'director', 'chief']],
  ['spokesman', ['spokesman', 'spokesperson', 'spokeswoman']],
  ['spokeswoman', ['spokeswoman', 'spokesperson', 'spokesman']],
  ['spokesperson', ['spokesperson', 'spokesman', 'spokeswoman']],
  ['leader', ['leader', 'president', 'prime minister', 'chairman', 'head', 'chief']],
  ['lawmaker', ['senator', 'representative', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'mp']],
  ['senator', ['senator']],
  ['politician', ['senator', 'minister', 'president', 'governor', 'mayor', 'representative', 'leader']],
  ['general', ['gen', 'general', 'chairman', 'commander']],
  ['officer', ['officer', 'gen', 'general', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'lt']],
  ['lawyer', ['lawyer', 'attorney', 'counsel']],
  ['attorney', ['attorney', 'lawyer', 'counsel', 'prosecutor']],
  ['prosecutor', ['prosecutor', 'attorney']],
  ['doctor', ['dr', 'doctor', 'surgeon', 'physician']],
  ['professor', ['professor', 'prof']],
  ['mayor', ['mayor']],
  ['governor', ['governor']],
  ['president', ['president']],
  ['chairman', ['chairman', 'chair', 'chairwoman']],
  ['chairwoman', ['chairwoman', 'chair', 'chairman']],
  ['premier', ['premier', 'prime minister']],
  ['envoy', ['envoy', 'ambassador', 'diplomat']],
  ['ambassador', ['ambassador', 'envoy']],
  ['chief', ['chief', 'head', 'director']],
  ['director', ['director', 'head', 'chief']],
  ['commander', ['commander', 'gen', 'general', 'chief']],
  ['judge', ['judge', 'justice']],
]);

/** Subordinators and conjunctions that end a subject window going left ("but he said"). */
export const CLAUSE_OPENERS = set('but and or while whereas although though because since when after before as if so yet which that where');

// Word classes as bits: a token's classes are read once (see `classOf` in tokens.ts), then hot
// loops test bits instead of hashing the same word into several Sets. Each bit is exactly the
// membership test named beside it, on the token's lower-cased form.
export const W_DET = 1 << 0; // DETERMINERS
export const W_PREP = 1 << 1; // PREPOSITIONS
export const W_PRON = 1 << 2; // PRONOUNS
export const W_AUX = 1 << 3; // AUXILIARIES
export const W_ADV = 1 << 4; // ADVERBS
export const W_TIME = 1 << 5; // a time word, weekday, month ("Sept.") or day number ("21st")
export const W_SOURCE = 1 << 6; // SOURCE_NOUNS
export const W_DOC = 1 << 7; // DOCUMENT_NOUNS
export const W_PLURAL = 1 << 8; // PLURAL_HEADS
export const W_TITLE_WORD = 1 << 9; // TITLE_WORDS
export const W_TITLE = 1 << 10; // a title: TITLE_WORDS with or without a final dot, or HONORIFICS
export const W_ORG_WORD = 1 << 11; // ORG_WORDS
export const W_ORG = 1 << 12; // ORG_WORDS without a final 's
export const W_NATION_WORD = 1 << 13; // NATIONALITIES
export const W_NATION = 1 << 14; // NATIONALITIES without a final 's
export const W_OPENER = 1 << 15; // CLAUSE_OPENERS
export const W_SPEECH_VERB = 1 << 16; // SPEECH_VERBS
export const W_OBJECT_VERB = 1 << 17; // OBJECT_VERBS
export const W_WEEKDAY = 1 << 18; // WEEKDAYS
export const W_MONTH = 1 << 19; // MONTHS
export const W_HONORIFIC = 1 << 20; // HONORIFICS
export const W_ED = 1 << 21; // ends in "ed"
export const W_ING = 1 << 22; // ends in "ing"
export const W_LY = 1 << 23; // ends in "ly"
export const W_S = 1 << 24; // ends in "s"
export const W_CUE = 1 << 25; // CUE_STARTS
export const W_QUALIFIER_HEAD = 1 << 26; // QUALIFIER_HEADS
/** Set on every computed class, so 0 can mean "not read yet". */
export const W_READ = 1 << 29;

/** The generic sources a place or nationality qualifies ("Oslo police", "Iranian state media",
 *  "the US Embassy"): the words a paragraph's qualifier scan looks for (index.ts collectQualifiers). */
export const QUALIFIER_HEADS = new Set<string>(['police', 'media', 'embassy']);

/** Every word a cue can start with (cues.ts): verbs and nouns of saying, "according", "quoted", "cited". */
export const CUE_STARTS = new Set<string>(['according', 'quoted', 'cited', 'quoting', 'citing', ...SPEECH_NOUNS, ...SPEECH_VERBS.keys(), ...OBJECT_VERBS.keys(), ...QUOTE_ONLY_VERBS]);

const DAY_NUMBER = /^\d{1,4}(st|nd|rd|th)?$/;
// The words whose classes are more than their ending: every word of the lists classify() reads,
// and each with a final dot or 's (classify() also looks those forms up). Any other word has only
// its ending and day-number classes. The list words are kept in a small table of their own, keyed
// by a hash of a few characters, so a word is classified without hashing it into a Map.
const LIST_WORDS = [
  DETERMINERS, PREPOSITIONS, PRONOUNS.keys(), AUXILIARIES, ADVERBS, TIME_WORDS, WEEKDAYS, MONTHS, SOURCE_NOUNS.keys(),
  DOCUMENT_NOUNS, PLURAL_HEADS, TITLE_WORDS, HONORIFICS.keys(), ORG_WORDS, NATIONALITIES.keys(), CLAUSE_OPENERS,
  SPEECH_VERBS.keys(), OBJECT_VERBS.keys(), CUE_STARTS, QUALIFIER_HEADS,
].flatMap((words) => [...words]);
const TABLE_BITS = 12;
/** Table slot -> 1 + index of the slot's first entry (0: empty); entries chain through NEXT. */
const SLOTS = new Int32Array(1 << TABLE_BITS);
const ENTRY_WORDS: string[] = [];
const ENTRY_CLASSES: number[] = [];
const NEXT: number[] = [];
for (const w of new Set(LIST_WORDS.flatMap((w) => [w, w + '.', w + "'s"]))) {
  const k = wordKey(w, w.length) & ((1 << TABLE_BITS) - 1);
  ENTRY_WORDS.push(w);
  ENTRY_CLASSES.push(classify(w));
  NEXT.push(SLOTS[k]);
  SLOTS[k] = ENTRY_WORDS.length;
}

/** The classes of a lower-cased word. */
export function wordClass(low: string): number {
  const n = low.length;
  for (let e = SLOTS[wordKey(low, n) & ((1 << TABLE_BITS) - 1)]; e !== 0; e = NEXT[e - 1]) {
    // Lengths first: a string comparison is a call.
    const w = ENTRY_WORDS[e - 1];
    if (w.length === n && w === low) return ENTRY_CLASSES[e - 1];
  }
  return endingClass(low);
}

function classify(low: string): number {
  const n = low.length;
  const noDot = n > 0 && low.charCodeAt(n - 1) === 46 ? low.slice(0, -1) : low;
  const noApostropheS = n >= 2 && low.charCodeAt(n - 1) === 115 && low.charCodeAt(n - 2) === 39 ? low.slice(0, -2) : low;
  let f = W_READ;
  if (DETERMINERS.has(low)) f |= W_DET;
  if (PREPOSITIONS.has(low)) f |= W_PREP;
  if (PRONOUNS.has(low)) f |= W_PRON;
  if (AUXILIARIES.has(low)) f |= W_AUX;
  if (ADVERBS.has(low)) f |= W_ADV;
  if (TIME_WORDS.has(low) || WEEKDAYS.has(low) || MONTHS.has(noDot)) f |= W_TIME;
  if (SOURCE_NOUNS.has(low)) f |= W_SOURCE;
  if (DOCUMENT_NOUNS.has(low)) f |= W_DOC;
  if (PLURAL_HEADS.has(low)) f |= W_PLURAL;
  if (TITLE_WORDS.has(low)) f |= W_TITLE_WORD;
  if (TITLE_WORDS.has(low) || TITLE_WORDS.has(noDot) || HONORIFICS.has(low)) f |= W_TITLE;
  if (ORG_WORDS.has(low)) f |= W_ORG_WORD;
  if (ORG_WORDS.has(noApostropheS)) f |= W_ORG;
  if (NATIONALITIES.has(low)) f |= W_NATION_WORD;
  if (NATIONALITIES.has(noApostropheS)) f |= W_NATION;
  if (CLAUSE_OPENERS.has(low)) f |= W_OPENER;
  if (SPEECH_VERBS.has(low)) f |= W_SPEECH_VERB;
  if (OBJECT_VERBS.has(low)) f |= W_OBJECT_VERB;
  if (WEEKDAYS.has(low)) f |= W_WEEKDAY;
  if (MONTHS.has(low)) f |= W_MONTH;
  if (HONORIFICS.has(low)) f |= W_HONORIFIC;
  if (CUE_STARTS.has(low)) f |= W_CUE;
  if (QUALIFIER_HEADS.has(low)) f |= W_QUALIFIER_HEAD;
  return f | endingClass(low);
}

/** The classes read from the word's form alone: its ending, and a day number ("21st"). */
function endingClass(low: string): number {
  let f = W_READ;
  const n = low.length;
  if (n === 0) return f;
  const c = low.charCodeAt(0);
  if (c >= 48 && c <= 57 && DAY_NUMBER.test(low)) f |= W_TIME;
  const last = low.charCodeAt(n - 1);
  const prev = n >= 2 ? low.charCodeAt(n - 2) : 0;
  if (last === 100 && prev === 101) f |= W_ED; // -ed
  else if (last === 103 && prev === 110 && n >= 3 && low.charCodeAt(n - 3) === 105) f |= W_ING; // -ing
  else if (last === 121 && prev === 108) f |= W_LY; // -ly
  else if (last === 115) f |= W_S; // -s
  return f;
}
