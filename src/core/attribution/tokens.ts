// One linear tokenizer pass over a paragraph: words (with abbreviations like "U.S." and "Dr." kept
// whole), numbers, and single punctuation characters. Offsets are into the article text.
import { wordClass } from './lexicon';
import { detached } from '../detached';

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
  /** Word classes of `low` (lexicon.ts W_* bits): set by the tokenizer for words; 0 for punctuation, and for a word `retoken` read again, until `classOf` reads it. */
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

/** Words longer than this are not kept in the word tables. */
const LONGEST_KEPT = 64;

/** What `tokenize` saw beside the tokens: `classes`, its words' classes OR-ed together (a paragraph
 *  without a W_CUE word holds no cue, one without a W_NATION word no nationality: index.ts skips
 *  those scans). */
export interface TokenSummary {
  classes: number;
}

/** The tokens of text[start, end); `caps`, when given, gets the indices of the capitalised ones,
 *  and `seen` what the words hold together. */
export function tokenize(text: string, start: number, end: number, caps?: number[], seen?: TokenSummary): Token[] {
  const out: Token[] = [];
  let classes = 0;
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
      // The word's characters packed six bits each while they are read (ASCII letters and digits
      // only; -Infinity once any other enters): up to 8 of them name the word exactly.
      let key = c < 128 ? PACK[c] : -Infinity;
      // The character that ended the word's last run: text[e] whenever e < end.
      let d = 0;
      for (;;) {
        while (e < end) {
          d = text.charCodeAt(e);
          if (d < 128) {
            const k = ASCII_CLASS[d];
            if ((k & 3) === 0) break;
            if (k === 2) cased = true;
            key = key * 64 + PACK[d];
          } else if (isWordCode(d, text, e)) {
            cased = true;
            key = -Infinity;
          } else break;
          e++;
        }
        if (e + 1 < end && (d < 128 ? ASCII_CLASS[d] === 4 : d === 0x2019 || d === 0x2010 || d === 0x2011)) {
          const n = text.charCodeAt(e + 1);
          if (n < 128 ? (ASCII_CLASS[n] & 3) !== 0 : isWordCode(n, text, e + 1)) {
            if (d === 0x2019) curly = true;
            else if (d === 46) dotted = true;
            if (n >= 128 || (n >= 65 && n <= 90)) cased = true;
            key = -Infinity;
            e += 2;
            continue;
          }
        }
        break;
      }
      // Keep the dot of an abbreviation or initial: "U.S.", "Dr.", "A." (a single capital letter).
      // What a word's characters make of it (its lower-case form, capital, classes, whether it keeps
      // a following dot) is worked out once per distinct word and kept in a table (wordAt): a known
      // word costs a hash and a comparison, no slice and no lower-casing.
      // A very long "word" (a URL, a hex or base64 run) is made afresh, never kept: the tables hold
      // 16k words whatever their length, and are shared by every article analysed after it.
      let w = e - i > LONGEST_KEPT ? newWord(text, i, e, ck === 2, cased, curly, dotted) : key < 0 ? wordAt(text, i, e, ck === 2, cased, curly, dotted) : e - i <= 8 ? packedWordAt(text, i, e, key, ck === 2, cased) : e - i <= 16 ? longWordAt(text, i, e, ck === 2, cased) : wordAt(text, i, e, ck === 2, cased, curly, dotted);
      if (e < end && d === 46 && w.keepsDot) {
        w = w.dotted ?? dottedOf(w);
        e++;
      }
      if (caps && w.cap) caps.push(out.length);
      classes |= w.f;
      out.push({ s: i, e, text: w.text, low: w.low, kind: 'w', cap: w.cap, quote: -1, f: w.f });
      i = e;
      continue;
    }
    // One character of punctuation (surrogate pairs kept whole).
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
    const t = c < 128 ? ASCII_CHAR[c] : len === 1 ? (NON_ASCII_CHAR[c] ??= String.fromCharCode(c)) : text.slice(i, i + len);
    out.push({ s: i, e: i + len, text: t, low: t, kind: 'p', cap: false, quote: -1, f: 0 });
    i += len;
  }
  if (seen) seen.classes = classes;
  return out;
}

