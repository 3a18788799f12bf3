// A cheap guess at whether a text is English, from how often the commonest English function words
// occur. The rules are written for English news; on other languages they would misfire, so the
// pipeline keeps quotes (marks are universal) and drops findings for non-English text.
import { ENGLISH_HITS, ENGLISH_SAMPLE_CHARS, ENGLISH_WORDS, LONGEST_ENGLISH, englishVerdict, lowerOf, packWord, remember } from './looksEnglish';

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
// once per word of the sample; cheaper than a Set lookup. Each word also has bits: F_FUNCTION for
// this module's function words, F_ENGLISH for the words looksEnglish counts.
const TABLE_BITS = 9;
const F_FUNCTION = 1;
const F_ENGLISH = 2;
const FUNCTION_WORD_TABLE = new Int32Array(1 << TABLE_BITS);
const WORD_BITS = new Uint8Array(1 << TABLE_BITS);
for (const [words, bit] of [[ENGLISH_FUNCTION_WORDS, F_FUNCTION], [ENGLISH_WORDS, F_ENGLISH]] as const) {
  for (const w of words) {
    const k = packWord(w);
    let h = slotOf(k);
    while (FUNCTION_WORD_TABLE[h] !== 0 && FUNCTION_WORD_TABLE[h] !== k) h = (h + 1) & ((1 << TABLE_BITS) - 1);
    FUNCTION_WORD_TABLE[h] = k;
    WORD_BITS[h] |= bit;
  }
}

function slotOf(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - TABLE_BITS);
}

/** The F_* bits of a packed word (0 for any other word). */
function bitsOf(key: number): number {
  for (let h = slotOf(key); ; h = (h + 1) & ((1 << TABLE_BITS) - 1)) {
    const k = FUNCTION_WORD_TABLE[h];
    if (k === key) return WORD_BITS[h];
    if (k === 0) return 0;
  }
}

/** The fewest function words in a full sample that make it English (the float test, counted once). */
const EN_AT = (() => {
  let e = 0;
  while (e / SAMPLE_WORDS < ENGLISH_RATIO) e++;
  return e;
})();

// Letters of ASCII, 1-26 (A and a are 1); 0 for any other code unit below 128.
const ASCII_LETTER = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII_LETTER[c] = ASCII_LETTER[c + 32] = c - 64;

/**
 * Reads the text once for two verdicts: this module's guess and, over the first 3,000 characters,
 * looksEnglish's (left with `remember` for the findings to ask for).
 *
 * This module's words are runs of ASCII letters, apostrophes and any code unit from U+00C0 up;
 * looksEnglish's are runs of [a-z\u00C0-\u024F] in the lower-cased text. On ASCII letters and
 * other ASCII but the apostrophe the two read alike, so most of the text is read once for both
 * ("together": one word state); from an apostrophe or a code unit above ASCII each reads with its
 * own state ("apart") until both are between words again.
 */
