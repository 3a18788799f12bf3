// Fast position lookups over one analysis (quote or speaker mention under the cursor, a speaker's
// quotes, the findings on a quote), built once per analysis and cached, so a hover or a cursor
// move costs a binary search, not a scan of a 20,000-word article. Pure: no `vscode`.
import type { Analysis, Finding, Quote, Span, Speaker, TextSpan } from '../core/types';

export interface Interval<T> {
  start: number;
  end: number;
  item: T;
}

export interface MentionHit {
  speaker: Speaker;
  mention: TextSpan;
}

export interface AnalysisLookup {
  quoteAt(offset: number): Quote | undefined;
  mentionAt(offset: number): MentionHit | undefined;
  speaker(id: string | null): Speaker | undefined;
  quotesOf(speakerId: string): Quote[];
  findingsOn(quote: Quote): Finding[];
  sentenceAt(offset: number): Span | undefined;
  /** Makes every index now (they are otherwise made on first use). */
  warm(): void;
}

const cache = new WeakMap<Analysis, AnalysisLookup>();

export function lookupFor(analysis: Analysis): AnalysisLookup {
  let lookup = cache.get(analysis);
  if (!lookup) {
    lookup = build(analysis);
    cache.set(analysis, lookup);
  }
  return lookup;
}

/**
 * Each index is made on its first use: the service asks for the lookup after every re-analysis,
 * and while the user types most analyses meet no hover (diagnostics read sentences only); made
 * all at once, the indexes cost about 5 ms of the editor's thread per analysis and their garbage.
 */
function build(analysis: Analysis): AnalysisLookup {
  let quoteIntervals: Interval<Quote>[] | undefined;
  let mentionIntervals: Interval<MentionHit>[] | undefined;
  let sentenceIntervals: Interval<Span>[] | undefined;
  let speakers: Map<string, Speaker> | undefined;
  let bySpeaker: Map<string, Quote[]> | undefined;
  let findingsByQuote: Map<Quote, Finding[]> | undefined;
  const quotes = () =>
    (quoteIntervals ??= sorted(analysis.quotes.flatMap((q) => [...q.spans, ...(q.cue ? [q.cue.span] : [])].map((s) => ({ start: s[0], end: s[1], item: q })))));
  const mentions = () =>
    (mentionIntervals ??= sorted(analysis.speakers.flatMap((sp) => sp.mentions.map((m) => ({ start: m.span[0], end: m.span[1], item: { speaker: sp, mention: m } })))));
  const sentences = () => (sentenceIntervals ??= sorted(analysis.article.sentences.map((s) => ({ start: s[0], end: s[1], item: s }))));
  const quotesBySpeaker = () => {
    if (bySpeaker) return bySpeaker;
    bySpeaker = new Map<string, Quote[]>();
    for (const q of analysis.quotes) {
      if (!q.speaker.id) continue;
      const list = bySpeaker.get(q.speaker.id) ?? [];
      list.push(q);
      bySpeaker.set(q.speaker.id, list);
    }
    return bySpeaker;
  };
  const findingsOnQuotes = () => {
    if (findingsByQuote) return findingsByQuote;
    findingsByQuote = new Map<Quote, Finding[]>();
    const intervals = quotes();
    const longestQuoteInterval = longest(intervals);
    for (const f of analysis.findings) {
      const spans = [f.span, ...f.related.filter((r) => !r.file).map((r) => r.span)];
      const hit = new Set<Quote>();
      for (const s of spans) for (const q of containing(intervals, s[0], s[1], longestQuoteInterval)) hit.add(q);
      for (const q of hit) {
        const list = findingsByQuote.get(q) ?? [];
        list.push(f);
        findingsByQuote.set(q, list);
      }
    }
    return findingsByQuote;
  };
  const speakersById = () => (speakers ??= new Map(analysis.speakers.map((s) => [s.id, s])));
  return {
    quoteAt: (offset) => at(quotes(), offset),
    mentionAt: (offset) => at(mentions(), offset),
    speaker: (id) => (id ? speakersById().get(id) : undefined),
    quotesOf: (id) => quotesBySpeaker().get(id) ?? [],
    findingsOn: (q) => findingsOnQuotes().get(q) ?? [],
    sentenceAt: (offset) => at(sentences(), offset),
    warm: () => {
      speakersById();
      mentions();
      sentences();
      quotesBySpeaker();
      findingsOnQuotes();
    },
  };
}

function sorted<T>(list: Interval<T>[]): Interval<T>[] {
  return list.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The innermost interval containing `offset` (end inclusive, so the caret right after a word counts). */
export function at<T>(list: readonly Interval<T>[], offset: number): T | undefined {
  let lo = 0;
  let hi = list.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Intervals rarely nest deeply; look back a few for the one that really contains the offset.
  for (let i = last; i >= 0 && i > last - 16; i--) {
    if (list[i].start <= offset && offset <= list[i].end) return list[i].item;
  }
  return undefined;
}

/** The length of the longest interval in `list`. */
export function longest(list: readonly Interval<unknown>[]): number {
  let max = 0;
  for (const i of list) if (i.end - i.start > max) max = i.end - i.start;
  return max;
}

/**
 * Items whose interval overlaps [start, end): binary search, then a walk back bounded by the
 * longest interval, `maxLen` (the caller computes it once per list: a cache keyed by the list
 * would hold every analysis's lists until a full collection).
 */
export function containing<T>(list: readonly Interval<T>[], start: number, end: number, maxLen = longest(list)): T[] {
  let lo = 0;
  let hi = list.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < end) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const out: T[] = [];
  for (let i = last; i >= 0 && list[i].start > start - maxLen - 1; i--) {
    if (list[i].end > start) out.push(list[i].item);
  }
  return out;
}