/** One-character strings beyond ASCII (curly quotation marks, dashes), each made on first sight. */
const NON_ASCII_CHAR: (string | undefined)[] = [];

/** What a word's characters make of it, the same wherever it stands. */
interface WordRecord {
  /** The word as written (a copy of its own: the table outlives the texts it was read from). */
  text: string;
  low: string;
  cap: boolean;
  /** Word classes of `low` (lexicon.ts W_*), never 0. */
  f: number;
  /** A dot right after it is part of it: an abbreviation ("Dr.", "approx."), an initial ("A.", "U.S."). */
  keepsDot: boolean;
  /** The record of the word with its dot, made on first need. */
  dotted: WordRecord | null;
}

// Open addressing on a hash of the characters; emptied when half full, so it stays bounded
// whatever a workspace holds (a word read again after that is simply made again).
const TABLE_BITS = 15;
const TABLE_SIZE = 1 << TABLE_BITS;
let table: (WordRecord | undefined)[] = new Array(TABLE_SIZE).fill(undefined);
let tableCount = 0;

/** Six bits per ASCII letter or digit, never 0, so a packed key also tells the word's length. */
const PACK = new Uint8Array(128);
for (let c = 48; c <= 57; c++) PACK[c] = c - 47; // 1-10
for (let c = 65; c <= 90; c++) PACK[c] = c - 54; // 11-36
for (let c = 97; c <= 122; c++) PACK[c] = c - 60; // 37-62

// Words of up to 8 ASCII letters and digits (most words) are looked up by their packed key: no
// comparison of characters.
let packedKeys = new Float64Array(TABLE_SIZE);
let packedWords: (WordRecord | undefined)[] = new Array(TABLE_SIZE).fill(undefined);
let packedCount = 0;

// The last word seen in each of a few slots, in front of the table: the commonest words ("the",
// "said") are most tokens, and these small arrays stay in the processor's nearest cache while the
// table, read at random, does not (as findings/text.ts does).
const RECENT_BITS = 10;
const recentKeys = new Float64Array(1 << RECENT_BITS);
const recentWords: (WordRecord | undefined)[] = new Array(1 << RECENT_BITS).fill(undefined);

function packedWordAt(text: string, i: number, e: number, key: number, capital: boolean, cased: boolean): WordRecord {
  const mix = Math.imul((key | 0) ^ ((key / 4294967296) | 0), 0x9e3779b1);
  const near = mix >>> (32 - RECENT_BITS);
  if (recentKeys[near] === key) return recentWords[near]!;
  const r = packedTableAt(text, i, e, key, capital, cased, mix);
  recentKeys[near] = key;
  recentWords[near] = r;
  return r;
}

function packedTableAt(text: string, i: number, e: number, key: number, capital: boolean, cased: boolean, mix: number): WordRecord {
  const mask = TABLE_SIZE - 1;
  let slot = mix >>> (32 - TABLE_BITS);
  for (;;) {
    const k = packedKeys[slot];
    if (k === key) return packedWords[slot]!;
    if (k === 0) break;
    slot = (slot + 1) & mask;
  }
  if (packedCount >= TABLE_SIZE >> 1) {
    packedKeys = new Float64Array(TABLE_SIZE);
    packedWords = new Array(TABLE_SIZE).fill(undefined);
    packedCount = 0;
    slot = mix >>> (32 - TABLE_BITS);
  }
  const r = newWord(text, i, e, capital, cased, false, false);
  packedKeys[slot] = key;
  packedWords[slot] = r;
  packedCount++;
  return r;
}

// Words of 9 to 16 ASCII letters and digits ("government", "spokeswoman") by their two packed halves.
let longHi = new Float64Array(TABLE_SIZE);
let longLo = new Float64Array(TABLE_SIZE);
let longWords: (WordRecord | undefined)[] = new Array(TABLE_SIZE).fill(undefined);
let longCount = 0;

