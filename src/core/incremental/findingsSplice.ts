// Findings by splicing, after an attribution splice that kept every speaker. The unattributed and
// anonymous-source rules read one sentence, or one quote and its speaker, at a time: outside the
// edited paragraph their findings are the previous ones, moved by the edit's length, and only the
// paragraph's sentences and quotes are judged again. Contradictions compare statements across the
// article, so they are found again over the statement list, itself spliced the same way.
import type { Article, Finding, Quote, RelatedLocation, Span, Speaker } from '../types';
import { findAnonymousSources } from '../findings/anonymousSource';
import { FIGURES_NEAR, NEAR, spansOverlap, statementGap } from '../findings/contradiction';
import { findContradictions, type ContradictionMemo } from '../findings/contradictions';
import type { Statement } from '../findings/statements';
import { looksEnglish, splitSentences } from '../findings/text';
import { findUnattributed, type VerdictCache } from '../findings/unattributed';
import { shiftQuantities, shiftSpan } from '../shift';
import { restated } from './statements';

/** What the findings stage read and made, for the next splice. The sentences are kept packed
 *  (start, end, start, end...): after a typed letter those past it move by adding to numbers, with
 *  no span made or looked up, and the garbage collector has no objects to walk. */
export interface FindMemo {
  sentences: Int32Array;
  statements: Statement[];
  /** Statement i sits `lag[i]` characters after where its spans (and figures, and an own
   *  statement's id) say (absent: all 0). The statements are internal (only the next splice reads
   *  them), so a typed letter moves those past it by adding to a number, not by making each again
   *  (thousands of objects per keystroke on a long article); `placed` makes one where it is read. */
  lag?: Int32Array | null;
  /** Statement i's first start, lowest start and highest end where it now sits (3 numbers each;
   *  made on first use for a memo of a full run): the splice walks these packed numbers, not the
   *  spans of thousands of scattered objects. */
  where?: Int32Array;
  findings: Finding[];
}

/** `where` (FindMemo) of statement `i`, `s` lagging `d`. */
function writeWhere(out: Int32Array, i: number, s: Statement, d: number): void {
  out[3 * i] = s.spans[0][0] + d;
  out[3 * i + 1] = loOf(s.spans) + d;
  out[3 * i + 2] = hiOf(s.spans) + d;
}

function whereOf(statements: readonly Statement[], lag: Int32Array | null): Int32Array {
  const out = new Int32Array(3 * statements.length);
  for (let i = 0; i < statements.length; i++) writeWhere(out, i, statements[i], lag ? lag[i] : 0);
  return out;
}

/** The edited paragraph: `old` (previous text) and `now` spans, its quotes' places, the shift after it. */
export interface FindEdit {
  old: Span;
  now: Span;
  firstQuote: number;
  endQuote: number;
  delta: number;
  /** A quote's place now from its place before (-1: it was the edited paragraph's). */
  toNew: (k: number) => number;
  /** Coreference ran again: speakers (and quote numbers, and which quotes have a named speaker)
   *  may have changed anywhere; then this gives every quote's statement. */
  quoteStatements: (() => Statement[]) | null;
}

// Empty lists (most findings' related locations, most statements' figures) are shared, not
// copied: map() of an empty list is a new array each time, and statements and findings are never
// changed once made.
// Field by field in the rules' literals' order (unattributed.ts, anonymousSource.ts): a spread
// of a finding that was itself made by a spread is V8's slow path. Every field of Finding, checked
// by the compiler: one added there must be copied in moveFinding too.
const FINDING_FIELDS: Record<keyof Finding, true> = { rule: true, severity: true, span: true, message: true, related: true, data: true };
void FINDING_FIELDS;

function moveFinding(f: Finding, d: number): Finding {
  const out: Finding = {
    rule: f.rule, severity: f.severity, span: shiftSpan(f.span, d), message: f.message,
    related: f.related.length ? f.related.map((r) => ({ ...r, span: shiftSpan(r.span, d) })) : f.related,
  };
  if (f.data !== undefined) out.data = f.data;
  return out;
}

function movedSpans(was: Span[], d: number): Span[] {
  // A copy of the exact length written over (one grown by push from empty reserves room for 17).
  const spans = was.slice();
  for (let i = 0; i < spans.length; i++) spans[i] = [spans[i][0] + d, spans[i][1] + d];
  return spans;
}

/** `s` moved by `d` (its lag, see FindMemo): a quote's keeps its id (its place), an own one's id is its start. */
function placed(s: Statement, d: number): Statement {
  if (!d) return s;
  const id = s.source === 'own' ? `s${s.spans[0][0] + d}` : s.id;
  return restated(s, id, movedSpans(s.spans, d), s.speakerId, s.speakerName, shiftQuantities(s.quantities, d));
}

