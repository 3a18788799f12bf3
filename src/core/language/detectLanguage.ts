// A cheap guess at whether a text is English, from how often the commonest English function words
// occur. The rules are written for English news; on other languages they would misfire, so the
// pipeline keeps quotes (marks are universal) and drops findings for non-English text.

const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the of and to a in that is was for on it with as he she by at from his her they be have has had ' +
    'are were this said not but an or which will would who been their its also after we i you there ' +
    'more than about into over when what one all if no could can our up out so'
  ).split(' '),
);

export type LanguageGuess = 'en' | 'other' | 'unknown';

/** How many words to look at: enough to be sure, few enough to stay cheap on a huge file. */
const SAMPLE_WORDS = 2000;
/** Fewer words than this and any guess is noise. */
const MIN_WORDS = 25;
/** English prose runs at 35-50% function words; other Latin-script languages at under 10%. */
const ENGLISH_RATIO = 0.18;

// Function words packed into numbers (5 bits a letter): a word is looked up while it is scanned,
// without slicing or lower-casing it (this runs on every article).
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));
// An open-addressing table of the packed words (0 marks a free slot: no word packs to 0), read
// once per word of the sample; cheaper than a Set lookup.
const TABLE_BITS = 9;
const FUNCTION_WORD_TABLE = (() => {
  const table = new Int32Array(1 << TABLE_BITS);
  for (const w of ENGLISH_FUNCTION_WORDS) {
    const k = packWord(w);
    let h = slotOf(k);
    while (table[h] !== 0) h = (h + 1) & ((1 << TABLE_BITS) - 1);
    table[h] = k;
  }
  return table;
})();

function slotOf(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - TABLE_BITS);
}

function isFunctionWord(key: number): boolean {
  for (let h = slotOf(key); ; h = (h + 1) & ((1 << TABLE_BITS) - 1)) {
    const k = FUNCTION_WORD_TABLE[h];
    if (k === key) return true;
    if (k === 0) return false;
  }
}

/** A lower-case ASCII word as a number; words up to 10 letters stay exact in a double. */
export function packWord(w: string): number {
  let k = 0;
  for (let i = 0; i < w.length; i++) k = k * 32 + (w.charCodeAt(i) - 96);
  return k;
}

/** The fewest function words in a full sample that make it English (the float test, counted once). */
const EN_AT = (() => {
  let e = 0;
  while (e / SAMPLE_WORDS < ENGLISH_RATIO) e++;
  return e;
})();

export function detectLanguage(text: string): LanguageGuess {
  let words = 0;
  let english = 0;
  let len = 0; // letters in the current word, 0 outside a word
  let key = 0;
  // Only words of ASCII letters can be function words: an apostrophe or any character from U+00C0
  // up (whose lower case is never one of these words' letters) rules the word out.
  let plain = true;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    // Letters of any script count as word characters (so non-Latin text is counted, then not matched).
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) {
      if (plain && len < LONGEST_FUNCTION_WORD) key = key * 32 + (lower - 96);
      else plain = false;
      len++;
    } else if (c === 39 || c >= 0xc0) {
      plain = false;
      len++;
    } else if (len > 0) {
      words++;
      if (plain && isFunctionWord(key)) english++;
      len = 0;
      key = 0;
      plain = true;
      // Stop once the sample's verdict is settled: with EN_AT function words the ratio holds for
      // any sample of up to SAMPLE_WORDS words; below EN_AT even with every word left one, it
      // cannot (the ratio is then at most (EN_AT - 1) / SAMPLE_WORDS; and words > MIN_WORDS).
      // At SAMPLE_WORDS words one of the two holds, so no more than the sample is read.
      if (english >= EN_AT) return 'en';
      if (english + (SAMPLE_WORDS - words) < EN_AT) return 'other';
    }
  }
  if (words < MIN_WORDS) return 'unknown';
  return english / words >= ENGLISH_RATIO ? 'en' : 'other';
}
