// Rule `misquote`: the same speaker's words in quotation marks, given differently in two articles.
// Token alignment (longest common subsequence) tells a reworded quote from a different quote and
// names the words that differ.
import type { Quote } from '../types';

export interface QuotedWords {
  /** Words inside quotation marks, lower case, punctuation dropped. */
  words: string[];
  /** Each quoted segment as one string of words, for the partial-quote test. */
  segments: string[];
}

const QUOTED = /["\u201C\u201D]([^"\u201C\u201D]+)["\u201C\u201D]/g;

function wordsOf(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/\b(u)\.(s)\.?/g, 'us')
    .replace(/[\u2019']/g, "'")
    .split(/[^a-z0-9']+/)
    .filter(Boolean);
}

export function quotedWords(q: Quote): QuotedWords | null {
  if (q.type === 'indirect') return null;
  const segments: string[] = [];
  const text = q.text;
  let m: RegExpExecArray | null;
  QUOTED.lastIndex = 0;
  while ((m = QUOTED.exec(text))) segments.push(wordsOf(m[1]).join(' '));
  if (!segments.length && q.type === 'direct') segments.push(wordsOf(text).join(' '));
  const words = segments.join(' ').split(' ').filter(Boolean);
  return words.length ? { words, segments } : null;
}

/** Longest common subsequence as index pairs. Quotes are short, so O(n*m) is fine per candidate pair. */
function lcs(a: string[], b: string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const dp: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push([i, j]);
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  return out;
}

export interface Rewording {
  /** Share of the shorter quote's words found in order in the other. */
  similarity: number;
  onlyA: string[];
  onlyB: string[];
}

/**
 * Compares two quotations of one speaker. Null when they are the same words, when one is a
 * verbatim excerpt of the other (a partial quote is not a misquote), or when too few words align
 * for them to be the same remark.
 */
export function compareQuotations(a: QuotedWords, b: QuotedWords, minSimilarity = 0.6): Rewording | null {
  const ja = ' ' + a.words.join(' ') + ' ';
  const jb = ' ' + b.words.join(' ') + ' ';
  if (ja === jb) return null;
  if (a.segments.every((s) => jb.includes(' ' + s + ' ')) || b.segments.every((s) => ja.includes(' ' + s + ' '))) return null;
  const pairs = lcs(a.words, b.words);
  const similarity = pairs.length / Math.min(a.words.length, b.words.length);
  if (similarity < minSimilarity || pairs.length < 4) return null;
  const inA = new Set(pairs.map((p) => p[0]));
  const inB = new Set(pairs.map((p) => p[1]));
  // Only the stretch both quote: words one article quotes beyond the other's excerpt are not changes.
  const [a0, a1] = [pairs[0][0], pairs[pairs.length - 1][0]];
  const [b0, b1] = [pairs[0][1], pairs[pairs.length - 1][1]];
  const onlyA = a.words.filter((_, i) => i > a0 && i < a1 && !inA.has(i));
  const onlyB = b.words.filter((_, i) => i > b0 && i < b1 && !inB.has(i));
  if (!onlyA.length && !onlyB.length) return null;
  return { similarity, onlyA, onlyB };
}