/** The two lists hold equal statements in the same order (mostly the same objects: those that
 *  are not are compared field by field). */
function sameStatements(a: readonly Statement[], la: Int32Array, b: readonly Statement[], lb: Int32Array | null): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const da = la[i];
    const db = lb ? lb[i] : 0;
    if (a[i] === b[i] && da === db) continue;
    if (!sameStatement(placed(a[i], da), placed(b[i], db))) return false;
  }
  return true;
}

/** `now` says what `was` said, moved by `d` (its spans and figures; 0: in place), field by field
 *  but for `surface`: it is read from the words at `spans` (compared with `text`), and fills itself
 *  in when a message reads it, so one side may hold more of it. The id of a sentence of the
 *  article's own is its start ("s<start>"), so it is compared through the spans. */
function sameStatement(was: Statement, now: Statement, d = 0): boolean {
  // The keys first: they differ when the words do, and are most often the same object when not.
  if (was.keys !== now.keys && !sameValue(was.keys, now.keys)) return false;
  const ka = Object.keys(was) as (keyof Statement)[];
  const kb = Object.keys(now);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i];
    if (k !== kb[i]) return false;
    if (k === 'spans') {
      if (!spansMoved(was.spans, now.spans, d)) return false;
    } else if (k === 'quantities') {
      const qa = was.quantities;
      const qb = now.quantities;
      if (qa === qb && d === 0) continue;
      if (qa.length !== qb.length) return false;
      for (let j = 0; j < qa.length; j++) if (!sameValue({ ...qa[j], span: null }, { ...qb[j], span: null }) || qb[j].span[0] !== qa[j].span[0] + d || qb[j].span[1] !== qa[j].span[1] + d) return false;
    } else if (k !== 'surface' && !(k === 'id' && was.source === 'own') && !sameValue(was[k], now[k])) return false;
  }
  return true;
}

/** Plain data equal throughout: arrays, sets and maps in the same order, objects with the same keys in the same order. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) {
    const y = b as unknown[];
    if (a.length !== y.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], y[i])) return false;
    return true;
  }
  if (a instanceof Set || a instanceof Map) {
    const y = b as Set<unknown> | Map<unknown, unknown>;
    if (a.size !== y.size) return false;
    const i = y.entries();
    for (const x of a.entries()) if (!sameValue(x, i.next().value)) return false;
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i] || !sameValue((a as Record<string, unknown>)[ka[i]], (b as Record<string, unknown>)[kb[i]])) return false;
  }
  return true;
}

/** The gaps (characters between two statements, findings/contradiction.ts) at which the
 *  contradiction rules change their answer. A shift that moves no pair across one keeps every answer. */
const CLASH_GAPS = [FIGURES_NEAR, NEAR];

/** `now`'s spans are `was`'s moved by `d`. */
function spansMoved(was: Span[], now: Span[], d: number): boolean {
  if (was.length !== now.length) return false;
  for (let i = 0; i < was.length; i++) if (now[i][0] !== was[i][0] + d || now[i][1] !== was[i][1] + d) return false;
  return true;
}


const CLASH_DATA = new Set(['kind', 'about', 'otherSpan', 'otherSpans', 'speakers']);

/** A statement's first and last offsets (a quote's spans are in text order, but nothing below
 *  may rest on that). */
function loOf(spans: Span[]): number {
  let m = spans[0][0];
  for (let k = 1; k < spans.length; k++) m = Math.min(m, spans[k][0]);
  return m;
}

function hiOf(spans: Span[]): number {
  let m = spans[0][1];
  for (let k = 1; k < spans.length; k++) m = Math.max(m, spans[k][1]);
  return m;
}

/**
 * Whether the statements after an edit of length `delta` in the paragraph `para` (old text) are
 * the last ones, those after the edit moved by `delta`: then every pair keeps its contradiction
 * answer, but for a pair across the edit whose gap crosses one the rules read (CLASH_GAPS) or
 * whose spans come to overlap. Fed as spliceFindings takes the statements (it reads their spans
 * there anyway): those kept before the paragraph, those moved after it, and the paragraph's old
 * and new ones, compared in order. Only statements within `reach` of the paragraph can be near
 * one on the other side: every other pair is more than NEAR characters apart, before and after.
 */
