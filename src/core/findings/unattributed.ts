// Rule `unattributed`: a body sentence in the article's own voice (outside every quote, with no
// cue of its own) that asserts something a reader would want a source for. Each finding says why.
import type { Article, Finding, Quote, Span } from '../types';
import { ATTRIBUTION_CUES, BACKGROUND, CHECKWORTHY, FRAMING, UNSOURCED_HEDGES } from './lexicon';
import { ANY, GATES, mayMatch } from './gates';
import { numberValue, tokenize, W_AMOUNT, type Token, type WordInfo, type Words } from './text';

export interface CheckWorthiness {
  /** "a figure", "an accusation", ... */
  why: string;
}

// Units after a number that make it a measurement of time or distance, not a count to check.
const MEASURE = /^(?:hours?|minutes?|seconds?|days?|weeks?|months?|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|ft|inches|storey|story|floors?|am|pm|a\.m|p\.m|gmt|utc|o'clock|month-old|year-old|day-old|week-old)$/i;
const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

/** Why a sentence is worth checking, or null when it is not; `words`: the sentence's, if at hand. */
export function checkWorthiness(sentence: string, words?: Words): CheckWorthiness | null {
  const hints = words ? words.hints : ANY;
  for (let k = 0; k < CHECKWORTHY.length; k++) if (mayMatch(hints, GATES.checkworthy[k]) && CHECKWORTHY[k][1].test(sentence)) return { why: CHECKWORTHY[k][0] };
  // A figure needs a number or a word of amount: without one, its tokens need not be made.
  if (words ? words.flags & W_AMOUNT && figureIn(words) : hasFigure(sentence)) return { why: 'a figure' };
  return null;
}

/**
 * A count, share or amount: a number that is not a year, a date, a clock time or a measure.
 * `tokens` may sit at any offset: only their text, kind and adjacency are read.
 */
export function hasFigure(sentence: string, tokens: Token[] = tokenize(sentence)): boolean {
  return figureAmong(tokens, null, (i) => tokens[i - 1].end === tokens[i].start);
}

/** hasFigure of a sentence's words, read from their infos: no Token objects are made. */
function figureIn(words: Words): boolean {
  const { infos, starts } = words;
  return figureAmong(infos, infos, (i) => starts[i - 1] + infos[i - 1].text.length === starts[i]);
}

/** What a figure's reading needs of a token. */
type Item = Pick<Token, 'text' | 'lower' | 'kind'>;

/** hasFigure over `tokens`, with their flags when given; `touching(i)`: token i starts where token i - 1 ends. */
function figureAmong(tokens: readonly Item[], infos: readonly WordInfo[] | null, touching: (i: number) => boolean): boolean {
  for (let i = 0; i < tokens.length; i++) {
    // A figure is a number or a word of amount: other tokens are passed over on one bit.
    if (infos && !(infos[i].flags & W_AMOUNT)) continue;
    const t = tokens[i];
    const v = numberValue(t);
    if (v === null && !/^(?:half|quarter|third|dozens?|hundreds|thousands|millions|billions)$/.test(t.lower)) continue;
    if (t.lower === 'one' || t.lower === 'zero') continue; // "one of", "one day": not a figure
    if (t.kind === 'num' && /^(?:1[89]|20)\d\d$/.test(t.lower)) continue; // a year
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if ((prev && MONTHS.test(prev.text)) || (next && MONTHS.test(next.text))) continue; // a date
    if (next && (next.lower === ':' || MEASURE.test(next.lower))) continue;
    if (prev && prev.lower === ':') continue; // minutes of a clock time
    if (prev && touching(i) && prev.kind === 'word') continue; // part of a name ("FM105")
    // An age in apposition: "Ann Smith, 39, said" / "aged 40 and 49"
    if (prev && prev.lower === ',' && next && (next.lower === ',' || next.lower === 'and')) continue;
    if (prev && prev.lower === 'and' && tokens[i - 2] && numberValue(tokens[i - 2]) !== null && tokens[i - 3]?.lower === ',') continue;
    if (prev && /^aged?$/.test(prev.lower)) continue;
    if (next && next.lower === '-' && tokens[i + 2] && MEASURE.test(tokens[i + 2].lower)) continue;
    if (prev && /^(?:at|no|number|route|flight|article|section|chapter|page)$/.test(prev.lower)) continue;
    return true;
  }
  return false;
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** What the words of an uncovered sentence say: worth a finding (and why), or null. */
export interface Verdict {
  cw: CheckWorthiness;
  hedged: boolean;
}

/** `words`: the sentence's, if at hand (their gate bits let most regexes be skipped). */
function verdict(text: string, words?: Words): Verdict | null {
  const hints = words ? words.hints : ANY;
  // Quoted words are someone's words: the sentence reports them, even where the engine found no cue.
  if (mayMatch(hints, GATES.quoteMark) && /["\u201C\u201D]/.test(text)) return null;
  if (mayMatch(hints, GATES.background) && BACKGROUND.test(text)) return null; // what the law provides, not a claim about the event
  const hedged = mayMatch(hints, GATES.unsourced) && UNSOURCED_HEDGES.test(text);
  if (!hedged && mayMatch(hints, GATES.attribution) && ATTRIBUTION_CUES.test(text)) return null; // it names its own source
  if (!hedged && mayMatch(hints, GATES.framing) && FRAMING.test(text)) return null; // the article's account of who said what
  const cw = checkWorthiness(text, words);
  return cw ? { cw, hedged } : null;
}

/** The verdict on the sentence at `span`, through a cache kept by the incremental API. */
export type VerdictCache = (span: Span, compute: () => Verdict | null) => Verdict | null;

/** `ownWords`: words of sentences already tokenized (by start), as `articleStatements` leaves them. */
export function findUnattributed(article: Article, sentences: Span[], quotes: readonly Quote[], verdicts?: VerdictCache, ownWords?: Map<number, Words>): Finding[] {
  const taken = takenSpans(quotes);
  // Sentences in text order (as bodySentences gives them) are marked span by span; others are
  // compared with the spans sorted by start, as they come.
  const covered = inTextOrder(sentences) ? coveredSentences(sentences, taken) : null;
  if (!covered) taken.sort((a, b) => a[0] - b[0]);
  let k = 0;
  const out: Finding[] = [];
  const lead = sentences[0];
  const quoted = insideQuotation(article, sentences);
  for (let si = 0; si < sentences.length; si++) {
    const span = sentences[si];
    // The lead sentence announces the story that the sourced paragraphs below then tell.
    if (span === lead) continue;
    if (quoted[si]) continue;
    if (covered) {
      if (covered[si]) continue;
    } else {
      while (k < taken.length && taken[k][1] <= span[0]) k++;
      let hit = false;
      for (let j = k; j < taken.length && taken[j][0] < span[1]; j++) if (overlaps(taken[j], span)) hit = true;
      if (hit) continue;
    }
    const v = verdicts
      ? verdicts(span, () => verdict(article.text.slice(span[0], span[1]), ownWords?.get(span[0])))
      : verdict(article.text.slice(span[0], span[1]), ownWords?.get(span[0]));
    if (!v) continue;
    const { cw, hedged } = v;
    out.push({
      rule: 'unattributed',
      severity: 'information',
      span,
      message: `Unattributed: ${cw.why} with no source${hedged ? ' ("reportedly" names none)' : ''}.`,
      related: [],
      data: { why: cw.why },
    });
  }
  return out;
}

/** What a quote covers in the text: its spans, its cue and the mention of its speaker. */
function takenSpans(quotes: readonly Quote[]): Span[] {
  const taken: Span[] = [];
  for (const q of quotes) {
    for (const s of q.spans) taken.push(s);
    if (q.cue) taken.push(q.cue.span);
    if (q.speaker.mentionSpan) taken.push(q.speaker.mentionSpan);
  }
  return taken;
}

/** Whether the spans' starts and their ends each come in order. */
function inTextOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i - 1][0] > spans[i][0] || spans[i - 1][1] > spans[i][1]) return false;
  return true;
}

/**
 * For sentences in text order, true for each one that a span of `taken` overlaps: the sentences
 * a span overlaps (ending after its start, starting before its end) are a run, from the first
 * that ends after its start (found a few steps on from the last span's, else by a binary search;
 * no sort of the spans).
 */
export function coveredSentences(sentences: readonly Span[], taken: readonly Span[]): boolean[] {
  const n = sentences.length;
  const out = new Array<boolean>(n).fill(false);
  const ends: number[] = [];
  for (let j = 0; j < n; j++) ends.push(sentences[j][1]);
  // The last span's first sentence: spans mostly come in text order (a quote, its cue, its
  // speaker, the next quote), so the next one's is found a few steps on from it.
  let lo = 0;
  for (const t of taken) {
    const from = t[0];
    let hi = n;
    if (lo > 0 && ends[lo - 1] > from) {
      // Before the last span's first sentence: searched for among those before it.
      hi = lo;
      lo = 0;
    } else {
      let step = 0;
      while (lo < n && ends[lo] <= from && step < 4) (lo++, step++);
      if (lo >= n || ends[lo] > from) hi = lo;
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] > from) hi = mid;
      else lo = mid + 1;
    }
    for (let j = lo; j < n && sentences[j][0] < t[1]; j++) out[j] = true;
  }
  return out;
}

