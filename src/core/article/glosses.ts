// Non-English glosses inside a paragraph, as wikis render a {{lang}} box: "((es))Spanish language:
// Si el Senado ...". The gloss runs until English resumes or the paragraph ends.
import type { Span } from '../types';
import { isSpace, NextIndex } from './lines';

const LANGUAGES =
  'Spanish|French|German|Italian|Portuguese|Russian|Chinese|Mandarin|Cantonese|Arabic|Persian|Farsi|Turkish|Polish|Ukrainian|Japanese|Korean|Hindi|Urdu|Bengali|Dutch|Swedish|Norwegian|Danish|Finnish|Greek|Hebrew|Khmer|Vietnamese|Thai|Indonesian|Malay|Tagalog|Filipino|Swahili|Czech|Slovak|Hungarian|Romanian|Serbian|Croatian|Bulgarian|Catalan|Basque|Latin|Welsh|Irish|Icelandic|Estonian|Latvian|Lithuanian|Georgian|Armenian|Azerbaijani|Kazakh|Uzbek|Pashto|Dari|Kurdish|Amharic|Somali|Hausa|Yoruba|Zulu|Afrikaans|Burmese|Lao|Nepali|Sinhala|Tamil|Telugu|Punjabi|Gujarati|Marathi';
// "((es))" language-code marker, optionally followed by "Spanish language:"; or the label alone.
const MARKER = new RegExp(`\\(\\([a-z]{2,3}(?:-[A-Za-z]{2,4})?\\)\\)(?:\\s*(?:${LANGUAGES})(?:\\s+language)?\\s*:)?|\\b(?:${LANGUAGES})\\s+language\\s*:`, 'g');

// Function words that are English and not also common in the usual gloss languages, so that two
// of them in a short window mean the English text has resumed.
const ENGLISH = new Set([
  'the', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'to', 'of', 'and', 'that', 'this', 'with',
  'for', 'at', 'by', 'from', 'which', 'who', 'he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'said', 'but',
  'not', 'be', 'been', 'an', 'also', 'after', 'could', 'should', 'we', 'our', 'when', 'while', 'into',
]);

const WORD = /[\p{L}'’]+/gu;

/** Where gloss markers may be; share one across the paragraphs of a text, in order. */
export interface GlossHints {
  marker: NextIndex;
  label: NextIndex;
}

/** Hints for paragraphs up to `limit`. The label's hint is "guage": every label holds "language"
 *  (after any white space, not only a plain space), and the engine's substring search skips
 *  ahead by the needle's first character, which a 'g' lets it do three times as fast as a space. */
export function glossHints(text: string, limit = text.length): GlossHints {
  return { marker: new NextIndex(text, '((', limit), label: new NextIndex(text, 'guage', limit) };
}

/** Gloss spans inside text[start, end). */
export function findGlosses(text: string, start: number, end: number, hints: GlossHints = glossHints(text)): Span[] {
  if (hints.marker.at(start) >= end && hints.label.at(start) >= end) return [];
  const slice = text.slice(start, end);
  const out: Span[] = [];
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(slice))) {
    const gStart = m.index;
    const words: { at: number; w: string }[] = [];
    WORD.lastIndex = m.index + m[0].length;
    let w: RegExpExecArray | null;
    let gEnd = slice.length;
    // Look ahead in a sliding window of six words for a capitalised word that opens English text.
    while ((w = WORD.exec(slice))) {
      words.push({ at: w.index, w: w[0] });
      if (words.length > 400) break;
    }
    for (let k = 1; k < words.length; k++) {
      const c = words[k].w.charCodeAt(0);
      if (!(c >= 65 && c <= 90)) continue;
      let english = 0;
      for (let j = k; j < Math.min(words.length, k + 6); j++) if (ENGLISH.has(words[j].w.toLowerCase())) english++;
      if (english >= 2) {
        gEnd = words[k].at;
        break;
      }
    }
    let e = gEnd;
    while (e > gStart && isSpace(slice.charCodeAt(e - 1))) e--;
    out.push([start + gStart, start + e]);
    MARKER.lastIndex = Math.max(gEnd, MARKER.lastIndex);
  }
  return out;
}