class ShiftCheck {
  ok = true;
  private readonly reach: number;
  private readonly before: Statement[] = [];
  private readonly after: Statement[] = [];
  /** The paragraph's old statements, in list order (quotes', then the article's own). */
  readonly dropped: Statement[] = [];
  constructor(
    private readonly para: Span,
    private readonly delta: number,
  ) {
    this.reach = NEAR + 1 + Math.abs(delta);
  }

  /** `s` (lagging `lag`, see FindMemo; its highest end `hi`) kept where it was. */
  kept(s: Statement, lag: number, hi: number): void {
    if (hi > this.para[0]) this.ok = false;
    else if (hi >= this.para[0] - this.reach) this.before.push(placed(s, lag));
  }

  /** `was` (lagging `lag`; its lowest start `lo`) moved past the edit; `renumbered`: a quote's that changed place. */
  moved(was: Statement, lag: number, lo: number, renumbered: boolean): void {
    if (lo < this.para[1] || renumbered) this.ok = false;
    else if (lo <= this.para[1] + this.reach) this.after.push(placed(was, lag));
  }

  /** The paragraph's new statements against its old ones; then the pairs across the edit. */
  same(fresh: readonly Statement[]): boolean {
    const old = this.dropped;
    if (!this.ok || fresh.length !== old.length) return false;
    let lastBefore = -Infinity;
    let firstAfter = Infinity;
    for (let i = 0; i < old.length; i++) {
      const d = fresh[i].spans[0][0] - old[i].spans[0][0];
      if ((d !== 0 && d !== this.delta) || !sameStatement(old[i], fresh[i], d)) return false;
      if (d) {
        firstAfter = Math.min(firstAfter, loOf(old[i].spans));
        this.after.push(old[i]);
      } else {
        lastBefore = Math.max(lastBefore, hiOf(old[i].spans));
        this.before.push(old[i]);
      }
    }
    // Apart, so that every span is on one side (one at the border, e.g. empty, would be on both).
    if (lastBefore >= firstAfter || lastBefore >= this.para[1] || firstAfter <= this.para[0]) return false;
    for (const a of this.before) {
      for (const b of this.after) {
        if (spansOverlap(a.spans, b.spans) !== spansOverlap(a.spans, b.spans, this.delta)) return false;
        const g0 = statementGap(a, b);
        const g1 = statementGap(a, b, this.delta);
        for (const t of CLASH_GAPS) if (g0 <= t !== g1 <= t) return false;
      }
    }
    this.border = Math.max(lastBefore, this.para[0]);
    return true;
  }

  /** Where the unmoved statements end at most (set by `same`): the moved ones start after it. */
  private border = NaN;

  /** The last contradictions (in `findings`) moved as the statements were, or null. */
  clashes(findings: readonly Finding[]): Finding[] | null {
    const d = this.delta;
    const border = this.border;
    const at = (s: Span): Span => (s[0] > border ? [s[0] + d, s[1] + d] : s);
    const out: Finding[] = [];
    // Field by field, in the order of contradictions.ts's literals (as restated does for
    // statements): a spread of a copy of a copy takes V8's slow path.
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i];
      if (f.rule !== 'contradiction') continue;
      const data = f.data as { kind: unknown; about: unknown; otherSpan: Span; otherSpans: Span[]; speakers: unknown } | undefined;
      if (!data) return null;
      const keys = Object.keys(data);
      if (keys.length !== CLASH_DATA.size) return null;
      for (const k of keys) if (!CLASH_DATA.has(k)) return null;
      const related: RelatedLocation[] = [];
      for (const r of f.related) {
        if (r.file !== undefined) return null; // another article's: not made in one article
        related.push({ span: at(r.span), message: r.message });
      }
      const otherSpans: Span[] = [];
      for (const x of data.otherSpans) otherSpans.push(at(x));
      out.push({
        rule: f.rule, severity: f.severity, span: at(f.span), message: f.message, related,
        data: { kind: data.kind, about: data.about, otherSpan: at(data.otherSpan), otherSpans, speakers: data.speakers },
      });
    }
    return out;
  }
}

/** A quote's place from its id "q<n>" (n - 1), read without slicing the id. */
function placeOf(id: string): number {
  let n = 0;
  for (let i = 1; i < id.length; i++) {
    const c = id.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = 10 * n + c;
  }
  return id.length > 1 ? n - 1 : -1;
}

/** Sentences packed as FindMemo keeps them. */
export function packSpans(spans: readonly Span[]): Int32Array {
  const out = new Int32Array(2 * spans.length);
  for (let i = 0; i < spans.length; i++) {
    out[2 * i] = spans[i][0];
    out[2 * i + 1] = spans[i][1];
  }
  return out;
}

