// Rule `misquote`: the same speaker's words in quotation marks, given differently in two articles.
// Token alignment (longest common subsequence) tells a reworded quote from a different quote and
// names the words that differ.
import type { Quote } from '../types';
import type { Clash, Statement } from '../findings';
import { isNegator } from '../findings/text';

export interface QuotedWords {
  /** Words inside quotation marks, lower case, punctuation dropped. */
  words: string[];
  /** Each quoted segment as one string of words, for the partial-quote test. */
  segments: string[];
  /**
   * Each sentence of each segment as one string of words, without a leading "and"/"but": the
   * remarks a quotation strings together ("X," she said, "and Y." and "X. Y." are the same two).
   */
  units: string[];
}

const QUOTED = /["\u201C\u201D]([^"\u201C\u201D]+)["\u201C\u201D]/g;

function wordsOf(s: string): string[] {
  return plainWordsOf(s) ?? wordsOfAny(s);
}

/** `wordsOf` for any text: lower case, "U.S." as "us", curly apostrophes straight, split on the rest. */
function wordsOfAny(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/\b(u)\.(s)\.?/g, 'us')
    .replace(/[\u2019']/g, "'")
    .split(/[^a-z0-9']+/)
    .filter(Boolean);
}

const APOSTROPHE = 0x2019;

/**
 * `wordsOfAny` in one pass over the characters, without the three whole-text copies, for text
 * where they agree: ASCII (and curly apostrophes) without "u.s". Undefined otherwise (a letter
 * outside ASCII can lower-case into one inside it, as the Kelvin sign does into "k").
 */
function plainWordsOf(s: string): string[] | undefined {
  const out: string[] = [];
  let start = -1;
  let upper = false;
  let curly = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (c >= 128 && c !== APOSTROPHE) return undefined;
    const lower = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
    const cap = c >= 65 && c <= 90;
    if (lower || cap || c === APOSTROPHE) {
      if (start < 0) {
        start = i;
        upper = false;
        curly = false;
      }
      if (cap) upper = true;
      else if (c === APOSTROPHE) curly = true;
      continue;
    }
    if (c === 46 && i > 0 && (s.charCodeAt(i - 1) | 32) === 117 && i + 1 < s.length && (s.charCodeAt(i + 1) | 32) === 115) return undefined;
    if (start < 0) continue;
    let w = s.slice(start, i);
    if (upper) w = w.toLowerCase();
    if (curly) w = w.replace(/\u2019/g, "'");
    out.push(w);
    start = -1;
  }
  return out;
}

const LINKING = new Set(['and', 'but', 'or', 'so']);

function unitsOf(segment: string): string[] {
  const out: string[] = [];
  for (const sentence of segment.replace(/\b(u)\.(s)\./gi, 'us').split(/[.!?;]+(?=\s|$)/)) {
    const w = wordsOf(sentence);
    while (w.length && LINKING.has(w[0])) w.shift();
    if (w.length) out.push(w.join(' '));
  }
  return out;
}

export function quotedWords(q: Quote): QuotedWords | null {
  if (q.type === 'indirect') return null;
  const segments: string[] = [];
  const units: string[] = [];
  const text = q.text;
  let m: RegExpExecArray | null;
  QUOTED.lastIndex = 0;
  while ((m = QUOTED.exec(text))) {
    segments.push(wordsOf(m[1]).join(' '));
    units.push(...unitsOf(m[1]));
  }
  if (!segments.length && q.type === 'direct') {
    segments.push(wordsOf(text).join(' '));
    units.push(...unitsOf(text));
  }
  const words = segments.join(' ').split(' ').filter(Boolean);
  return words.length ? { words, segments, units } : null;
}

/**
 * `quotedWords(q)?.units ?? []` without the words and segments (the cross-article digest keeps
 * only the sentences): a quotation with no words has no sentences either.
 */
export function quotedUnits(q: Quote): string[] {
  if (q.type === 'indirect') return [];
  const units: string[] = [];
  const text = q.text;
  let m: RegExpExecArray | null;
  let quoted = false;
  QUOTED.lastIndex = 0;
  while ((m = QUOTED.exec(text))) {
    quoted = true;
    units.push(...unitsOf(m[1]));
  }
  if (!quoted && q.type === 'direct') units.push(...unitsOf(text));
  return units;
}

/** Longest common subsequence as index pairs. Quotes are short, so O(n*m) is fine per candidate pair. */
let table = new Uint16Array(0);
function lcs(a: string[], b: string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  // One table reused across pairs (the search compares many), row i at i * w.
  if (table.length < (n + 1) * w) table = new Uint16Array((n + 1) * w * 2);
  const dp = table;
  for (let j = 0; j <= m; j++) dp[n * w + j] = 0;
  for (let i = n - 1; i >= 0; i--) {
    dp[i * w + m] = 0;
    for (let j = m - 1; j >= 0; j--) dp[i * w + j] = a[i] === b[j] ? dp[(i + 1) * w + j + 1] + 1 : Math.max(dp[(i + 1) * w + j], dp[i * w + j + 1]);
  }
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push([i, j]);
      i++;
      j++;
    } else if (dp[(i + 1) * w + j] >= dp[i * w + j + 1]) i++;
    else j++;
  }
  return out;
}

/** Words the two lists have in common, counted with repeats: an upper bound on their LCS. */
function commonWords(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of b) {
    const c = counts.get(w);
    if (c) {
      n++;
      counts.set(w, c - 1);
    }
  }
  return n;
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
 * for them to be the same remark. Sentences both give word for word are set aside first: two
 * quotations that share one remark and go on to different ones are two excerpts, not a rewording.
 */
export function compareQuotations(a: QuotedWords, b: QuotedWords, minSimilarity = 0.6): Rewording | null {
  const ja = ' ' + a.words.join(' ') + ' ';
  const jb = ' ' + b.words.join(' ') + ' ';
  if (ja === jb) return null;
  if (a.segments.every((s) => jb.includes(' ' + s + ' ')) || b.segments.every((s) => ja.includes(' ' + s + ' '))) return null;
  const ua = new Set(a.units);
  const ub = new Set(b.units);
  const restA = a.units.filter((u) => !ub.has(u));
  const restB = b.units.filter((u) => !ua.has(u));
  if (!restA.length || !restB.length) return null;
  const wa = restA.length === a.units.length ? a.words : restA.join(' ').split(' ');
  const wb = restB.length === b.units.length ? b.words : restB.join(' ').split(' ');
  return reworded(wa, wb, minSimilarity);
}

/** Share of the shorter statement's words that must align, in order, for two to be one remark. */
const SAME_REMARK = 0.8;

/** Two word lists aligned (longest common subsequence), or null when too few words can align. */
function aligned(aw: string[], bw: string[], minSimilarity: number): { pairs: [number, number][]; inA: Set<number>; inB: Set<number> } | null {
  const shorter = Math.min(aw.length, bw.length);
  // Most candidates are different remarks: rule them out before the alignment.
  const bound = commonWords(aw, bw);
  if (bound < 4 || bound < minSimilarity * shorter) return null;
  const pairs = lcs(aw, bw);
  if (pairs.length < 4 || pairs.length < minSimilarity * shorter) return null;
  return { pairs, inA: new Set(pairs.map((p) => p[0])), inB: new Set(pairs.map((p) => p[1])) };
}

/**
 * One speaker's two statements as the same remark told twice (two outlets cut or word one quote
 * differently): most of the shorter one's words align, in order, with the other's, and none of
 * the words only one of them gives is a word of negation or one of `heads` (the words a clash
 * between them turns on). "Will stay open" / "will not stay open", or "not close it, sell it" /
 * "not sell it, close it", are changed remarks, not the same one.
 */
export function sameRemark(a: string, b: string, heads: readonly string[] = []): boolean {
  const aw = wordsOf(a);
  const bw = wordsOf(b);
  const al = aligned(aw, bw, SAME_REMARK);
  if (!al) return false;
  const changed = (w: string) => isNegator(w) || heads.includes(w);
  for (let i = 0; i < aw.length; i++) if (!al.inA.has(i) && changed(aw[i])) return false;
  for (let j = 0; j < bw.length; j++) if (!al.inB.has(j) && changed(bw[j])) return false;
  return true;
}

/**
 * A negation clash between one person's two quotations that is the same remark read two ways (a
 * comma more, or the quote split by its cue, changes where a "not" is read to end): the clash
 * turns on words both give. Not for indirect speech, which the misquote rule does not compare, nor
 * for clashes of figures or opposite words.
 */
export function sameRemarkClash(a: Statement, b: Statement, clash: Clash): boolean {
  if (clash.kind !== 'negation' || a.type === 'indirect' || b.type === 'indirect' || a.source !== 'quote' || b.source !== 'quote') return false;
  return sameRemark(a.text, b.text, wordsOf(clash.about));
}

/**
 * Two word lists (two quoted sentences) as one remark reworded: enough words align in order, yet
 * words differ inside the stretch both give. Null otherwise.
 */
export function reworded(aw: string[], bw: string[], minSimilarity = 0.6): Rewording | null {
  const a = { words: aw };
  const b = { words: bw };
  const al = aligned(aw, bw, minSimilarity);
  if (!al) return null;
  const { pairs, inA, inB } = al;
  const similarity = pairs.length / Math.min(a.words.length, b.words.length);
  // Only the stretch both quote: words one article quotes beyond the other's excerpt are not changes.
  const [a0, a1] = [pairs[0][0], pairs[pairs.length - 1][0]];
  const [b0, b1] = [pairs[0][1], pairs[pairs.length - 1][1]];
  const onlyA = a.words.filter((_, i) => i > a0 && i < a1 && !inA.has(i));
  const onlyB = b.words.filter((_, i) => i > b0 && i < b1 && !inB.has(i));
  if (!onlyA.length && !onlyB.length) return null;
  // "X and Y" against "X. Y.": the same words, joined differently.
  if (onlyA.every((w) => LINKING.has(w)) && onlyB.every((w) => LINKING.has(w))) return null;
  return { similarity, onlyA, onlyB };
}