/**
 * For each sentence, true when it starts inside a quotation opened earlier in its paragraph.
 * One pass over the text in order of sentence start (paragraphs are sorted and disjoint), so a
 * paragraph is never rescanned from its start: linear even on one huge paragraph.
 */
// Any quotation mark: one search finds the next of the three. An indexOf per kind read the text
// three times, and on a two-byte string (text with curly quotes, dashes or accented names) each
// ran slowly; test(), not exec(): no match array per mark. In one-byte text (no curly marks)
// indexOf of the straight mark is fastest.
const QUOTATION_MARK = /["\u201C\u201D]/g;
/** A character past U+00FF: the test fails at once on a one-byte string (the compiled regex
 *  knows none can match there), and finds one early in most others. */
const WIDE = /[^\x00-\xff]/;

/** Where the next quotation mark at or after `from` is in `text`, Infinity if nowhere; `wide`:
 *  the text holds a character past U+00FF (so maybe a curly mark). */
function nextMarkAt(text: string, from: number, wide: boolean): number {
  if (!wide) {
    const at = text.indexOf('"', from);
    return at < 0 ? Infinity : at;
  }
  QUOTATION_MARK.lastIndex = from;
  return QUOTATION_MARK.test(text) ? QUOTATION_MARK.lastIndex - 1 : Infinity;
}

export function insideQuotation(article: Article, sentences: readonly Span[]): boolean[] {
  const out = new Array<boolean>(sentences.length).fill(false);
  // In order of start: as they come when they come so (bodySentences'), else sorted.
  const order: number[] = [];
  for (let i = 0; i < sentences.length; i++) order.push(i);
  let sorted = true;
  for (let i = 1; i < sentences.length && sorted; i++) sorted = sentences[i - 1][0] <= sentences[i][0];
  if (!sorted) order.sort((x, y) => sentences[x][0] - sentences[y][0]);
  const paras = article.paragraphs;
  const text = article.text;
  let pi = 0;
  let scanned = -1; // position up to which `open` is counted, in paragraph `pi`
  let open = 0;
  let nextMark = -1; // position of the first mark at or after `scanned`, once searched
  let wide: boolean | undefined; // asked at the first search
  for (const i of order) {
    const start = sentences[i][0];
    while (pi < paras.length && paras[pi][1] <= start) {
      pi++;
      scanned = -1;
    }
    if (pi >= paras.length || paras[pi][0] > start) continue; // in no paragraph
    if (scanned < 0) {
      scanned = paras[pi][0];
      open = 0;
    }
    // Jump from mark to mark (most characters are not marks); the next mark found is kept, so no
    // search passes the same stretch twice.
    for (;;) {
      if (nextMark < scanned) nextMark = nextMarkAt(text, scanned, (wide ??= WIDE.test(text)));
      if (nextMark >= start) break;
      const ch = text.charCodeAt(nextMark);
      if (ch === 0x201c) open++;
      else if (ch === 0x201d) open = Math.max(0, open - 1);
      else open = open ? 0 : 1;
      scanned = nextMark + 1;
    }
    scanned = start;
    out[i] = open > 0;
  }
  return out;
}
