// Findings by splicing, after an attribution splice that kept every speaker. The unattributed and
// anonymous-source rules read one sentence, or one quote and its speaker, at a time: outside the
// edited paragraph their findings are the previous ones, moved by the edit's length, and only the
// paragraph's sentences and quotes are judged again. Contradictions compare statements across the
// article, so they are found again over the statement list, itself spliced the same way.
import type { Article, Finding, Quote, Span, Speaker } from '../types';
import { findAnonymousSources } from '../findings/anonymousSource';
import { findContradictions, type ContradictionMemo } from '../findings/contradictions';
import type { Statement } from '../findings/statements';
import { looksEnglish, splitSentences } from '../findings/text';
import { findUnattributed, type VerdictCache } from '../findings/unattributed';
import { shiftSpan } from '../shift';

/** What the findings stage read and made, for the next splice. */
export interface FindMemo {
  sentences: Span[];
  statements: Statement[];
  findings: Finding[];
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
function moveFinding(f: Finding, d: number): Finding {
  return { ...f, span: shiftSpan(f.span, d), related: f.related.length ? f.related.map((r) => ({ ...r, span: shiftSpan(r.span, d) })) : f.related };
}

function movedQuantities(qs: Statement['quantities'], d: number): Statement['quantities'] {
  return d && qs.length ? qs.map((q) => ({ ...q, span: shiftSpan(q.span, d) })) : qs;
}

function moveStatement(s: Statement, d: number): Statement {
  const spans: Span[] = [];
  for (const x of s.spans) spans.push([x[0] + d, x[1] + d]);
  return { ...s, id: `s${s.spans[0][0] + d}`, spans, quantities: movedQuantities(s.quantities, d) };
}



/** The two lists hold equal statements in the same order (mostly the same objects: those that
 *  are not are compared field by field). */
function sameStatements(a: readonly Statement[], b: readonly Statement[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameStatement(a[i], b[i])) return false;
  return true;
}

/** Equal field by field, except `surface`: it is read from the words at `spans` (compared with
 *  `text`), and fills itself in when a message reads it, so one side may hold more of it. */
function sameStatement(a: Statement, b: Statement): boolean {
  const ka = Object.keys(a) as (keyof Statement)[];
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return false;
    if (ka[i] !== 'surface' && !sameValue(a[ka[i]], b[ka[i]])) return false;
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
  const i0 = firstAt(was, old[0]);
  let i1 = i0;
  while (i1 < was.length && was[i1][0] < old[1]) i1++;
  // The lead sentence is judged apart: it must stay where it is, outside the paragraph.
  if (i0 === 0 || !fresh.length) return null;
  const sentences = was.slice(0, i0);
  for (const s of fresh) sentences.push(s);
  if (!delta) for (let i = i1; i < was.length; i++) sentences.push(was[i]);
  else {
    // Moved: most are the article's own sentences (found whole, not split), already moved by the
    // article model; those spans are shared (spans are never changed) instead of made again.
    let j = firstAt(src, now[1]);
    for (let i = i1; i < was.length; i++) {
      const a = was[i][0] + delta;
      const b = was[i][1] + delta;
      while (j < src.length && src[j][0] < a) j++;
      sentences.push(j < src.length && src[j][0] === a && src[j][1] === b ? src[j] : [a, b]);
    }
  }

  const own = quotes.slice(edit.firstQuote, edit.endQuote);
  const mine = statementsOf(own, fresh);
  // Statements: the quotes' in quote order, then the article's own in sentence order.
  const statements: Statement[] = [];
  const inOld = (s: Statement) => s.spans[0][0] >= old[0] && s.spans[0][0] < old[1];
  const prevStatements = memo.statements;
  // A quote's statement, from the quote it was made of (its id "q<n>" says its place then).
  const again = (s: Statement, d: number): Statement | null => {
    const q = quotes[edit.toNew(placeOf(s.id))];
    if (!q) return null;
    return !d && q.id === s.id ? s : { ...s, id: q.id, spans: q.spans, quantities: movedQuantities(s.quantities, d) };
  };
  let k = 0;
  if (edit.quoteStatements) {
    for (const s of edit.quoteStatements()) statements.push(s);
    while (k < prevStatements.length && prevStatements[k].source === 'quote') k++;
  } else {
    for (; k < prevStatements.length && prevStatements[k].source === 'quote'; k++) {
      const s = prevStatements[k];
      if (s.spans[0][0] >= old[0]) break;
      statements.push(s);
    }
    for (const s of mine) if (s.source === 'quote') statements.push(s);
    for (; k < prevStatements.length && prevStatements[k].source === 'quote'; k++) {
      const s = prevStatements[k];
      if (inOld(s)) continue;
      const t = again(s, delta);
      if (!t) return null;
      statements.push(t);
    }
  }
  for (; k < prevStatements.length && prevStatements[k].spans[0][0] < old[0]; k++) statements.push(prevStatements[k]);
  for (const s of mine) if (s.source === 'own') statements.push(s);
  for (; k < prevStatements.length; k++) {
    const s = prevStatements[k];
    if (inOld(s)) continue;
    statements.push(delta ? moveStatement(s, delta) : s);
  }

  // Each rule's findings outside the paragraph as they were, moved; the paragraph's found again.
  // Their order within a rule does not matter: the sort below puts them in place, as findFindings'
  // sort does (ties, equal spans, only arise between rules, which keep their order).
  const unattributed: Finding[] = [];
  const anonymous: Finding[] = [];
  for (const f of memo.findings) {
    if (f.rule === 'contradiction' || (edit.quoteStatements && f.rule === 'anonymous-source')) continue;
    const into = f.rule === 'unattributed' ? unattributed : f.rule === 'anonymous-source' ? anonymous : null;
    if (!into) return null;
    if (f.span[0] >= old[0] && f.span[0] < old[1]) continue;
    into.push(f.span[0] >= old[1] && delta ? moveFinding(f, delta) : f);
  }
  for (const f of findUnattributed(article, [sentences[0], ...fresh], own, verdicts)) unattributed.push(f);
  // Who is anonymous may have changed anywhere when coreference ran again: then all are found again.
  for (const f of findAnonymousSources(edit.quoteStatements ? quotes : own, speakers)) anonymous.push(f);
  // Contradictions are a function of the statement list alone: the same statements where they
  // were (nothing moved; the kept objects, or equal ones made again for the paragraph) give the
  // same ones, so they are not sought again.
  const keep = delta === 0 && sameStatements(statements, prevStatements);
  const clashes = keep ? memo.findings.filter((f) => f.rule === 'contradiction') : findContradictions(statements, contradictions);
  const findings = unattributed.concat(clashes, anonymous);
  findings.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  return { findings, memo: { sentences, statements, findings }, contradictionsKept: keep };
}
