// Attribution by splicing. Most edits (typing inside a sentence or a quotation) change one
// paragraph and no mention, name, relay or cue in it. Such a paragraph is re-read on its own; when
// a quotation neither runs into nor out of it, what it yields depends on its text alone, settling
// its quotes touches no other paragraph, and when what coreference reads from it (mentions,
// relays, cues, names, positions relative to each other) equals what it read before, every
// speaker, relay and quote elsewhere is the previous one, moved by the edit's length. The new
// answer is then the old one with this paragraph's quotes rewritten: no walk over the document
// but one tight loop that moves offsets. Anything else (an edit across paragraphs, in the lede, a
// changed mention) returns null and the engine computes it all.
import type { Article, Quote, Span, Speaker, TextSpan } from '../types';
import { paragraphLocal, quoteOf, type Attribution, type AttributionRun, type Draft, type ParaLocal, type Resolved } from '../attribution';
import { settleQuotes } from '../attribution/settle';
import type { QuoteRegion } from '../attribution/quoteMarks';
import type { PositionMap } from './diff';

/** What coreference reads from one settled draft; positions absolute when snapped. */
interface DraftIn {
  mention: unknown;
  viaMention: unknown;
  via: string | null;
  /** sameAs: a draft of the paragraph (its place among them), -1 one before it, -2 none, -3 one dropped. */
  same: number;
  cue: string | null;
  pos: number;
}

/** One paragraph as coreference saw it; positions are absolute at the time `start` was its start. */
interface ParaSnap {
  start: number;
  /** Drafts before settling. */
  pre: number;
  /** Where the last of them ended up (a later paragraph's quote may take its speaker): its place
   *  among the settled drafts, -2 none, -3 dropped. */
  last: number;
  drafts: DraftIn[];
  local: ParaLocal;
}

export interface AttrMemo {
  text: string;
  paraSpans: Span[];
  snaps: ParaSnap[];
  /** 1: a quotation runs across the paragraph or is left open in it (its neighbours depend on it). */
  linked: Uint8Array;
  /** Settled drafts (= quotes) before each paragraph; one more entry for the end. */
  firstQuote: Int32Array;
  resolved: Resolved;
  attribution: Attribution;
  framing: string;
}

/** The speakers stage's view of each draft, taken before coreference changes the drafts. */
export function draftInputs(drafts: Draft[]): DraftIn[] {
  return drafts.map((d) => ({ mention: d.mention, viaMention: d.viaMention, via: d.via, same: 0, cue: d.cue?.text ?? null, pos: d.pos }));
}

const framingOf = (a: Article): string =>
  `${a.headline?.span.join(',') ?? ''}|${a.headline?.text ?? ''}|${a.dateline?.span.join(',') ?? ''}|${a.dateline?.text ?? ''}`;

/** `done`'s run with the drafts' inputs as the speakers stage saw them: the memo for a later splice. */
export function attrMemo(text: string, article: Article, run: AttributionRun, inputs: DraftIn[]): AttrMemo {
  const n = run.paraSpans.length;
  const linked = new Uint8Array(n);
  for (const r of run.regions) {
    if (r.paras.length > 1 || !r.closed) for (const p of r.paras) linked[p] = 1;
  }
  const firstQuote = new Int32Array(n + 1);
  for (const d of run.drafts) firstQuote[d.para + 1]++;
  for (let p = 0; p < n; p++) firstQuote[p + 1] += firstQuote[p];
  const order = new Map<Draft, number>();
  run.drafts.forEach((d, k) => order.set(d, k));
  const snaps: ParaSnap[] = run.local.map((l, p) => ({ start: run.paraSpans[p][0], pre: l.drafts.length, last: lastRef(l.drafts, order, p, firstQuote[p]), drafts: [], local: l }));
  run.drafts.forEach((d, k) => {
    const inp = inputs[k];
    inp.same = sameRef(d.sameAs, order, d.para, firstQuote[d.para]);
    snaps[d.para].drafts.push(inp);
  });
  return { text, paraSpans: run.paraSpans, snaps, linked, firstQuote, resolved: run.resolved, attribution: run.attribution, framing: framingOf(article) };
}