export function detectLanguage(text: string): LanguageGuess {
  let words = 0;
  let english = 0;
  let len = 0; // letters in the current word, 0 outside a word
  let key = 0; // its first LONGEST_FUNCTION_WORD letters, packed
  // Only words of ASCII letters can be function words: an apostrophe or any character from U+00C0
  // up (whose lower case is never one of these words' letters) rules the word out.
  let plain = true;
  let lWords = 0;
  let lHits = 0;
  let lLen = 0;
  let lKey = 0;
  let lPlain = true;
  const n = text.length;
  const m = Math.min(n, ENGLISH_SAMPLE_CHARS);
  let i = 0;
  let apart = false;
  let settled = false; // looksEnglish's verdict is known (true) before the sample's end
  let dotted: boolean | undefined; // the sample holds a U+0130, asked once
  while (i < m) {
    // Together: both are between words, or in the same word of ASCII letters only ([i - len, i)).
    let c = text.charCodeAt(i);
    if (c < 128) {
      const lower = ASCII_LETTER[c];
      if (lower !== 0) {
        if (len < LONGEST_FUNCTION_WORD) key = key * 32 + lower;
        len++;
        i++;
        continue;
      }
      if (c !== 39) {
        if (len > 0) {
          // One word to both: a function word within LONGEST_FUNCTION_WORD letters, an English one within LONGEST_ENGLISH.
          words++;
          lWords++;
          if (len <= LONGEST_FUNCTION_WORD) {
            const bits = bitsOf(key);
            if (bits & F_FUNCTION) english++;
            if (bits & F_ENGLISH && len <= LONGEST_ENGLISH) lHits++;
          }
          len = 0;
          key = 0;
          // Stop once the sample's verdict is settled (see below); looksEnglish then reads for itself.
          if (english >= EN_AT) return 'en';
          if (english + (SAMPLE_WORDS - words) < EN_AT) return 'other';
          // looksEnglish's verdict is settled once even a sample's rest of one-letter words could
          // not bring its ratio under the threshold (at most one word per two code units left,
          // but for U+0130, whose lower case is two: a text with one is read to the end). Every
          // 8th word (a check per word costs more than it saves); this module's reading goes on.
          if ((lWords & 7) === 0 && lHits / (lWords + ((m - i) >> 1)) >= ENGLISH_HITS && (dotted ??= text.lastIndexOf('\u0130', m - 1) >= 0) === false) {
            settled = true;
            break;
          }
        }
        i++;
        continue;
      }
    }
    // Apart, from the word so far: each state as its own loop would have it.
    plain = len <= LONGEST_FUNCTION_WORD;
    lLen = len;
    lPlain = len <= LONGEST_ENGLISH;
    lKey = lPlain ? key : 0;
    for (;;) {
      const lower = c < 128 ? ASCII_LETTER[c] : 0;
      if (lower !== 0) {
        if (plain && len < LONGEST_FUNCTION_WORD) key = key * 32 + lower;
        else plain = false;
        len++;
        if (lPlain && lLen < LONGEST_ENGLISH) lKey = lKey * 32 + lower;
        else lPlain = false;
        lLen++;
      } else {
        if (c === 39 || c >= 0xc0) {
          plain = false;
          len++;
        } else if (len > 0) {
          words++;
          if (plain && bitsOf(key) & F_FUNCTION) english++;
          len = 0;
          key = 0;
          plain = true;
          if (english >= EN_AT) return 'en';
          if (english + (SAMPLE_WORDS - words) < EN_AT) return 'other';
        }
        if (c < 128 || (c >= 0x2000 && c <= 0x206f)) {
          // Not a letter to looksEnglish (punctuation U+2000-206F is its own lower case).
          if (lLen > 0) {
            lWords++;
            if (lPlain && bitsOf(lKey) & F_ENGLISH) lHits++;
            lLen = 0;
            lKey = 0;
            lPlain = true;
          }
        } else {
          // A code unit of the lower-cased text, or two ("İ" -> "i̇").
          const l = lowerOf(c);
          for (let li = 0; li < l.length; li++) {
            const d = l.charCodeAt(li);
            if (d >= 97 && d <= 122) {
              if (lPlain && lLen < LONGEST_ENGLISH) lKey = lKey * 32 + (d - 96);
              else lPlain = false;
              lLen++;
            } else if (d >= 0xc0 && d <= 0x24f) {
              lPlain = false;
              lLen++;
            } else if (lLen > 0) {
              lWords++;
              if (lPlain && bitsOf(lKey) & F_ENGLISH) lHits++;
              lLen = 0;
              lKey = 0;
              lPlain = true;
            }
          }
        }
      }
      i++;
      if (i >= m) break;
      if (len === 0 && lLen === 0) break; // between words to both: together again
      c = text.charCodeAt(i);
    }
    if (len !== 0 || lLen !== 0) {
      apart = true; // the sample ended inside a word
      break;
    }
    plain = true;
  }
  // looksEnglish's sample ends here, as if at a space.
  if (settled) {
    // Between words to both (len is 0).
    remember(text, true);
  } else if (apart) {
    if (lLen > 0) {
      lWords++;
      if (lPlain && bitsOf(lKey) & F_ENGLISH) lHits++;
    }
  } else {
    if (len > 0) {
      lWords++;
      if (len <= LONGEST_ENGLISH && bitsOf(key) & F_ENGLISH) lHits++;
    }
    plain = len <= LONGEST_FUNCTION_WORD;
  }
  if (!settled) remember(text, englishVerdict(lWords, lHits));
  // The rest: this module's words alone.
  for (; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    // Letters of any script count as word characters (so non-Latin text is counted, then not matched).
    const lower = c < 128 ? ASCII_LETTER[c] : 0;
    if (lower !== 0) {
      if (plain && len < LONGEST_FUNCTION_WORD) key = key * 32 + lower;
      else plain = false;
      len++;
    } else if (c === 39 || c >= 0xc0) {
      plain = false;
      len++;
    } else if (len > 0) {
      words++;
      if (plain && bitsOf(key) & F_FUNCTION) english++;
      len = 0;
      key = 0;
      plain = true;
      // Stop once the sample's verdict is settled: with EN_AT function words the ratio holds for
      // any sample of up to SAMPLE_WORDS words; below EN_AT even with every word left one, it
      // cannot (the ratio is then at most (EN_AT - 1) / SAMPLE_WORDS; and words > MIN_WORDS).
      // At SAMPLE_WORDS words one of the two holds, so no more than the sample is read.
      if (english >= EN_AT) return 'en';
      if (english + (SAMPLE_WORDS - words) < EN_AT) return 'other';
      // Nor past the point where the ratio holds even if every character left began a word of
      // its own (a word and the character after it: at most half of them, rounded up).
      if (words >= MIN_WORDS && english / Math.min(SAMPLE_WORDS, words + 1 + ((n - i) >> 1)) >= ENGLISH_RATIO) return 'en';
    }
  }
  if (words < MIN_WORDS) return 'unknown';
  return english / words >= ENGLISH_RATIO ? 'en' : 'other';
}
