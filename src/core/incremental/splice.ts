// Attribution by splicing. Most edits (typing inside a sentence or a quotation) change one
// paragraph and no mention, name, relay or cue in it. Such a paragraph is re-read on its own, or
// with the paragraphs a quotation runs across from or into it (the stretch whose regions are
// paired together): what the stretch yields depends on its text alone, settling its quotes
// touches no other paragraph, and when what coreference reads from it (mentions, relays, cues,
// names, positions relative to each other) equals what it read before, every speaker, relay and
// quote elsewhere is the previous one, moved by the edit's length. The new answer is then the old
// one with the stretch's quotes rewritten: no walk over the document but one tight loop that
// moves offsets. When what coreference reads changed, it runs again over the kept drafts (and
// stops once it is back on the last run's track, corefResume.ts). Anything else (an edit across
// paragraphs, in the lede) returns null and the engine computes it all.
import type { Article, Quote, QuoteSpeaker, Span, Speaker, TextSpan } from '../types';
import { movedName, movedPair, paragraphLocal, quoteOf, resolveSpeakers, type Attribution, type AttributionRun, type Draft, type ParaLocal, type Resolved, type Setting } from '../attribution';
import { settleQuotes } from '../attribution/settle';
import type { MentionInfo } from '../attribution/speakers';
import { corefEvery, resolveStopping, resumePoint, traceBefore, type LaterTail } from './corefResume';
import { LateMentions } from './late';
import { addMove, movedResolved, movedSetting, type PendingMoves } from './corefMoves';
import { alone as aloneRegions, regionsOf, runsOn, type LoneRegions } from './regions';
import type { PositionMap } from '../diff';
import { mentionMoves, shiftMentionSpanFrom, shiftSpan, shiftTextSpan, withMentions } from '../shift';
import { detached } from '../detached';

/** What coreference reads from one settled draft; positions absolute when snapped. */
interface DraftIn {
  mention: MentionInfo | null;
  viaMention: MentionInfo | null;
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
  /** Stand-in drafts, made when first needed and reused (set to where the paragraph now sits) by
   *  every later coreference run (see standIns). */
  stand?: Draft[];
}

