// settleQuotes skips the region map and the crossing sweeps when the drafts' regions rise and their
// spans follow one another (issue 6): it agrees with the definition as first written (kept below) on
// random drafts, in reading order (the fast paths) and in any order, with shared speakers.
import * as assert from 'assert';
import fc from 'fast-check';
import { settleQuotes, type SettleDraft } from '../../src/core/attribution/settle';
import type { QuoteType, Span } from '../../src/core/types';

// ---- The reference: settle.ts before the fast paths. ----
function settleRef<D extends SettleDraft>(text: string, drafts: D[]): void {
  const absorbed = mergeRef(drafts);
  for (const d of drafts) d.spans = normalizeRef(d.spans);
  uncrossRef(text, drafts);
  let w = 0;
  for (const d of drafts) {
    d.spans = d.spans.filter((s) => s[0] < s[1]);
    if (d.spans.length) drafts[w++] = d;
  }
  drafts.length = w;
  for (const d of drafts) {
    let s = d.sameAs;
    for (let guard = 0; s && absorbed.has(s) && guard < 100; guard++) s = absorbed.get(s)!;
    d.sameAs = s === d ? null : s;
  }
}
function uncrossRef(text: string, drafts: SettleDraft[]) {
  for (let round = 0; round < 8; round++) if (!sweepRef(text, drafts, false)) return;
  sweepRef(text, drafts, true);
}
function mergeRef(drafts: SettleDraft[]): Map<SettleDraft, SettleDraft> {
  const owner = new Map<number, SettleDraft>();
  const absorbed = new Map<SettleDraft, SettleDraft>();
  const absorb = (keep: SettleDraft, gone: SettleDraft) => {
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
      if (!o) owner.set(r, d);
      else if (o !== d) {
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
function normalizeRef(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s[0] < s[1]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s[0] < last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}
const LOOSE = /[\s,;:\u2013\u2014]/;
function sweepRef(text: string, drafts: SettleDraft[], dropOnly: boolean): boolean {
  const items: { s: Span; d: number }[] = [];
  drafts.forEach((d, k) => {
    for (const s of d.spans) if (s[0] < s[1]) items.push({ s, d: k });
  });
  items.sort((x, y) => x.s[0] - y.s[0] || y.s[1] - x.s[1] || x.d - y.d);
  const stack: { s: Span; d: number }[] = [];
  const dead = new Set<Span>();
  let changed = false;
  for (const y of items) {
    if (y.s[0] >= y.s[1]) continue;
    while (stack.length && stack[stack.length - 1].s[1] <= y.s[0]) stack.pop();
    let top = stack[stack.length - 1];
    while (!dropOnly && top && top.d !== y.d && y.s[1] > top.s[1] && y.s[0] > top.s[0] && drafts[top.d].type !== 'direct') {
      let end = y.s[0];
      while (end > top.s[0] && LOOSE.test(text[end - 1])) end--;
      top.s[1] = end;
      changed = true;
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (!top || top.s[1] <= y.s[0] || top.d === y.d || (y.s[1] <= top.s[1] && !(y.s[0] === top.s[0] && y.s[1] === top.s[1]))) {
      stack.push(y);
      continue;
    }
    changed = true;
    const same = y.s[0] === top.s[0] && y.s[1] === top.s[1];
    if (same || dropOnly || drafts[y.d].type === 'direct') dead.add(y.s);
    else {
      let start = top.s[1];
      while (start < y.s[1] && LOOSE.test(text[start])) start++;
      y.s[0] = start;
    }
  }
  if (dead.size) for (const d of drafts) d.spans = d.spans.filter((s) => !dead.has(s));
  return changed;
}
// ---- end of the reference ----

const TEXT = 'The mayor said that the bridge, "closed since May," would reopen soon; officials said — again.'.repeat(4);

interface Shape { type: QuoteType; spans: Span[]; cued: boolean; regions: number[]; same: number }

/** Drafts built twice from one description, so the two settlers get equal, unshared inputs. */
function build(shapes: Shape[]): SettleDraft[] {
  const drafts: SettleDraft[] = shapes.map((x) => ({
    type: x.type, spans: x.spans.map((s) => [s[0], s[1]] as Span), cue: x.cued ? { text: 'said', span: [10, 14] as Span } : null,
    regions: x.regions.slice(), pos: x.spans[0]?.[0] ?? 0, sameAs: null,
  }));
  shapes.forEach((x, k) => { if (x.same >= 0 && x.same < drafts.length) drafts[k].sameAs = drafts[x.same]; });
  return drafts;
}

/** What a settled list looks like, with speakers as indices into the input. */
function view(input: SettleDraft[], out: SettleDraft[]) {
  return out.map((d) => ({ at: input.indexOf(d), type: d.type, spans: d.spans, regions: d.regions, pos: d.pos, sameAs: d.sameAs ? input.indexOf(d.sameAs) : null }));
}

function agree(shapes: Shape[]) {
  const a = build(shapes);
  const b = build(shapes);
  const a0 = a.slice();
  const b0 = b.slice();
  settleQuotes(TEXT, a);
  settleRef(TEXT, b);
  assert.deepStrictEqual(view(a0, a), view(b0, b));
}

const span = fc.tuple(fc.nat({ max: TEXT.length }), fc.nat({ max: 50 })).map(([s, n]) => [s, Math.min(TEXT.length, s + n)] as Span);
const shape = (spans: fc.Arbitrary<Span[]>, regions: fc.Arbitrary<number[]>) =>
  fc.record({ type: fc.constantFrom<QuoteType>('direct', 'mixed', 'indirect'), spans, cued: fc.boolean(), regions, same: fc.integer({ min: -1, max: 10 }) });

/** Drafts in reading order: spans one after another (sometimes touching), regions rising. */
const inOrder = fc.array(fc.tuple(fc.array(fc.tuple(fc.nat(6), fc.integer({ min: 0, max: 12 })), { minLength: 1, maxLength: 3 }), fc.boolean(), fc.constantFrom<QuoteType>('direct', 'mixed', 'indirect'), fc.boolean(), fc.integer({ min: -1, max: 10 })), { maxLength: 10 }).map((ds) => {
  let at = 0;
  let region = 0;
  return ds.map(([pieces, quoted, type, cued, same]): Shape => {
    const spans: Span[] = pieces.map(([gap, len]) => {
      const s: Span = [Math.min(TEXT.length, at + gap), Math.min(TEXT.length, at + gap + len)];
      at = s[1];
      return s;
    });
    return { type, spans, cued, regions: quoted ? [region++] : [], same };
  });
});

describe('attribution pipeline: settling quotes', () => {
  it('drafts in reading order come out as the full settling makes them (property)', () => {
    fc.assert(fc.property(inOrder, agree), { numRuns: 3000 });
  });

  it('drafts in any order, sharing regions and spans, too (property)', () => {
    fc.assert(fc.property(fc.array(shape(fc.array(span, { maxLength: 4 }), fc.array(fc.nat({ max: 5 }), { maxLength: 2 })), { maxLength: 12 }), agree), { numRuns: 3000 });
  });

  it('a draft that points at itself for its speaker is left without one', () => {
    const d: SettleDraft = { type: 'direct', spans: [[0, 5]], cue: null, regions: [0], pos: 0, sameAs: null };
    d.sameAs = d;
    const drafts = [d];
    settleQuotes(TEXT, drafts);
    assert.strictEqual(drafts[0].sameAs, null);
  });
});
