// The language checks as first written (slice, lower-case, regex, Set): the plain definitions the
// fast scanners in src/core/language are held equal to.
export const FUNCTION_WORDS = new Set(
  ('the of and to a in that is was for on it with as he she by at from his her they be have has had ' +
    'are were this said not but an or which will would who been their its also after we i you there ' +
    'more than about into over when what one all if no could can our up out so').split(' '),
);

/** detectLanguage's whole-sample definition: the first 2,000 words, then the ratio of function words. */
export function detectLanguageRef(text: string): string {
  const words = (text.match(/[A-Za-z'\u00c0-\uffff]+/g) ?? []).slice(0, 2000);
  if (words.length < 25) return 'unknown';
  let english = 0;
  for (const w of words) if (/^[A-Za-z]+$/.test(w) && FUNCTION_WORDS.has(w.toLowerCase())) english++;
  return english / words.length >= 0.18 ? 'en' : 'other';
}

const ENGLISH = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'that', 'for', 'on', 'said', 'with', 'by', 'he', 'it', 'as', 'are', 'were', 'has', 'have', 'from', 'at']);

/** The findings' English check: common words among the first 3,000 characters. */
export function looksEnglishRef(text: string): boolean {
  const words = text.slice(0, 3000).toLowerCase().match(/[a-z\u00C0-\u024F]+/g) ?? [];
  if (words.length < 8) return true;
  let hits = 0;
  for (const w of words) if (ENGLISH.has(w)) hits++;
  return hits / words.length >= 0.12;
}
