// The tokenizer reads each character once through a class table (tokens.ts): it must cut exactly the
// tokens of the tokenizer it replaced (kept below as the reference), on any text and any range of it,
// including joiners at a range's edges and characters beyond ASCII.
import * as assert from 'assert';
import { tokenize, type Token, type TokenSummary } from '../../src/core/attribution/tokens';
import { heapAfterGc } from './heap';
import { wordClass } from '../../src/core/attribution/lexicon';
import { rng } from './random';

const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov st mt jr sr rev hon fr no vs etc inc ltd corp co ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mme messrs dept est approx fig').split(' '),
);
const ABBREVIATION_MAX = Math.max(...[...ABBREVIATIONS].map((w) => w.length));
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
const ASCII_CHAR: string[] = [];
for (let c = 0; c < 128; c++) ASCII_CHAR.push(String.fromCharCode(c));
const DOTTED = /^[\p{L}](?:\.[\p{L}])+$/u;
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /^\p{Lu}/u;

/** The tokenizer as it was before the class table (same tokens, `f` aside). */
function refTokenize(text: string, start: number, end: number): Omit<Token, 'f'>[] {
  const out: Omit<Token, 'f'>[] = [];
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
      out.push({ s: i, e, text: t, low, kind: 'w', cap: isUpper(c, t), quote: -1 });
      i = e;
      continue;
    }
    // One character of punctuation (surrogate pairs kept whole).
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
    const t = c < 128 ? ASCII_CHAR[c] : text.slice(i, i + len);
    out.push({ s: i, e: i + len, text: t, low: t, kind: 'p', cap: false, quote: -1 });
    i += len;
  }
  return out;
}

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

// Letters of both cases, digits, every joiner (ASCII and beyond), dots after capitals, spaces of
// several kinds, quotation marks, an astral capital, letters with and without case beyond ASCII.
const PIECES = [
  'a', 'b', 'z', 'A', 'B', 'Z', '0', '7', 'dr', 'Dr', 'U', 'S', 'e', 'g', 'said', 'Smith', 'approx', 'sept', 'x',
  '-', "'", '’', '.', '&', '/', '‐', '‑', ',', '(', ')', '“', '”', '"', '‘', '«', '»', '—', ':',
  ' ', ' ', ' ', '\u00a0', '\u200b', '\u200d', '\n', '\t', '\u3000', '\ufeff',
  'é', 'É', 'Σ', 'ς', 'İ', 'ß', 'Ø', '中', '𝐀', '𝐚', '\u0301', '٣',
  // Beyond ASCII, code units that are no letter (× € …) and numbers that are (½ ²): tokens.ts
  // remembers each code unit's answers, so both kinds of answer are read back many times.
  '×', '€', '…', '½', '²', 'Ş', 'ğ', 'ǅ',
  // Past the surrogates, remembered too: fullwidth letters (upper and lower), fullwidth and CJK punctuation.
  'Ａ', 'ａ', '，', '。', '\ufb01',
];

