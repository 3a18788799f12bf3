// Keeps the quotes well-formed whatever the rules before produced: a quotation region belongs to
// one quote, a quote's spans are sorted and disjoint, and two quotes nest or stay apart, never
// cross or repeat a span. The rules can stay greedy; this runs once per article in O(n log n).
import type { QuoteType, Span, TextSpan } from '../types';

export interface SettleDraft {
  type: QuoteType;
  spans: Span[];
  cue: TextSpan | null;
  /** Quotation regions the draft took its spans from. */
  regions: number[];
  pos: number;
  sameAs: SettleDraft | null;
}

/** Settles `drafts` in place; drafts left with no span are removed. */
export function settleQuotes<D extends SettleDraft>(text: string, drafts: D[]): void {
  const absorbed = sharesRegions(drafts) ? mergeSharedRegions(drafts) : null;
  for (const d of drafts) d.spans = normalize(d.spans);
  // Drafts come in reading order, and usually so do their spans, one after another: then no two
  // cross or nest, and the sweeps below would find nothing to do.
  const apart = inSequence(drafts);
  if (!apart) uncross(text, drafts);
  let w = 0;
  for (const d of drafts) {
    // (Normalized spans are non-empty; only the sweeps can empty one.)
    if (!apart) d.spans = d.spans.filter((s) => s[0] < s[1]);
    if (d.spans.length) drafts[w++] = d;
  }
  drafts.length = w;
  // A quote that took its speaker from a draft merged away takes it from the merged quote.
  for (const d of drafts) {
    let s = d.sameAs;
    if (absorbed) for (let guard = 0; s && absorbed.has(s) && guard < 100; guard++) s = absorbed.get(s)!;
    d.sameAs = s === d ? null : s;
  }
}

/** True when some quotation region is claimed by two drafts (or twice by one). Region ids
 *  usually rise from draft to draft: then none repeats, and no map is needed to tell. */
function sharesRegions(drafts: SettleDraft[]): boolean {
  let last = -1;
  for (const d of drafts) {
    for (const r of d.regions) {
      if (r > last) last = r;
      else return true; // out of order: maybe a repeat (mergeSharedRegions decides)
    }
  }
  return false;
}

/** Every span starts at or after the end of the one before it, across the drafts in order. */
function inSequence(drafts: SettleDraft[]): boolean {
  let end = -Infinity;
  for (const d of drafts) {
    for (const s of d.spans) {
      if (s[0] < end) return false;
      end = s[1];
    }
  }
  return true;
}

/**
 * A quotation running over paragraphs can be claimed twice: as a cue-less (floating) quote in its
 * first paragraph and by the cue in its last ('"...\n\n"...," she said'). The cued draft takes it
 * whole; when both or neither have a cue, the later draft gives up the shared spans.
 */
function mergeSharedRegions<D extends SettleDraft>(drafts: D[]): Map<SettleDraft, SettleDraft> {
  const owner = new Map<number, D>();
  const absorbed = new Map<SettleDraft, SettleDraft>();
  const absorb = (keep: D, gone: D) => {
    keep.spans.push(...gone.spans);
    keep.pos = Math.min(keep.pos, gone.pos);
    for (const r of gone.regions) {
      if (!keep.regions.includes(r)) keep.regions.push(r);
      owner.set(r, keep);
    }
    gone.spans = [];
    absorbed.set(gone, keep);
  };
  for (const d of drafts) {
    for (const r of d.regions) {
      if (absorbed.has(d)) break;
      const o = owner.get(r);
      if (!o) {
        owner.set(r, d);
      } else if (o !== d) {
        if (!o.cue && d.cue) absorb(d, o);
        else if (o.cue && !d.cue) absorb(o, d);
        else {
          const taken = new Set(o.spans.map((s) => `${s[0]}:${s[1]}`));
          d.spans = d.spans.filter((s) => !taken.has(`${s[0]}:${s[1]}`));
        }
      }
    }
  }
  return absorbed;
}

/** Sorted, with overlapping spans of one quote joined and empty ones gone (new span pairs: the
 *  sweeps cut them in place). */
function normalize(spans: Span[]): Span[] {
  // Most quotes have one span.
  if (spans.length === 1) return spans[0][0] < spans[0][1] ? [[spans[0][0], spans[0][1]]] : [];
  // Most lists of several spans come sorted and non-empty (a quotation's parts): read them as they
  // are; filter and sort only a list that is not.
  const sorted = sortedNonEmpty(spans) ? spans : spans.filter((s) => s[0] < s[1]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s[0] < last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

/** Every span non-empty, in (start, end) order. */
function sortedNonEmpty(spans: Span[]): boolean {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s[0] >= s[1]) return false;
    if (k > 0) {
      const p = spans[k - 1];
      if (s[0] < p[0] || (s[0] === p[0] && s[1] < p[1])) return false;
    }
  }
  return true;
}

interface Item {
  s: Span;
  d: number;
}

/**
 * Where two quotes cross, the reported clause (indirect or mixed) gives way: an earlier one ends
 * where the later starts, a later one starts after a direct quote it overlaps. A few rounds settle
 * what one sweep cannot (a cut can expose another crossing); a last sweep drops what still crosses.
 */
function uncross(text: string, drafts: SettleDraft[]) {
  for (let round = 0; round < 8; round++) if (!sweep(text, drafts, false)) return;
  sweep(text, drafts, true);
}

/** One pass over all spans by start (outer first), a stack of the open ones; true if it changed any. */
function sweep(text: string, drafts: SettleDraft[], dropOnly: boolean): boolean {
  const items: Item[] = [];
  drafts.forEach((d, k) => {
    for (const s of d.spans) if (s[0] < s[1]) items.push({ s, d: k });
  });
  items.sort((x, y) => x.s[0] - y.s[0] || y.s[1] - x.s[1] || x.d - y.d);
  const stack: Item[] = [];
  const dead = new Set<Span>();
  let changed = false;
  for (const y of items) {
    if (y.s[0] >= y.s[1]) continue; // emptied by an earlier cut in this pass
    while (stack.length && stack[stack.length - 1].s[1] <= y.s[0]) stack.pop();
    let top = stack[stack.length - 1];
    // An open reported clause that y runs out of ends where y starts.
    while (!dropOnly && top && top.d !== y.d && y.s[1] > top.s[1] && y.s[0] > top.s[0] && drafts[top.d].type !== 'direct') {
      top.s[1] = trimBack(text, top.s[0], y.s[0]);
      changed = true;
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (!top || top.s[1] <= y.s[0] || top.d === y.d || (y.s[1] <= top.s[1] && !(y.s[0] === top.s[0] && y.s[1] === top.s[1]))) {
      stack.push(y);
      continue;
    }
    // The same span twice, or still crossing: y gives way.
    changed = true;
    const same = y.s[0] === top.s[0] && y.s[1] === top.s[1];
    if (same || dropOnly || drafts[y.d].type === 'direct') dead.add(y.s);
    else y.s[0] = trimForward(text, top.s[1], y.s[1]); // re-sorted next round
  }
  if (dead.size) for (const d of drafts) d.spans = d.spans.filter((s) => !dead.has(s));
  return changed;
}

// Whitespace and clause punctuation left at a cut; never a quotation mark, never half a surrogate pair.
const LOOSE = /[\s,;:\u2013\u2014]/;

function trimBack(text: string, start: number, end: number): number {
  while (end > start && LOOSE.test(text[end - 1])) end--;
  return end;
}

function trimForward(text: string, start: number, end: number): number {
  while (start < end && LOOSE.test(text[start])) start++;
  return start;
}