export interface AttrMemo {
  text: string;
  paraSpans: Span[];
  snaps: ParaSnap[];
  /** Settled drafts (= quotes) before each paragraph; one more entry for the end. */
  firstQuote: Int32Array;
  resolved: Resolved;
  attribution: Attribution;
  framing: string;
  /** What coreference read besides the drafts. */
  setting: Setting;
  /** Moves made since `resolved` and `setting` were made (edits that kept coreference's answer),
   *  applied when a run reads them (corefMoves.ts). */
  corefMoves?: PendingMoves;
  /** Coreference's lookups over the drafts no run read, from the last edit (corefResume.ts). */
  laterTail: LaterTail;
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
  return { text, paraSpans: run.paraSpans, snaps, firstQuote, resolved: run.resolved, attribution: run.attribution, framing: framingOf(article), setting: run.setting, laterTail: { tail: null } };
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


/** A quote moved by `d`, written field by field in quoteOf's order (an object spread of each
 *  quote and its speaker was much of a typed letter's cost on a long article). */
// Every field of Quote and QuoteSpeaker, checked by the compiler: one added there must be copied in moveQuote too.
const QUOTE_FIELDS: Record<keyof Quote, true> = { id: true, type: true, spans: true, text: true, cue: true, cueParts: true, speaker: true, via: true };
const QUOTE_SPEAKER_FIELDS: Record<keyof QuoteSpeaker, true> = { id: true, entity: true, mention: true, mentionSpan: true };
void QUOTE_FIELDS;
void QUOTE_SPEAKER_FIELDS;

function moveQuote(q: Quote, d: number, id = q.id, sid = q.speaker.id, sname = q.speaker.entity, via = q.via): Quote {
  const sp = q.speaker;
  const speaker = { id: sid, entity: sname, mention: sp.mention, mentionSpan: sp.mentionSpan && (d ? shiftSpan(sp.mentionSpan, d) : sp.mentionSpan) };
  // Copies of the exact length, then written over (an array grown by push from empty reserves room for 17).
  const spans = q.spans.slice();
  if (d) for (let i = 0; i < spans.length; i++) spans[i] = shiftSpan(spans[i], d);
  const cue = q.cue && (d ? shiftTextSpan(q.cue, d) : q.cue);
  if (!q.cueParts) return { id, type: q.type, spans, text: q.text, cue, speaker, via };
  const cueParts = q.cueParts.slice();
  if (d) for (let i = 0; i < cueParts.length; i++) cueParts[i] = shiftTextSpan(cueParts[i], d);
  return { id, type: q.type, spans, text: q.text, cue, cueParts, speaker, via };
}

/** Offsets at or after `from` (the end of the old changed stretch, begun at `start`) move by `d`
 *  (shiftMentionSpanFrom: a mention ending where text was inserted stays). */
function moveSpeakers(speakers: Speaker[], start: number, from: number, d: number): Speaker[] {
  const out: Speaker[] = [];
  for (let k = 0; k < speakers.length; k++) {
    const s = speakers[k];
    const ms = s.mentions;
    let i = 0;
    while (i < ms.length && !mentionMoves(ms[i], start, from)) i++;
    if (i === ms.length) {
      out.push(s);
      continue;
    }
    const mentions = ms.slice();
    for (; i < ms.length; i++) mentions[i] = shiftMentionSpanFrom(ms[i], start, from, d);
    out.push(withMentions(s, mentions));
  }
  return out;
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
  /** The paragraph's results as the engine's paragraph cache keeps them (none when a quotation
   *  links it to another: the cache keeps only paragraphs read on their own). */
  kept: ParaLocal | undefined;
  /** Coreference was run again (its answer changed or may have). */
  recomputed?: boolean;
  /** After coreference ran again: every quote outside the paragraph kept its number, speaker and
   *  speaker's name and kind (its relay may differ), so what the findings read of it is as before. */
  sameOutside?: boolean;
  /** Each quote's place in the previous analysis when it was kept or moved (same content), else -1. */
  from: (k: number) => number;
  /** The paragraphs read again (among the body paragraphs), [index, last]: the edited one and
   *  those a quotation links to it; their quotes' places [first, end). */
  index: number;
  last: number;
  firstQuote: number;
  endQuote: number;
}

/** A draft standing for "the last quote of the paragraphs before" while one paragraph is re-read. */
const BEFORE = { para: -1 } as Draft;

/**
 * The attribution of `article` from `memo` (the previous text's), or null when the edit may reach
 * beyond the quotes of its paragraph and of those a quotation links to it. `lone`: a paragraph's
 * quotation regions found alone (offsets from its start) and whether one is left open.
 */
export function spliceAttribution(
  memo: AttrMemo,
  article: Article,
  map: PositionMap,
  paraSpans: Span[],
  lone: (span: Span) => LoneRegions,
): Spliced | null {
  const old = memo.paraSpans;
  const n = old.length;
  if (paraSpans.length !== n) return null;
  const e = editedParagraph(old, map);
  // The lede is read whole by coreference (a role named before its holder).
  if (e <= 0) return null;
  if (framingOf(article) !== memo.framing) return null;
  const delta = map.newEnd - map.oldEnd;
  // Every other paragraph where it was, moved by the edit; this one grown or shrunk by it.
  // (Indexed, not destructured: run once per edit, this loop mostly runs unoptimised, where
  // each destructuring makes an iterator.)
  for (let p = 0; p < n; p++) {
    const o = old[p];
    const q = paraSpans[p];
    const s = o[0];
    const t = o[1];
    const ns = q[0];
    const nt = q[1];
    if (p < e ? ns !== s || nt !== t : p > e ? ns !== s + delta || nt !== t + delta : ns !== s || nt !== t + delta) return null;
  }
  const text = article.text;
  // The paragraphs read again: the edited one and the run a quotation links it to, before the
  // edit or after it (left open in one paragraph, the next opening with a mark). Outside that
  // stretch the regions, and so each paragraph's results, are the previous ones.
  // Each paragraph's regions looked up once (the stretch's are read twice).
  const lones: LoneRegions[] = [];
  const loneOf = (p: number): LoneRegions => lones[p] ?? (lones[p] = lone(paraSpans[p]));
  const [a, b] = linkedStretch(memo.text, text, old, paraSpans, e, loneOf);
  if (a <= 0) return null;
  const spans = paraSpans.slice(a, b + 1);
  const regions = regionsOf(text, spans, spans.map((_, i) => loneOf(a + i)), a);
  const firstRegion: number[] = spans.map(() => -1);
  const alone: boolean[] = spans.map(() => true);
  regions.forEach((r, id) => {
    if (firstRegion[r.paras[0] - a] < 0) firstRegion[r.paras[0] - a] = id;
    if (r.paras.length > 1) for (const p of r.paras) alone[p - a] = false;
  });
  let before = false;
  for (let p = 0; p < a && !before; p++) before = memo.snaps[p].pre > 0;
  // Each paragraph read as findAttributions reads it: in order, with the last draft so far.
  const consumed = new Set<number>();
  const pre: Draft[] = [];
  const locals: ParaLocal[] = [];
  let kept: ParaLocal | undefined;
  for (let p = a; p <= b; p++) {
    const local = paragraphLocal(article, paraSpans[p], p, regions, consumed, pre[pre.length - 1] ?? (before ? BEFORE : null), firstRegion[p - a]);
    for (const d of local.drafts) pre.push(d);
    locals.push(local);
    // The cache of paragraph results keeps its own copy (settling changes drafts in place), and
    // only of a paragraph read on its own, as findAttributions stores them.
    if (p === e && alone[p - a]) {
      const k: ParaLocal = { ...local, drafts: local.drafts.map((d) => ({ ...d, spans: d.spans.slice(), regions: d.regions.slice() })) };
      k.sameIdx.forEach((x, i) => (k.drafts[i].sameAs = x === null ? null : x < 0 ? null : k.drafts[x]));
      kept = k;
    }
  }
  const drafts = pre.slice();
  settleQuotes(text, drafts);
  drafts.sort((x, y) => x.pos - y.pos);
  const first = memo.firstQuote[a];
  const order = new Map<Draft, number>();
  drafts.forEach((d, k) => order.set(d, k + first));
  // Settled drafts by paragraph, in reading order (as attrMemo groups them).
  const counts: number[] = spans.map(() => 0);
  for (let k = 0; k < drafts.length; k++) {
    const p = drafts[k].para;
    if (k > 0 && p < drafts[k - 1].para) return null;
    counts[p - a]++;
  }
  const snaps = memo.snaps.slice();
  let fq = first;
  let lastPre = -2; // where the stretch's last draft before settling ended up (see ParaSnap.last)
  let hadPre = false;
  let same = true;
  for (let p = a; p <= b; p++) {
    const l = locals[p - a];
    const c = counts[p - a];
    const mine = drafts.slice(fq - first, fq - first + c);
    const last = lastRef(l.drafts, order, p, fq);
    const inputs = draftInputs(mine);
    inputs.forEach((inp, k) => (inp.same = sameRef(mine[k].sameAs, order, p, fq)));
    const snap: ParaSnap = { start: paraSpans[p][0], pre: l.drafts.length, last, drafts: inputs, local: p === e && kept ? kept : l };
    const was = memo.snaps[p];
    if (same) same = last === was.last && sameForCoreference(was, snap, c, map, old[p][0] - was.start);
    if (was.pre > 0) hadPre = true;
    if (l.drafts.length) lastPre = last;
    snaps[p] = snap;
    fq += c;
  }
  // A quote dropped in settling may still lend its speaker to a later paragraph's; and whether any
  // quote comes before a paragraph decides what a lone quotation there is given.
  if (lastPre === -3 || (!before && (pre.length > 0) !== hadPre)) return null;
  // newKey is kept in the paragraph stores for later analyses: a copy, not a view of this text (detached.ts).
  const keys = { oldKey: memo.text.slice(old[e][0], old[e][1]), newKey: detached(text.slice(paraSpans[e][0], paraSpans[e][1])), kept };
  const end = first + drafts.length;
  if (same) {
    // What coreference reads is what it read: its answer is the old one.
    const prevQuotes = memo.attribution.quotes;
    const quotes = prevQuotes.slice();
    for (let k = 0; k < drafts.length; k++) quotes[first + k] = quoteOf(text, drafts[k], first + k, prevQuotes[first + k].id, memo.resolved);
    const speakers = delta ? moveSpeakers(memo.attribution.speakers, map.start, map.oldEnd, delta) : memo.attribution.speakers;
    if (delta) for (let k = memo.firstQuote[b + 1]; k < quotes.length; k++) quotes[k] = moveQuote(prevQuotes[k], delta);
    const attribution = { quotes, speakers };
    // The trace is kept, its moves recorded (corefMoves.ts); past too many, cut before the first as before.
    const pending = delta ? addMove(memo.corefMoves, { oldEnd: map.oldEnd, delta }, first) : memo.corefMoves;
    const coref = pending
      ? { resolved: memo.resolved, corefMoves: pending }
      : { resolved: traceBefore(memo.resolved, Math.min(first, memo.corefMoves?.first ?? first)), corefMoves: undefined };
    return { attribution, memo: { ...memo, text, paraSpans, snaps, attribution, ...coref }, ...keys, from: (k) => (k < first || k >= end ? k : -1), index: a, last: b, firstQuote: first, endQuote: end };
  }
  return recoreference(memo, article, paraSpans, a, b, drafts, snaps, map, keys);
}

/** The stretch [a, b] of paragraphs around `e` (the edited one) that a quotation links to it, in
 *  the old text or the new: pairs of paragraphs that do not touch `e` read the same in both. */
function linkedStretch(was: string, text: string, old: Span[], now: Span[], e: number, lone: (p: number) => LoneRegions): [number, number] {
  // Pair (p - 1, p): a quotation left open in p - 1 runs on into p, as regionsStage pairs them.
  const linkedNow = (p: number) => lone(p - 1).open && runsOn(text, now[p - 1], now[p]);
  // (Paragraph e - 1 reads the same then and now: its regions are the ones looked up.)
  const linkedThen = (p: number) => (p === e ? lone(e - 1) : aloneRegions(was, old[p - 1])).open && runsOn(was, old[p - 1], old[p]);
  const linked = (p: number) => linkedNow(p) || ((p === e || p === e + 1) && linkedThen(p));
  let a = e;
  while (a > 0 && linked(a)) a--;
  let b = e;
  while (b + 1 < now.length && linked(b + 1)) b++;
  return [a, b];
}

/** The old paragraph's settled drafts and names read by coreference equal the new one's. */
function sameForCoreference(was: ParaSnap, now: ParaSnap, count: number, map: PositionMap, shift: number): boolean {
  if (was.drafts.length !== count) return false;
  for (let k = 0; k < count; k++) {
    const a = was.drafts[k];
    const b = now.drafts[k];
    if (a.same !== b.same || a.via !== b.via || a.cue !== b.cue || map.toOld(b.pos) !== a.pos + shift) return false;
    if (!same(a.mention, b.mention, map, shift) || !same(a.viaMention, b.viaMention, map, shift)) return false;
  }
  const l = was.local;
  const m = now.local;
  return (
    same(l.names, m.names, map, shift) && same(l.qualifiers, m.qualifiers, map, shift) && same(l.embassies, m.embassies, map, shift) &&
    same(l.pairs, m.pairs, map, shift) && same(l.nationalities, m.nationalities, map, shift)
  );
}

/**
 * Coreference again over the drafts as they were (every other paragraph's, moved to where it now
 * sits) and the new ones of the paragraphs read again, [a, b]: the others are not read again.
 * Every quote keeps its spans and text; its number, speaker and relay are the new run's.
 */
function recoreference(
  memo: AttrMemo,
  article: Article,
  paraSpans: Span[],
  a: number,
  b: number,
  fresh: Draft[],
  snaps: ParaSnap[],
  map: PositionMap,
  keys: { oldKey: string; newKey: string; kept: ParaLocal | undefined },
): Spliced | null {
  const n = paraSpans.length;
  const pending = memo.corefMoves;
  const setting = pending ? movedSetting(memo.setting, pending.moves) : memo.setting;
  // The article's country and embassy are read from every paragraph: kept only when these name the same.
  for (let p = a; p <= b; p++) {
    const was = memo.snaps[p].local;
    const now = snaps[p].local;
    const shift = memo.paraSpans[p][0] - memo.snaps[p].start;
    if (!same(was.nationalities, now.nationalities, map, shift) || !same(was.embassies, now.embassies, map, shift)) return null;
  }
  const drafts: Draft[] = [];
  const names: ParaLocal['names'] = [];
  const qualifiers: ParaLocal['qualifiers'] = [];
  const pairs: ParaLocal['pairs'] = [];
  const firstQuote = new Int32Array(n + 1);
  let lastBefore: Draft | null = null; // the last draft before settling of the paragraphs read so far
  let k0 = 0;
  // Stand-ins of moved paragraphs get their moved mentions only when a run reads them (late.ts).
  const late = new LateMentions();
  for (let p = 0; p < n; p++) {
    const snap = snaps[p];
    const d = paraSpans[p][0] - snap.start;
    let own: Draft[];
    if (p >= a && p <= b) {
      own = [];
      for (let k = 0; k < snap.drafts.length; k++) {
        const x = fresh[k0 + k];
        if (x.sameAs === BEFORE) {
          if (lastBefore === DROPPED) return null;
          x.sameAs = lastBefore;
        }
        own.push(x);
      }
      k0 += own.length;
    } else {
      own = standIns(snap, d, p, late, drafts.length);
      for (let k = 0; k < own.length; k++) {
        const r = snap.drafts[k].same;
        if (r >= 0) own[k].sameAs = own[r];
        else if (r === -1) {
          // A draft dropped in settling lent its speaker: where it went is not kept.
          if (lastBefore === DROPPED) return null;
          own[k].sameAs = lastBefore;
        }
        // -3: a draft of its own paragraph dropped in settling, -2: none.
        else if (r === -3) own[k].sameAs = DROPPED;
      }
    }
    if (snap.pre > 0) lastBefore = snap.last >= 0 ? own[snap.last] : DROPPED;
    // Indexed loops: run once per edit, this mostly runs unoptimised, where for-of makes an
    // iterator and a result object per item.
    for (let i = 0; i < own.length; i++) drafts.push(own[i]);
    firstQuote[p + 1] = firstQuote[p] + own.length;
    const l = snap.local;
    for (let i = 0; i < l.names.length; i++) names.push(d ? movedName(l.names[i], d) : l.names[i]);
    for (let i = 0; i < l.qualifiers.length; i++) qualifiers.push(l.qualifiers[i]);
    for (let i = 0; i < l.pairs.length; i++) pairs.push(d ? movedPair(l.pairs[i], d) : l.pairs[i]);
  }
  const newSetting: Setting = { ...setting, names, qualifiers, pairs, nextEnd: paraSpans[1]?.[1] ?? 0 };
  const fe = firstQuote[a];
  // The last run's trace moved by the edits since (only the checkpoints a run below can read: two past the stretch).
  const every = corefEvery();
  const prevResolved = pending ? (movedResolved(memo.resolved, pending, Math.ceil((fe + fresh.length) / every) + 2) ?? traceBefore(memo.resolved, pending.first)) : memo.resolved;
  // The drafts before the stretch's are the last run's: coreference resumes from a checkpoint before them when it can.
  const resume = resumePoint(prevResolved.trace, setting, newSetting, fe, Math.min(map.start, paraSpans[a][0])) ?? undefined;
  // ... and stops once its registry is the last run's, when it can tell.
  const moved = { start: map.start, oldEnd: map.oldEnd, delta: map.newEnd - map.oldEnd };
  const resolved =
    resolveStopping(drafts, setting, newSetting, prevResolved, memo.attribution.speakers, fe + fresh.length, resume, moved, (k) => paraSpans[drafts[k].para][0], late, memo.laterTail) ??
    (late.settle(drafts, drafts.length), resolveSpeakers(drafts, newSetting, corefEvery(), resume));
  const text = article.text;
  const prevQuotes = memo.attribution.quotes;
  const delta = map.newEnd - map.oldEnd;
  const quotes: Quote[] = new Array(drafts.length);
  let sameOutside = true;
  const count = fresh.length;
  const oldCount = memo.firstQuote[b + 1] - memo.firstQuote[a];
  for (let k = 0; k < drafts.length; k++) {
    if (k >= fe && k < fe + count) {
      quotes[k] = quoteOf(text, drafts[k], k, `q${k + 1}`, resolved);
      continue;
    }
    // The quote as it was, moved, with this run's number, speaker and relay.
    const oldK = k < fe ? k : k - count + oldCount;
    const q = prevQuotes[oldK];
    // Quotes are numbered by place (the k-th is `q${k + 1}`, here as in findAttributions): one
    // keeps its number when it keeps its place, so no number is written out for the others.
    const sameId = oldK === k;
    const ent = resolved.entity[k];
    const sid = ent < 0 ? null : resolved.ids[ent];
    const sname = ent < 0 ? null : resolved.names[ent];
    const via = resolved.via[k];
    const d = k >= fe ? delta : 0;
    const sameSpeaker = q.speaker.id === sid && q.speaker.entity === sname;
    if (!sameId || !sameSpeaker) sameOutside = false;
    // One copy, moved and relabelled together (a spread of a copy takes V8's slow path).
    if (sameId && sameSpeaker && q.via === via) quotes[k] = d ? moveQuote(q, d) : q;
    else quotes[k] = moveQuote(q, d, sameId ? q.id : `q${k + 1}`, sid, sname, via);
  }
  const attribution = { quotes, speakers: resolved.speakers };
  if (sameOutside) sameOutside = sameSpeakerNames(memo.attribution.speakers, resolved.speakers);
  return {
    attribution,
    memo: { ...memo, text: article.text, paraSpans, snaps, firstQuote, resolved, attribution, setting: newSetting, corefMoves: undefined },
    ...keys,
    recomputed: true,
    sameOutside,
    from: (k) => (k < fe ? k : k < fe + count ? -1 : k - count + oldCount),
    index: a,
    last: b,
    firstQuote: fe,
    endQuote: fe + count,
  };
}

/** Every speaker of `now` that `was` has too keeps its name and kind. */
function sameSpeakerNames(was: Speaker[], now: Speaker[]): boolean {
  const byId = new Map<string, Speaker>();
  for (const s of was) byId.set(s.id, s);
  for (const s of now) {
    const o = byId.get(s.id);
    if (o && (o.entity !== s.entity || o.kind !== s.kind)) return false;
  }
  return true;
}

/** Drafts standing for a kept paragraph's settled drafts (its snap), moved by `d`, unlinked; the
 *  first is draft `at` of the run. Their mentions are the snap's, not moved: `late` moves them
 *  when a run reads them. */
function standIns(snap: ParaSnap, d: number, p: number, late: LateMentions, at: number): Draft[] {
  // The snap's own stand-ins, made once, with what the last coreference run wrote into them
  // (entity, mention, relay, sameAs) and where they sit put back. Resolved keeps no draft, so
  // sharing them between runs (and between analyses made from the same snap) is safe; a moved
  // paragraph's mentions are new objects (a kept trace may hold the old ones), its drafts are not.
  const own = snap.stand ?? (snap.stand = makeStandIns(snap, p));
  if (d && own.length) late.add(at, at + own.length, d);
  for (let k = 0; k < own.length; k++) {
    const x = snap.drafts[k];
    const y = own[k];
    y.mention = x.mention;
    y.viaMention = x.viaMention;
    y.pos = x.pos + d;
    y.via = x.via;
    y.sameAs = null;
    y.entity = null;
    y.para = p;
  }
  return own;
}

function makeStandIns(snap: ParaSnap, p: number): Draft[] {
  const drafts: Draft[] = [];
  for (const x of snap.drafts) {
    // Coreference reads a stand-in's cue text alone and never changes its spans, regions or
    // cue: those are shared, not made per draft.
    drafts.push({
      type: 'direct', spans: NO_SPANS, cue: x.cue === null ? null : standInCue(x.cue),
      mention: x.mention, sameAs: null, via: x.via, viaMention: x.viaMention,
      pos: x.pos, entity: null, cueKind: null, para: p, unit: 0, regions: NO_REGIONS,
    });
  }
  return drafts;
}

const NO_SPANS: Span[] = [];
const NO_REGIONS: number[] = [];
const CUES = new Map<string, TextSpan>();
/** One cue object per cue text for the stand-in drafts (cue words are few; bounded all the same). */
function standInCue(text: string): TextSpan {
  let c = CUES.get(text);
  if (!c) {
    if (CUES.size >= 1000) CUES.clear();
    CUES.set(text, (c = { text, span: [0, 0] }));
  }
  return c;
}

/** Stands for a draft dropped in settling: it lends no speaker. */
const DROPPED = { para: -1, entity: null } as Draft;
