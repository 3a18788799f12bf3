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
const FUNCTION_WORD_KEYS = new Set([...ENGLISH_FUNCTION_WORDS].map(packWord));
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));

/** A lower-case ASCII word as a number; words up to 10 letters stay exact in a double. */
export function packWord(w: string): number {
  let k = 0;
  for (let i = 0; i < w.length; i++) k = k * 32 + (w.charCodeAt(i) - 96);
  return k;
}

export function detectLanguage(text: string): LanguageGuess {
  let words = 0;
  let english = 0;
  let len = 0; // letters in the current word, 0 outside a word
  let key = 0;
  // Only words of ASCII letters can be function words: an apostrophe or any character from U+00C0
  // up (whose lower case is never one of these words' letters) rules the word out.
  let plain = true;
  const n = text.length;
  for (let i = 0; i <= n && words < SAMPLE_WORDS; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    // Letters of any script count as word characters (so non-Latin text is counted, then not matched).
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    if (letter || c === 39 || c >= 0xc0) {
      if (letter && plain && len < LONGEST_FUNCTION_WORD) key = key * 32 + ((c | 32) - 96);
      else plain = false;
      len++;
    } else if (len > 0) {
      words++;
      if (plain && FUNCTION_WORD_KEYS.has(key)) english++;
      len = 0;
      key = 0;
      plain = true;
    }
  }
  if (words < MIN_WORDS) return 'unknown';
  return english / words >= ENGLISH_RATIO ? 'en' : 'other';
}