function longWordAt(text: string, i: number, e: number, capital: boolean, cased: boolean): WordRecord {
  let hi = 0;
  for (let k = i; k < i + 8; k++) hi = hi * 64 + PACK[text.charCodeAt(k)];
  let lo = 0;
  for (let k = i + 8; k < e; k++) lo = lo * 64 + PACK[text.charCodeAt(k)];
  const mask = TABLE_SIZE - 1;
  const mix = Math.imul((hi | 0) ^ ((hi / 4294967296) | 0) ^ Math.imul((lo | 0) ^ ((lo / 4294967296) | 0), 0x85ebca6b), 0x9e3779b1);
  let slot = mix >>> (32 - TABLE_BITS);
  for (;;) {
    const k = longHi[slot];
    if (k === hi && longLo[slot] === lo) return longWords[slot]!;
    if (k === 0) break;
    slot = (slot + 1) & mask;
  }
  if (longCount >= TABLE_SIZE >> 1) {
    longHi = new Float64Array(TABLE_SIZE);
    longLo = new Float64Array(TABLE_SIZE);
    longWords = new Array(TABLE_SIZE).fill(undefined);
    longCount = 0;
    slot = mix >>> (32 - TABLE_BITS);
  }
  const r = newWord(text, i, e, capital, cased, false, false);
  longHi[slot] = hi;
  longLo[slot] = lo;
  longWords[slot] = r;
  longCount++;
  return r;
}

/** The record of the word text[i, e). `capital`: its first character is an ASCII capital; `cased`:
 *  lower-casing may change it; `curly`: it holds a curly apostrophe; `dotted`: a dot inside. */
function wordAt(text: string, i: number, e: number, capital: boolean, cased: boolean, curly: boolean, dotted: boolean): WordRecord {
  let h = 0x811c9dc5;
  for (let k = i; k < e; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  const n = e - i;
  const mask = TABLE_SIZE - 1;
  let slot = (h ^ (h >>> 15)) & mask;
  for (;;) {
    const r = table[slot];
    if (r === undefined) break;
    const w = r.text;
    if (w.length === n) {
      let k = 0;
      while (k < n && w.charCodeAt(k) === text.charCodeAt(i + k)) k++;
      if (k === n) return r;
    }
    slot = (slot + 1) & mask;
  }
  if (tableCount >= TABLE_SIZE >> 1) {
    table = new Array(TABLE_SIZE).fill(undefined);
    tableCount = 0;
    slot = (h ^ (h >>> 15)) & mask;
  }
  const r = newWord(text, i, e, capital, cased, curly, dotted);
  table[slot] = r;
  tableCount++;
  return r;
}

function newWord(text: string, i: number, e: number, capital: boolean, cased: boolean, curly: boolean, dotted: boolean): WordRecord {
  const t = detached(text.slice(i, e));
  // Lower-casing can change the word only if it has an ASCII capital or a letter beyond ASCII.
  let low = cased ? t.toLowerCase() : t;
  if (curly) low = low.replaceAll('’', "'");
  const c = t.charCodeAt(0);
  const cap = capital || (c >= 128 && isUpperStart(c, t));
  const n = e - i;
  // Lower-casing never shortens a word, so only words of up to ABBREVIATION_MAX letters can be one;
  // "U.S."-style initials need a dot inside.
  const keepsDot = (n === 1 && cap) || (n <= ABBREVIATION_MAX && ABBREVIATIONS.has(low)) || (dotted && DOTTED.test(t));
  return { text: t, low, cap, f: wordClass(low), keepsDot, dotted: null };
}

/** The record of `w` followed by its dot ('.' has no case and ends a word, so lower-casing with it
 *  is the same as appending it to the lower-case form). */
function dottedOf(w: WordRecord): WordRecord {
  const text = w.text + '.';
  const low = w.low + '.';
  return (w.dotted = { text, low, cap: w.cap, f: wordClass(low), keepsDot: false, dotted: null });
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
