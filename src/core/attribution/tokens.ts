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

/** One-character strings of ASCII, made once (punctuation tokens' text). */
const ASCII_CHAR: string[] = [];
for (let c = 0; c < 128; c++) ASCII_CHAR.push(String.fromCharCode(c));

/** ASCII classes, one table read per character: 1 a lower-case letter or digit, 2 a capital (the word
 *  needs lower-casing), 4 a joiner inside a word (- ' . & /). */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : c >= 65 && c <= 90 ? 2 : c === 45 || c === 39 || c === 46 || c === 38 || c === 47 ? 4 : 0;

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
    const ck = c < 128 ? ASCII_CLASS[c] & 3 : isWordCode(c, text, i) ? 3 : 0;
    if (ck !== 0) {
      // Letters/digits joined by inner hyphens, apostrophes, dots, ampersands or slashes.
      let e = i + 1;
      // A curly apostrophe or a dot can only enter a word as a joiner: note them here rather than search for them.
      let curly = false;
      let dotted = false;
      // Lower-casing can change the word only if it has an ASCII capital or a letter beyond ASCII
      // (the joiners beyond ASCII, curly apostrophe and hyphens, have no case).
      let cased = ck !== 1;
      // The character that ended the word's last run: text[e] whenever e < end.
      let d = 0;
      for (;;) {
        while (e < end) {
          d = text.charCodeAt(e);
          if (d < 128) {
            const k = ASCII_CLASS[d];
            if ((k & 3) === 0) break;
            if (k === 2) cased = true;
          } else if (isWordCode(d, text, e)) cased = true;
          else break;
          e++;
        }
        if (e + 1 < end && (d < 128 ? ASCII_CLASS[d] === 4 : d === 0x2019 || d === 0x2010 || d === 0x2011)) {
          const n = text.charCodeAt(e + 1);
          if (n < 128 ? (ASCII_CLASS[n] & 3) !== 0 : isWordCode(n, text, e + 1)) {
            if (d === 0x2019) curly = true;
            else if (d === 46) dotted = true;
            if (n >= 128 || (n >= 65 && n <= 90)) cased = true;
            e += 2;
            continue;
          }
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
      const cap = ck === 2 || (c >= 128 && isUpperStart(c, t));
      if (e < end && d === 46) {
        const n = e - i;
        if ((n === 1 && cap) || (n <= ABBREVIATION_MAX && ABBREVIATIONS.has(low)) || (dotted && DOTTED.test(t))) {
          e++;
          t = text.slice(i, e);
          low = cased ? low + '.' : t;
        }
      }
      if (curly) low = low.replaceAll('’', "'");
      out.push({ s: i, e, text: t, low, kind: 'w', cap, quote: -1, f: 0 });
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

// What the regexes say of a code unit outside the surrogates (a letter, digit or mark; an upper-case
// letter) depends on it alone: each is asked once per code unit and remembered, instead of a
// one-character string and a regex run for every letter of "Dahleström" or "Şakerdağ" (names from
// many languages are most of a news text beyond ASCII). Bits: 1 word known, 2 a word code unit,
// 4 upper case known, 8 upper case.
const CODE_MEMO = new Uint8Array(0x10000);
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/** `UPPER.test(t)` for a word `t` whose first code unit is `c` (beyond ASCII). */
function isUpperStart(c: number, t: string): boolean {
  if (isSurrogate(c)) return UPPER.test(t);
  let m = CODE_MEMO[c];
  if ((m & 4) === 0) CODE_MEMO[c] = m |= UPPER.test(t) ? 12 : 4;
  return (m & 8) !== 0;
}

function isWordCode(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (isSurrogate(c)) return isWordCodeRead(c, text, i);
  let m = CODE_MEMO[c];
  if ((m & 1) === 0) CODE_MEMO[c] = m |= isWordCodeRead(c, text, i) ? 3 : 1;
  return (m & 2) !== 0;
}

/** isWordCode beyond ASCII, read with the regexes. */
function isWordCodeRead(c: number, text: string, i: number): boolean {
  if (c >= 0xd800 && c <= 0xdbff) return NON_ASCII_WORD.test(text.slice(i, i + 2));
  // The second half of an astral letter (math-bold "fancy text") belongs with its first half.
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff && NON_ASCII_WORD.test(text.slice(i - 1, i + 1));
  if (c === 0x2019 || c === 0x2018 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || (c >= 0x2000 && c <= 0x206f)) return false;
  return NON_ASCII_WORD.test(text[i]);
}

/** A copy of `t` with new text, lower-case form, end or capital flag ("Smith's" read as "Smith"). */
export function retoken(t: Token, text: string, low: string, e: number, cap: boolean): Token {
  return { s: t.s, e, text, low, kind: t.kind, cap, quote: t.quote, f: low === t.low ? t.f : 0 };
}

/** Sentence-final abbreviation tokens ("U.S." at the end of a sentence) still end the sentence. */
export function endsWithDot(t: Token): boolean {
  return t.text.endsWith('.');
}