/** First index of a packed list (sorted by start) whose start is at or after `at`. */
function firstPackedAt(packed: Int32Array, at: number): number {
  let lo = 0;
  let hi = packed.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (packed[2 * mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in `spans` (sorted by start) whose start is at or after `at`. */
function firstAt(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The findings of `article`, equal to findFindings', from `memo` (the previous text's) and `edit`,
 * or null when this cannot be done exactly (then the caller runs findFindings). `statementsOf`
 * gives the statements of the paragraph's quotes and sentences; `verdicts` the unattributed cache.
 */
export function spliceFindings(
  memo: FindMemo,
  article: Article,
  quotes: readonly Quote[],
  speakers: readonly Speaker[],
  edit: FindEdit,
  statementsOf: (quotes: readonly Quote[], sentences: Span[]) => Statement[],
  verdicts: VerdictCache,
  contradictions: ContradictionMemo,
): { findings: Finding[]; memo: FindMemo; contradictionsKept: boolean } | null {
  const text = article.text;
  if (!looksEnglish(text) || !article.sentences.length) return null;
  const { old, now, delta } = edit;
  // The paragraph's sentences, split as the findings split them.
  const fresh: Span[] = [];
  const src = article.sentences;
  for (let i = firstAt(src, now[0]); i < src.length && src[i][0] < now[1]; i++) for (const p of splitSentences(text, src[i])) fresh.push(p);
  const was = memo.sentences;
  const count = was.length >> 1;
  const i0 = firstPackedAt(was, old[0]);
  let i1 = i0;
  while (i1 < count && was[2 * i1] < old[1]) i1++;
  // The lead sentence is judged apart: it must stay where it is, outside the paragraph.
  if (i0 === 0 || !fresh.length) return null;
  const sentences = new Int32Array(2 * (i0 + fresh.length + count - i1));
  sentences.set(was.subarray(0, 2 * i0));
  let w = 2 * i0;
  for (const s of fresh) {
    sentences[w++] = s[0];
    sentences[w++] = s[1];
  }
  if (!delta) sentences.set(was.subarray(2 * i1), w);
  else for (let i = 2 * i1; i < was.length; i++) sentences[w++] = was[i] + delta;

  const own = quotes.slice(edit.firstQuote, edit.endQuote);
  const mine = statementsOf(own, fresh);
  // Statements: the quotes' in quote order, then the article's own in sentence order.
  // Written over a copy of the last list (most often of the same length; cut or grown at its end
  // below): made at once at its length, not grown by push. Those past the edit are the last
  // objects with their lag grown by `delta` (FindMemo), not made again.
  const prevStatements = memo.statements;
  const prevLag = memo.lag ?? null;
  const statements = prevStatements.slice();
  const quoteStatements = edit.quoteStatements ? edit.quoteStatements() : null;
  const room = prevStatements.length + mine.length + (quoteStatements ? quoteStatements.length : 0);
  const lag = new Int32Array(room);
  // (Filled in on the memo, internal: a memo of a full run has none.)
  const prevWhere = (memo.where ??= whereOf(prevStatements, prevLag));
  const where = new Int32Array(3 * room);
  let ns = 0;
  const lagAt = (k: number) => (prevLag ? prevLag[k] : 0);
  const inOld = (k: number) => {
    const a = prevWhere[3 * k];
    return a >= old[0] && a < old[1];
  };
  /** Statement k of the last list kept (d 0) or moved (d delta) to ns, lagging `lag[ns]`. */
  const take = (k: number, d: number) => {
    where[3 * ns] = prevWhere[3 * k] + d;
    where[3 * ns + 1] = prevWhere[3 * k + 1] + d;
    where[3 * ns + 2] = prevWhere[3 * k + 2] + d;
    statements[ns++] = prevStatements[k];
  };
  const made = (s: Statement) => {
    writeWhere(where, ns, s, 0);
    statements[ns++] = s;
  };
  // Whether the statements are the last ones, those after the edit moved (see ShiftCheck).
  const check = delta && !edit.quoteStatements ? new ShiftCheck(old, delta) : null;
  let k = 0;
  if (quoteStatements) {
    for (const s of quoteStatements) made(s);
    while (k < prevStatements.length && prevStatements[k].source === 'quote') k++;
  } else {
    for (; k < prevStatements.length && prevStatements[k].source === 'quote'; k++) {
      const s = prevStatements[k];
      if (prevWhere[3 * k] >= old[0]) break;
      lag[ns] = lagAt(k);
      take(k, 0);
      check?.kept(s, lagAt(k), prevWhere[3 * k + 2]);
    }
    for (const s of mine) if (s.source === 'quote') made(s);
    for (; k < prevStatements.length && prevStatements[k].source === 'quote'; k++) {
      const s = prevStatements[k];
      if (inOld(k)) {
        check?.dropped.push(placed(s, lagAt(k)));
        continue;
      }
      // A quote's statement, from the quote it was made of (its id "q<n>" says its place then).
      const q = quotes[edit.toNew(placeOf(s.id))];
      if (!q) return null;
      const d = lagAt(k) + delta;
      if (q.id === s.id) {
        lag[ns] = d;
        take(k, delta);
      } else made(restated(s, q.id, q.spans, s.speakerId, s.speakerName, shiftQuantities(s.quantities, d)));
      check?.moved(s, lagAt(k), prevWhere[3 * k + 1], q.id !== s.id);
    }
  }
  for (; k < prevStatements.length && prevWhere[3 * k] < old[0]; k++) {
    lag[ns] = lagAt(k);
    check?.kept(prevStatements[k], lagAt(k), prevWhere[3 * k + 2]);
    take(k, 0);
  }
  for (const s of mine) if (s.source === 'own') made(s);
  for (; k < prevStatements.length; k++) {
    const s = prevStatements[k];
    if (inOld(k)) {
      check?.dropped.push(placed(s, lagAt(k)));
      continue;
    }
    lag[ns] = lagAt(k) + delta;
    check?.moved(s, lagAt(k), prevWhere[3 * k + 1], false);
    take(k, delta);
  }
  statements.length = ns;

  // Each rule's findings outside the paragraph as they were, moved; the paragraph's found again.
  // Their order within a rule does not matter: the sort below puts them in place, as findFindings'
  // sort does (ties, equal spans, only arise between rules, which keep their order).
  const unattributed: Finding[] = [];
  const anonymous: Finding[] = [];
  // (Indexed loops over the article's lists here: run once per edit, this mostly runs
  // unoptimised, where for-of makes an iterator result per item.)
  for (let i = 0; i < memo.findings.length; i++) {
    const f = memo.findings[i];
    if (f.rule === 'contradiction' || (edit.quoteStatements && f.rule === 'anonymous-source')) continue;
    const into = f.rule === 'unattributed' ? unattributed : f.rule === 'anonymous-source' ? anonymous : null;
    if (!into) return null;
    if (f.span[0] >= old[0] && f.span[0] < old[1]) continue;
    into.push(f.span[0] >= old[1] && delta ? moveFinding(f, delta) : f);
  }
  for (const f of findUnattributed(article, [[sentences[0], sentences[1]], ...fresh], own, verdicts)) unattributed.push(f);
  // Who is anonymous may have changed anywhere when coreference ran again: then all are found again.
  for (const f of findAnonymousSources(edit.quoteStatements ? quotes : own, speakers)) anonymous.push(f);
  // Contradictions are a function of the statement list alone: the same statements where they
  // were (nothing moved; the kept objects, or equal ones made again for the paragraph) give the
  // same ones, so they are not sought again. After a change of length, the same statements with
  // those after the edit moved give the same ones moved, unless a pair across the edit changed
  // sides of a gap the rules read (ShiftCheck).
  let lags: Int32Array | null = lag.subarray(0, ns);
  let keep = delta === 0 && sameStatements(statements, lags, prevStatements, prevLag);
  let clashes = keep ? memo.findings.filter((f) => f.rule === 'contradiction') : null;
  if (check?.same(mine)) {
    clashes = check.clashes(memo.findings);
    keep = clashes !== null;
  }
  let kept = statements;
  if (!clashes) {
    // Sought again over every statement where it sits: the list is kept so, lagging nothing.
    // A quote's statement shares its quote's spans where they are its own moved (as a quote's
    // statement is made): not a new list of spans each.
    for (let i = 0; i < ns; i++) {
      const d = lags[i];
      if (!d) continue;
      const s = kept[i];
      const q = s.source === 'quote' ? quotes[placeOf(s.id)] : undefined;
      kept[i] = q && q.id === s.id && spansMoved(s.spans, q.spans, d) ? restated(s, s.id, q.spans, s.speakerId, s.speakerName, shiftQuantities(s.quantities, d)) : placed(s, d);
    }
    lags = null;
    clashes = findContradictions(kept, contradictions);
  }
  const findings = unattributed.concat(clashes, anonymous);
  findings.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  return { findings, memo: { sentences, statements: kept, lag: lags, where: where.subarray(0, 3 * ns), findings }, contradictionsKept: keep };
}
