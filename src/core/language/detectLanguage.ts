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

export function detectLanguage(text: string): LanguageGuess {
  let words = 0;
  let english = 0;
  let start = -1;
  const n = text.length;
  for (let i = 0; i <= n && words < SAMPLE_WORDS; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    // Letters of any script count as word characters (so non-Latin text is counted, then not matched).
    const isWordChar = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c >= 0xc0;
    if (isWordChar) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words++;
      if (i - start <= 7 && ENGLISH_FUNCTION_WORDS.has(text.slice(start, i).toLowerCase())) english++;
      start = -1;
    }
  }
  if (words < MIN_WORDS) return 'unknown';
  return english / words >= ENGLISH_RATIO ? 'en' : 'other';
}
