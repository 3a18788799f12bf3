// fast-check generators for the fuzzer: raw Unicode, news-like token soup, and mutations of real
// (sample) articles. The token lists are our own, chosen to hit what trips quote finders:
// every kind of quotation mark, cues, pronouns, line ends, invisible spaces, astral characters.
import fc from 'fast-check';

export const QUOTE_MARKS = ['"', '\u201c', '\u201d', "'", '\u2018', '\u2019', '\u00ab', '\u00bb', '\u201e', '\u2039', '\u203a', '``', "''"];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u00a0', '\ufeff', '\u2028', '\u2029', '\u202f', '\u2060'];
const LINE_ENDS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\t'];
const ASTRAL = ['\u{1F600}', '\u{1F4F0}', '\u{1D400}', '\u{20000}', '\u{1F1FA}\u{1F1F8}', '\u{1F469}\u200d\u{1F4BB}'];
const WORDS = [
  'said', 'says', 'told', 'reporters', 'added', 'according', 'to', 'quoted', 'as', 'saying', 'that', 'he', 'she', 'they', 'it',
  'the', 'minister', 'Mayor', 'Dr.', 'U.S.', 'Ms.', 'Jane', 'Okoro', 'Pell', 'officials', 'police', 'not', 'no', 'never',
  'increased', 'fell', '42', '3.5%', '$1.2', 'million', 'in', 'a', 'statement', 'on', 'Monday', 'was', 'were', 'is', 'denied',
  'claimed', 'tweeted', 'Reuters', 'AP', '--', '-', ',', '.', ';', ':', '?', '!', '(', ')', '...', '\u2014', 'Mr', "Smith's", "don't",
  '5\'11"', 'rock\'n\'roll', "'90s", 'ÉLAN', 'Straße', 'ça', '日本', 'Москва', 'said:', 'ABC:', 'Anonymous', 'source',
];

const pieces = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...WORDS).map((w) => w + ' ') },
  { weight: 4, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...LINE_ENDS) },
  { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 1, arbitrary: fc.constantFrom(...ASTRAL) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);

/** Text that looks enough like news to reach deep into the rules. */
export const newsLike = fc.array(pieces, { maxLength: 400, size: 'large' }).map((xs) => xs.join(''));

/** Any UTF-16 string, lone surrogates included. */
export const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300, size: 'large' });

/** Any valid Unicode (astral planes included). */
export const anyUnicode = fc.string({ unit: 'binary', maxLength: 300, size: 'large' });

type Mutation = (text: string, r: number, r2: number) => string;

const at = (text: string, r: number) => Math.floor(r * (text.length + 1));

const MUTATIONS: Record<string, Mutation> = {
  insertQuote: (t, r, r2) => { const i = at(t, r); return t.slice(0, i) + QUOTE_MARKS[Math.floor(r2 * QUOTE_MARKS.length)] + t.slice(i); },
  deleteQuote: (t, r) => {
    const idx = [...t.matchAll(/["\u201c\u201d\u2018\u2019'\u00ab\u00bb]/g)].map((m) => m.index as number);
    if (!idx.length) return t;
    const i = idx[Math.floor(r * idx.length)];
    return t.slice(0, i) + t.slice(i + 1);
  },
  swapQuoteKind: (t, r, r2) => {
    const idx = [...t.matchAll(/["\u201c\u201d]/g)].map((m) => m.index as number);
    if (!idx.length) return t;
    const i = idx[Math.floor(r * idx.length)];
    return t.slice(0, i) + QUOTE_MARKS[Math.floor(r2 * QUOTE_MARKS.length)] + t.slice(i + 1);
  },
  shuffleParagraphs: (t, r) => {
    const ps = t.split('\n\n');
    let seed = Math.floor(r * 2 ** 31) || 1;
    for (let i = ps.length - 1; i > 0; i--) {
      seed = (seed * 48271) % 2147483647;
      const j = seed % (i + 1);
      [ps[i], ps[j]] = [ps[j], ps[i]];
    }
    return ps.join('\n\n');
  },
  dropParagraph: (t, r) => { const ps = t.split('\n\n'); ps.splice(Math.floor(r * ps.length), 1); return ps.join('\n\n'); },
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  loneCr: (t) => t.replace(/\n/g, '\r'),
  invisible: (t, r, r2) => { const i = at(t, r); return t.slice(0, i) + INVISIBLE[Math.floor(r2 * INVISIBLE.length)] + t.slice(i); },
  emoji: (t, r, r2) => { const i = at(t, r); return t.slice(0, i) + ASTRAL[Math.floor(r2 * ASTRAL.length)] + t.slice(i); },
  nbspSpaces: (t) => t.replace(/ /g, '\u00a0'),
  tabs: (t) => t.replace(/ /g, '\t'),
  cutAnywhere: (t, r) => t.slice(0, at(t, r)),
  splitSurrogate: (t, r) => { const i = at(t, r); return t.slice(0, i) + '\ud83d' + t.slice(i); },
  duplicateSpan: (t, r, r2) => { const i = at(t, r); const j = Math.min(t.length, i + Math.floor(r2 * 200)); return t.slice(0, j) + t.slice(i, j) + t.slice(j); },
  randomUnicode: (t, r, r2) => { const i = at(t, r); return t.slice(0, i) + String.fromCodePoint(Math.floor(r2 * 0x110000)) + t.slice(i); },
  bom: (t) => '\ufeff' + t,
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/**
 * A window of 1-12 paragraphs of a sample article (from its start half the time, so headlines and
 * datelines get mutated too) with 1-8 random mutations applied. Windows keep each case cheap and
 * shrink well; the names ride along for the report.
 */
export function mutatedSample(samples: string[]) {
  const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
  const step = fc.tuple(fc.constantFrom(...MUTATION_NAMES), unit, unit);
  const window = fc.tuple(fc.boolean(), unit, fc.integer({ min: 1, max: 12 }));
  return fc.tuple(fc.nat({ max: Math.max(0, samples.length - 1) }), window, fc.array(step, { minLength: 1, maxLength: 8, size: 'max' })).map(([s, [fromStart, r, len], steps]) => {
    const paras = (samples[s] ?? '').split('\n\n');
    const start = fromStart ? 0 : Math.floor(r * paras.length);
    let text = paras.slice(start, start + len).join('\n\n');
    for (const [name, r, r2] of steps) text = MUTATIONS[name](text, r, r2);
    return { sample: s, window: [start, len], steps: steps.map((x) => x[0]), text };
  });
}
