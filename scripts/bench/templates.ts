// Generates synthetic news articles from our own templates (never gold-corpus text), with a
// seeded PRNG so every bench run measures the same text. The mix mirrors how wire copy reports
// speech: direct, split and multi-paragraph quotes, indirect speech, "according to", relayed
// quotes, pronoun follow-ups, and plain unattributed statements with figures.

export type Rng = () => number;

/** mulberry32: small, fast, deterministic. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

const FIRST = ['Maria', 'Tomas', 'Aiko', 'Dmitri', 'Grace', 'Oluwaseun', 'Henrik', 'Priya', 'Carlos', 'Leila', 'Samuel', 'Ingrid'];
const LAST = ['Valdez', 'Okafor', 'Lindqvist', 'Haddad', 'Moreau', 'Brennan', 'Takahashi', 'Kowalczyk', 'Nakamura', 'Oyelaran', 'Petrov', 'Castellanos'];
const ROLES = ['Finance Minister', 'Mayor', 'Police Chief', 'Health Secretary', 'Governor', 'Trade Commissioner', 'Spokeswoman', 'Fire Marshal'];
const PLACES = ['LISBON', 'NAIROBI', 'OSLO', 'MANILA', 'QUITO', 'TUNIS', 'HANOI', 'RIGA'];
const AGENCIES = ['Northwire', 'Coastal Press', 'Metro Dispatch', 'Daily Ledger'];
const ORGS = ['the transport ministry', 'the city council', 'the harbour authority', 'the regional water board', 'the national statistics office'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];
const CUES = ['said', 'told reporters', 'added', 'insisted', 'warned', 'explained', 'noted'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'on Saturday'];
const TOPICS = ['the bridge repairs', 'the new tram line', 'the flood barriers', 'the school meals plan', 'the port expansion', 'the clinic closures'];
const CLAIMS = [
  'we will finish the work before winter',
  'nobody was hurt during the evacuation',
  'the budget has not been cut',
  'the delays were caused by a shortage of steel',
  'residents were consulted at every stage',
  'there is no evidence of wrongdoing',
  'the figures show a clear improvement',
  'the contract was awarded fairly',
];

function sentenceCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function paragraph(rng: Rng, name: string, role: string, org: string): string {
  const claim = pick(rng, CLAIMS);
  const claim2 = pick(rng, CLAIMS);
  const topic = pick(rng, TOPICS);
  const cue = pick(rng, CUES);
  const n = 10 + Math.floor(rng() * 900);
  const surname = name.split(' ')[1];
  switch (Math.floor(rng() * 9)) {
    case 0:
      return `"${sentenceCase(claim)}," ${role} ${name} ${cue} ${pick(rng, DAYS)}.`;
    case 1:
      return `"${sentenceCase(claim)}," ${surname} ${cue}, "and ${claim2}."`;
    case 2:
      return `${surname} said that ${claim} and that ${topic} would cost about ${n} million dollars.`;
    case 3:
      return `According to ${org}, ${claim}. The agency gave no further details about ${topic}.`;
    case 4:
      return `${pick(rng, AGENCIES)} quoted ${surname} as saying that ${claim}.`;
    case 5:
      return `She also said ${topic} had "${claim}" and described the criticism as unfair.`;
    case 6:
      return `About ${n} people attended a meeting about ${topic} on ${pick(rng, DAYS).replace('on ', '')}, and ${n % 7 + 2} of them left early.`;
    case 7:
      return `"${sentenceCase(claim)}. ${sentenceCase(claim2)}.`; // runs over into the next paragraph
    default:
      return `${sentenceCase(topic)} began in ${pick(rng, MONTHS)}. A senior official, who spoke on condition of anonymity, said ${claim}.`;
  }
}

/** One article of roughly `targetWords` words. */
export function makeArticle(rng: Rng, targetWords: number): string {
  // A cast of two to five people, so long articles have many speakers as real ones do.
  const cast = Array.from({ length: 2 + Math.floor(rng() * 4) }, () => ({ name: `${pick(rng, FIRST)} ${pick(rng, LAST)}`, role: pick(rng, ROLES) }));
  const { name, role } = cast[0];
  const org = pick(rng, ORGS);
  const topic = pick(rng, TOPICS);
  const out: string[] = [];
  out.push(`${sentenceCase(role)} defends ${topic} as costs rise`);
  out.push(`${pick(rng, PLACES)}, ${pick(rng, MONTHS)} ${1 + Math.floor(rng() * 28)} (${pick(rng, AGENCIES)}) -- ${role} ${name} on ${pick(rng, DAYS).replace('on ', '')} defended ${topic}.`);
  let words = countWords(out.join(' '));
  while (words < targetWords) {
    const who = pick(rng, cast);
    const p = paragraph(rng, who.name, who.role, org);
    out.push(p);
    words += countWords(p);
  }
  return out.join('\n\n') + '\n';
}

/** Words as the bench counts them: runs of non-space characters. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