describe('attribution tokens: the class-table tokenizer', () => {
  it('cuts the same tokens as the tokenizer it replaced, on random texts and random ranges of them', () => {
    const r = rng(61);
    for (let i = 0; i < 20000; i++) {
      let text = '';
      const n = 1 + Math.floor(r() * 25);
      for (let k = 0; k < n; k++) text += PIECES[Math.floor(r() * PIECES.length)];
      const start = r() < 0.5 ? 0 : Math.floor(r() * text.length);
      const end = r() < 0.5 ? text.length : start + Math.floor(r() * (text.length - start + 1));
      const got = tokenize(text, start, end).map(({ f: _f, ...rest }) => rest);
      assert.deepStrictEqual(got, refTokenize(text, start, end), JSON.stringify([text, start, end]));
    }
  });

  // index.ts skips a paragraph's cue, qualifier and nationality scans on these two answers.
  it('lists the capitalised tokens and ORs the word classes of the text read', () => {
    const r = rng(71);
    const words = ['said', 'Police', 'police', 'media', 'Embassy', 'Iranian', 'according', 'to', 'the', 'Dr.', '“', ',', 'É', 'x'];
    for (let i = 0; i < 3000; i++) {
      const n = Math.floor(r() * 8);
      const parts: string[] = [];
      for (let k = 0; k < n; k++) parts.push(words[Math.floor(r() * words.length)]);
      const text = parts.join(' ');
      const caps: number[] = [];
      const seen: TokenSummary = { classes: -1 };
      const toks = tokenize(text, 0, text.length, caps, seen);
      let classes = 0;
      for (const t of toks) if (t.kind === 'w') classes |= wordClass(t.low);
      assert.strictEqual(seen.classes, classes, text);
      assert.deepStrictEqual(caps, toks.flatMap((t, k) => (t.cap ? [k] : [])), text);
    }
  });

  // The word tables are shared by every article analysed after: a very long "word" (a URL, a hex
  // or base64 run) is read like any other but never kept there.
  it('reads very long words like short ones without keeping them', () => {
    const r = rng(72);
    const letters = 'abcXYZ09-./&\'é';
    for (let i = 0; i < 300; i++) {
      const n = 50 + Math.floor(r() * 200);
      let w = 'q';
      while (w.length < n) w += letters[Math.floor(r() * letters.length)];
      const text = `Officials ${w} said ${w.toUpperCase()}. Dr. ${w}`;
      const got = tokenize(text, 0, text.length);
      assert.deepStrictEqual(got.map(({ f: _f, ...rest }) => rest), refTokenize(text, 0, text.length), text);
      for (const t of got) if (t.kind === 'w') assert.strictEqual(t.f, wordClass(t.low), t.text);
    }
  });

  it('keeps no very long word once its tokens are gone', () => {
    // 1,500 distinct words of 20,000 letters: 30 MB of text if the tables kept them.
    const before = heapAfterGc();
    for (let i = 0; i < 1500; i++) {
      const w = 'x'.repeat(19_990) + String(1_000_000_000 + i);
      tokenize(w, 0, w.length);
    }
    const grown = heapAfterGc() - before;
    assert.ok(grown < 5, `heap grew ${grown.toFixed(1)} MB`);
  });

  it('keeps abbreviation and initial dots, joins inner joiners, and stops a word at a range edge', () => {
    const words = (text: string, s = 0, e = text.length) => tokenize(text, s, e).map((t) => t.text);
    assert.deepStrictEqual(words('Dr. A. Smith-Jones of U.S. said.'), ['Dr.', 'A.', 'Smith-Jones', 'of', 'U.S.', 'said', '.']);
    assert.deepStrictEqual(words('AT&T and/or co‑op don’t'), ['AT&T', 'and/or', 'co‑op', 'don’t']);
    // The range ends right after a joiner, or right after the letter before a dot: neither joins.
    assert.deepStrictEqual(words('ex-wife', 0, 3), ['ex', '-']);
    assert.deepStrictEqual(words('Dr. Who', 0, 2), ['Dr']);
    const t = tokenize('Élan ÉLAN don’t', 0, 15);
    assert.deepStrictEqual(t.map((x) => [x.low, x.cap]), [['élan', true], ['élan', true], ["don't", false]]);
  });

  // tokens.ts keeps each distinct word's record (lower case, capital, classes, dot) in bounded
  // tables, emptied when half full: every word must read the same before and after that, and a
  // word's classes must be its own (a record given to another word of the same hash or packed key
  // would show here).
  it('gives each word its own classes, the same before and after its tables are emptied', () => {
    const r = rng(67);
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éÉßŞ’-.';
    const words: string[] = [];
    for (let i = 0; i < 90000; i++) {
      let w = '';
      const n = 1 + Math.floor(r() * 20);
      // Two in three words of ASCII letters and digits only (the packed tables), the others with any.
      const pool = r() < 0.67 ? 62 : letters.length;
      for (let k = 0; k < n; k++) w += letters[Math.floor(r() * (k === 0 ? 62 : pool))];
      words.push(w);
    }
    // Listed words and their cased and dotted forms, read early and again after 90,000 others.
    const known = ['said', 'Said', 'SAID', 'according', 'police', 'spokeswoman', 'spokeswomen', 'Spokeswoman', 'governments', 'governmental', 'international', 'internationally', 'Dr', 'dr', 'U.S', 'approx', 'Minister', 'don’t', 'Ş', 'A'];
    const texts = [...known.map((w) => `${w}. x`), ...words.map((w) => `${w}. x`), ...known.map((w) => `${w}. x`)];
    for (const text of texts) {
      const got = tokenize(text, 0, text.length);
      assert.deepStrictEqual(got.map(({ f: _f, ...rest }) => rest), refTokenize(text, 0, text.length), text);
      for (const t of got) if (t.kind === 'w') assert.strictEqual(t.f, wordClass(t.low), text);
    }
  });
});
