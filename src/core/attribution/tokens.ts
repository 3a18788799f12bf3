// One linear tokenizer pass over a paragraph: words (with abbreviations like "U.S." and "Dr." kept
// whole), numbers, and single punctuation characters. Offsets are into the article text.
import { wordClass } from './lexicon';

export interface Token {
  s: number;
  e: number;
  text: string;
  low: string;
  /** 'w' word, 'p' punctuation, 'q' quotation mark (set later by the quote pass). */
  kind: 'w' | 'p' | 'q';
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Index of the top-level quoted region the token lies in (marks included), or -1. */
  quote: number;
  /** Word classes of `low` (lexicon.ts W_* bits), 0 until read by `classOf`. */
  f: number;
}

/** The token is of one of the word classes `bits` (lexicon.ts W_*). */
export function hasClass(t: Token, bits: number): boolean {
  return (classOf(t) & bits) !== 0;
}

/** The token's word classes, read on first use: most tokens are never asked. */
export function classOf(t: Token): number {
  const f = t.f;
  return f !== 0 ? f : (t.f = wordClass(t.low));
}


/** Abbreviations that keep their dot ("Dr." is one token; "Saturday." is not). */
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov st mt jr sr rev hon fr no vs etc inc ltd corp co ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mme messrs dept est approx fig').split(' '),
);

const ABBREVIATION_MAX = Math.max(...[...ABBREVIATIONS].map((w) => w.length));
/** ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;

/** One-character strings of ASCII, made once (punctuation tokens' text). */
const ASCII_CHAR: string[] = [];
for (let c = 0; c < 128; c++) ASCII_CHAR.push(String.fromCharCode(c));

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    // Whitespace, including no-break and zero-width joiners.
    if (c <= 32 || c === 0xa0 || c === 0x200d || c === 0x200b || c === 0xfeff || c === 0x3000) {
      i++;
      continue;
    }
    if (isWordCode(c, text, i)) {
      // Letters/digits joined by inner hyphens, apostrophes, dots, ampersands or slashes.
      let e = i + 1;
      // A curly apostrophe or a dot can only enter a word as a joiner: note them here rather than search for them.
      let curly = false;
      let dotted = false;
      // Lower-casing can change the word only if it has an ASCII capital or a letter beyond ASCII
      // (the joiners beyond ASCII, curly apostrophe and hyphens, have no case).
      let cased = c >= 128 || (c >= 65 && c <= 90);
      for (;;) {
        while (e < end) {
          const d = text.charCodeAt(e);
          if (d < 128) {
            if (ASCII_WORD[d] !== 1) break;
            if (d <= 90 && d >= 65) cased = true;
          } else if (isWordCode(d, text, e)) cased = true;
          else break;
          e++;
        }
        const j = text.charCodeAt(e);
        if (e + 1 < end && (j === 45 || j === 39 || j === 0x2019 || j === 46 || j === 38 || j === 47 || j === 0x2010 || j === 0x2011) && isWordCode(text.charCodeAt(e + 1), text, e + 1)) {
          if (j === 0x2019) curly = true;
          else if (j === 46) dotted = true;
          const d = text.charCodeAt(e + 1);
          if (d >= 128 || (d >= 65 && d <= 90)) cased = true;
          e += 2;
          continue;
        }
        break;
      }
      // Keep the dot of an abbreviation or initial: "U.S.", "Dr.", "A." (a single capital letter).
      // Lower-casing never shortens a word, so only words of up to ABBREVIATION_MAX letters can be one;
      // "U.S."-style initials need a dot inside.
      // The word is cut and lower-cased once: the abbreviation test reads that form, and a kept dot
      // is appended to it ('.' has no case and ends a word, so lower-casing with it is the same).
      let t = text.slice(i, e);
      let low = cased ? t.toLowerCase() : t;
      if (e < end && text.charCodeAt(e) === 46) {
        const n = e - i;
        if ((n === 1 && isUpper(c, t)) || (n <= ABBREVIATION_MAX && ABBREVIATIONS.has(low)) || (dotted && DOTTED.test(t))) {
          e++;
          t = text.slice(i, e);
          low = cased ? low + '.' : t;
        }
      }
      if (curly) low = low.replace(/’/g, "'");
      out.push({ s: i, e, text: t, low, kind: 'w', cap: isUpper(c, t), quote: -1, f: 0 });
      i = e;
      continue;
    }
    // One character of punctuation (surrogate pairs kept whole).
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
    const t = c < 128 ? ASCII_CHAR[c] : text.slice(i, i + len);
    out.push({ s: i, e: i + len, text: t, low: t, kind: 'p', cap: false, quote: -1, f: 0 });
    i += len;
  }
  return out;
}

const DOTTED = /^[\p{L}](?:\.[\p{L}])+$/u;
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /^\p{Lu}/u;

function isWordCode(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) return NON_ASCII_WORD.test(text.slice(i, i + 2));
  // The second half of an astral letter (math-bold "fancy text") belongs with its first half.
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff && NON_ASCII_WORD.test(text.slice(i - 1, i + 1));
  if (c === 0x2019 || c === 0x2018 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || (c >= 0x2000 && c <= 0x206f)) return false;
  return NON_ASCII_WORD.test(text[i]);
}

function isUpper(c: number, t: string): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(t);
}

/** A copy of `t` with new text, lower-case form, end or capital flag ("Smith's" read as "Smith"). */
export function retoken(t: Token, text: string, low: string, e: number, cap: boolean): Token {
  return { s: t.s, e, text, low, kind: t.kind, cap, quote: t.quote, f: low === t.low ? t.f : 0 };
}

/** Sentence-final abbreviation tokens ("U.S." at the end of a sentence) still end the sentence. */
export function endsWithDot(t: Token): boolean {
  return t.text.endsWith('.');
}