function sameRef(s: Draft | null, order: Map<Draft, number>, para: number, first: number): number {
  if (s === null) return -2;
  if (s.para !== para) return -1;
  const k = order.get(s);
  return k === undefined ? -3 : k - first;
}

function lastRef(pre: Draft[], order: Map<Draft, number>, para: number, first: number): number {
  if (!pre.length) return -2;
  const k = order.get(pre[pre.length - 1]);
  return k === undefined ? -3 : k - first;
}

/** Fields that hold offsets: compared through the position map. */
const POSITION_FIELDS = new Set(['s', 'e', 'pos']);

/** `a` (old) and `b` (new) are the same input once b's offsets are mapped to the old text and a's moved by `shift`. */
function same(a: unknown, b: unknown, map: PositionMap, shift: number): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i], map, shift)) return false;
    return true;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let na = 0;
  for (const k in ra) {
    na++;
    if (!(k in rb)) return false;
    const x = ra[k];
    const y = rb[k];
    if (POSITION_FIELDS.has(k) && typeof x === 'number' && typeof y === 'number') {
      if (map.toOld(y) !== x + shift) return false;
    } else if (!same(x, y, map, shift)) return false;
  }
  let nb = 0;
  for (const k in rb) if (k in rb) nb++;
  return na === nb;
}

const moveSpan = (s: Span, d: number): Span => [s[0] + d, s[1] + d];
const moveText = (t: TextSpan, d: number): TextSpan => ({ text: t.text, span: moveSpan(t.span, d) });

function moveQuote(q: Quote, d: number): Quote {
  const out: Quote = {
    ...q,
    spans: q.spans.map((s) => moveSpan(s, d)),
    cue: q.cue && moveText(q.cue, d),
    speaker: { ...q.speaker, mentionSpan: q.speaker.mentionSpan && moveSpan(q.speaker.mentionSpan, d) },
  };
  if (q.cueParts) out.cueParts = q.cueParts.map((c) => moveText(c, d));
  return out;
}

/** Offsets at or after `from` (the end of the old changed stretch) move by `d`. */
function moveSpeakers(speakers: Speaker[], from: number, d: number): Speaker[] {
  return speakers.map((s) => {
    if (!s.mentions.some((m) => m.span[1] >= from)) return s;
    return { ...s, mentions: s.mentions.map((m) => (m.span[1] >= from ? { text: m.text, span: [m.span[0] >= from ? m.span[0] + d : m.span[0], m.span[1] + d] as Span } : m)) };
  });
}

/** The paragraph holding the whole change, or -1. */
function editedParagraph(old: Span[], map: PositionMap): number {
  let lo = 0;
  let hi = old.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (old[mid][1] < map.start) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo < old.length && old[lo][0] <= map.start && map.oldEnd <= old[lo][1] ? lo : -1;
}

export interface Spliced {
  attribution: Attribution;
  memo: AttrMemo;
  /** The edited paragraph's text before and after (their cached results are swapped). */
  oldKey: string;
  newKey: string;
  /** The paragraph's results as the engine's paragraph cache keeps them. */
  kept: ParaLocal;
}

/** A draft standing for "the last quote of the paragraphs before" while one paragraph is re-read. */
const BEFORE = { para: -1 } as Draft;

/**
 * The attribution of `article` from `memo` (the previous text's), or null when the edit may reach
 * beyond its paragraph's quotes. `lone`: the paragraph's quotation regions found alone (offsets
 * from its start) and whether one is left open.
 */
