// Whether a text reads as English to the findings rules: their lexicons are English, and on another
// language their figures and negations would only raise noise. Stricter about what a word is than
// detectLanguage (runs of [a-z\u00C0-\u024F] in the lower-cased text) and reading only the first
// 3,000 characters; detectLanguage reads them too and leaves this verdict behind (see `remember`),
// so an analysis walks its text once for both.

/** The words counted, all among detectLanguage's function words. */
export const ENGLISH_WORDS = ['the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'that', 'for', 'on', 'said', 'with', 'by', 'he', 'it', 'as', 'are', 'were', 'has', 'have', 'from', 'at'];
/** How much of the text is read. */
export const ENGLISH_SAMPLE_CHARS = 3000;
export const LONGEST_ENGLISH = Math.max(...ENGLISH_WORDS.map((w) => w.length));

/** A lower-case ASCII word as a number (5 bits a letter); words up to 10 letters stay exact in a double. */
export function packWord(w: string): number {
  let k = 0;
  for (let i = 0; i < w.length; i++) k = k * 32 + (w.charCodeAt(i) - 96);
  return k;
}
const ENGLISH_KEYS = new Set(ENGLISH_WORDS.map(packWord));

/** The least share of counted words in the sample that reads as English. */
export const ENGLISH_HITS = 0.12;

/** The verdict from words and hits counted over the sample. */
export function englishVerdict(words: number, hits: number): boolean {
  if (words < 8) return true; // too short to tell; the rules are cautious anyway
  return hits / words >= ENGLISH_HITS;
}

/** Lower case of one character above ASCII (a few become two: "İ" -> "i̇"). */
const LOWER = new Map<number, string>();
export function lowerOf(d: number): string {
  let l = LOWER.get(d);
  if (l === undefined) LOWER.set(d, (l = String.fromCharCode(d).toLowerCase()));
  return l;
}

// The verdict detectLanguage worked out for the last text it read (one text: nothing accumulates).
let lastText: string | null = null;
let lastVerdict = false;

/** Keeps the verdict on `text`, for `looksEnglish` on the same text to return. */
export function remember(text: string, verdict: boolean): void {
  lastText = text;
  lastVerdict = verdict;
}

/** Whether a text reads as English (function words in its first 3,000 characters). */
export function looksEnglish(text: string): boolean {
  return text === lastText ? lastVerdict : scanLooksEnglish(text);
}

/**
 * The verdict read from the text itself: words are runs of [a-z\u00C0-\u024F] in the lower-cased
 * text, read in one pass with no copies.
 */
export function scanLooksEnglish(text: string): boolean {
  const n = Math.min(text.length, ENGLISH_SAMPLE_CHARS);
  let words = 0;
  let hits = 0;
  let len = 0;
  let key = 0;
  let plain = true; // ASCII letters only, and short enough to be one of ENGLISH_WORDS
  for (let i = 0; i <= n; i++) {
    let d = i < n ? text.charCodeAt(i) : 32;
    if (d < 128) {
      // ASCII (most text): one code unit, its own lower case but for A-Z.
      if (d >= 65 && d <= 90) d |= 32;
      if (d >= 97 && d <= 122) {
        if (plain && len < LONGEST_ENGLISH) key = key * 32 + (d - 96);
        else plain = false;
        len++;
      } else if (len > 0) {
        words++;
        if (plain && ENGLISH_KEYS.has(key)) hits++;
        len = 0;
        key = 0;
        plain = true;
      }
      continue;
    }
    // One code unit of the lower-cased text (a few characters lower-case to two: an inner loop).
    let l: string | null = null;
    let li = 0;
    if (!(d >= 0x2000 && d <= 0x206f)) {
      // Punctuation U+2000-206F (curly quotes, dashes) is its own lower case; others are looked up.
      l = lowerOf(d);
      d = l.charCodeAt(0);
    }
    for (;;) {
      if (d >= 97 && d <= 122) {
        if (plain && len < LONGEST_ENGLISH) key = key * 32 + (d - 96);
        else plain = false;
        len++;
      } else if (d >= 0xc0 && d <= 0x24f) {
        plain = false;
        len++;
      } else if (len > 0) {
        words++;
        if (plain && ENGLISH_KEYS.has(key)) hits++;
        len = 0;
        key = 0;
        plain = true;
      }
      if (l === null || ++li >= l.length) break;
      d = l.charCodeAt(li);
    }
  }
  return englishVerdict(words, hits);
}