export function spliceAttribution(
  memo: AttrMemo,
  article: Article,
  map: PositionMap,
  paraSpans: Span[],
  lone: (span: Span) => { regions: { spans: Span[]; closed: boolean; nested: Span[] }[]; open: boolean },
): Spliced | null {
  const old = memo.paraSpans;
  const n = old.length;
  if (paraSpans.length !== n) return null;
  const e = editedParagraph(old, map);
  // The lede is read whole by coreference (a role named before its holder).
  if (e <= 0 || memo.linked[e] || memo.linked[e - 1]) return null;
  if (framingOf(article) !== memo.framing) return null;
  const delta = map.newEnd - map.oldEnd;
  // Every other paragraph where it was, moved by the edit; this one grown or shrunk by it.
  for (let p = 0; p < n; p++) {
    const [s, t] = old[p];
    const [ns, nt] = paraSpans[p];
    if (p < e ? ns !== s || nt !== t : p > e ? ns !== s + delta || nt !== t + delta : ns !== s || nt !== t + delta) return null;
  }
  const text = article.text;
  const span = paraSpans[e];
  const found = lone(span);
  if (found.open) return null;
  const at = span[0];
  const regions: QuoteRegion[] = found.regions.map((r) => ({ spans: r.spans.map((x) => moveSpan(x, at)), paras: r.spans.map(() => e), closed: r.closed, nested: r.nested.map((x) => moveSpan(x, at)) }));
  let before = false;
  for (let p = 0; p < e && !before; p++) before = memo.snaps[p].pre > 0;
  const local = paragraphLocal(article, span, e, regions, new Set(), before ? BEFORE : null, regions.length ? 0 : -1);
  const snap = memo.snaps[e];
  const pre = local.drafts.slice();
  const drafts = local.drafts.slice();
  // The cache of paragraph results keeps its own copy: settling changes drafts in place.
  const kept: ParaLocal = { ...local, drafts: local.drafts.map((d) => ({ ...d, spans: d.spans.slice(), regions: d.regions.slice() })) };
  kept.sameIdx.forEach((k, i) => (kept.drafts[i].sameAs = k === null ? null : k < 0 ? null : kept.drafts[k]));
  settleQuotes(text, drafts);
  drafts.sort((x, y) => x.pos - y.pos);
  const first = memo.firstQuote[e];
  if (drafts.length !== memo.firstQuote[e + 1] - first) return null;
  const order = new Map<Draft, number>();
  drafts.forEach((d, k) => order.set(d, k + first));
  const last = lastRef(pre, order, e, first);
  if (last === -3 || last !== snap.last || (pre.length > 0) !== (snap.pre > 0)) return null;
  // What coreference reads must be what it read: then its answer is the old one.
  const shift = old[e][0] - snap.start;
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    const was = snap.drafts[k];
    if (sameRef(d.sameAs, order, e, first) !== was.same || d.via !== was.via || (d.cue?.text ?? null) !== was.cue) return null;
    if (map.toOld(d.pos) !== was.pos + shift) return null;
    if (!same(was.mention, d.mention, map, shift) || !same(was.viaMention, d.viaMention, map, shift)) return null;
  }
  const l = snap.local;
  if (!same(l.names, local.names, map, shift) || !same(l.qualifiers, local.qualifiers, map, shift) || !same(l.embassies, local.embassies, map, shift)) return null;
  if (!same(l.pairs, local.pairs, map, shift) || !same(l.nationalities, local.nationalities, map, shift)) return null;

  const prevQuotes = memo.attribution.quotes;
  const quotes = prevQuotes.slice();
  for (let k = 0; k < drafts.length; k++) quotes[first + k] = quoteOf(text, drafts[k], first + k, prevQuotes[first + k].id, memo.resolved);
  const speakers = delta ? moveSpeakers(memo.attribution.speakers, map.oldEnd, delta) : memo.attribution.speakers;
  if (delta) for (let k = memo.firstQuote[e + 1]; k < quotes.length; k++) quotes[k] = moveQuote(prevQuotes[k], delta);
  const attribution = { quotes, speakers };
  const inputs = draftInputs(drafts);
  inputs.forEach((inp, k) => (inp.same = sameRef(drafts[k].sameAs, order, e, first)));
  const snaps = memo.snaps.slice();
  snaps[e] = { start: span[0], pre: pre.length, last, drafts: inputs, local: kept };
  return {
    attribution,
    memo: { ...memo, text, paraSpans, snaps, attribution },
    oldKey: memo.text.slice(old[e][0], old[e][1]),
    newKey: text.slice(span[0], span[1]),
    kept,
  };
}
