// settleQuotes: one quote per quotation region, and quotes that nest or stay apart, never cross.
// Also the split cue ("quoted X as saying") through the whole engine. Sentences are our own.
import * as assert from 'assert';
import fc from 'fast-check';
import { settleQuotes, type SettleDraft } from '../../src/core/attribution/settle';
import { analyzeText, type QuoteType, type Span } from '../../src/core';

const TEXT = 'The mayor said that the bridge, "closed since May," would reopen soon, officials said.'.repeat(3);

function draft(type: QuoteType, spans: Span[], cued = true, regions: number[] = []): SettleDraft {
  return { type, spans, cue: cued ? { text: 'said', span: [10, 14] } : null, regions, pos: spans[0]?.[0] ?? 0, sameAs: null };
}

/** Every pair of spans of different drafts nests or stays apart; each draft's spans sorted and disjoint. */
function wellFormed(drafts: SettleDraft[]): string[] {
  const bad: string[] = [];
  const all: { s: Span; d: number }[] = [];
  drafts.forEach((d, k) => {
    if (!d.spans.length) bad.push(`draft ${k} has no span`);
    d.spans.forEach((s, j) => {
      if (s[0] >= s[1]) bad.push(`draft ${k} span ${j} empty`);
      if (j > 0 && s[0] < d.spans[j - 1][1]) bad.push(`draft ${k} spans overlap or out of order`);
      all.push({ s, d: k });
    });
  });
  for (const x of all) {
    for (const y of all) {
      if (x.d === y.d) continue;
      if (x.s[0] === y.s[0] && x.s[1] === y.s[1]) bad.push(`drafts ${x.d} and ${y.d} share [${x.s}]`);
      else if (x.s[0] < y.s[0] && y.s[0] < x.s[1] && x.s[1] < y.s[1]) bad.push(`[${x.s}] and [${y.s}] cross`);
    }
  }
  return bad;
}

describe('attribution: settling quotes', () => {
  it('a cue-less draft and a cued draft over the same region become one quote, the cued one', () => {
    const floating = draft('direct', [[30, 40]], false, [0]);
    const cued = draft('direct', [[30, 40], [50, 60]], true, [0]);
    const drafts = [floating, cued];
    settleQuotes(TEXT, drafts);
    assert.deepStrictEqual(drafts, [cued]);
    assert.deepStrictEqual(cued.spans, [[30, 40], [50, 60]]);
    assert.strictEqual(cued.pos, 30);
  });

  it('a quote that took its speaker from a merged draft points at the draft that absorbed it', () => {
    const floating = draft('direct', [[30, 40]], false, [0]);
    const next = draft('direct', [[70, 80]], false, [1]);
    next.sameAs = floating;
    const cued = draft('direct', [[30, 40], [50, 60]], true, [0]);
    const drafts = [floating, next, cued];
    settleQuotes(TEXT, drafts);
    assert.deepStrictEqual(drafts, [next, cued]);
    assert.strictEqual(next.sameAs, cued);
  });

  it('two cued drafts over one region: the later gives up the shared spans and goes when none are left', () => {
    const a = draft('direct', [[30, 40]], true, [0]);
    const b = draft('direct', [[30, 40]], true, [0]);
    const c = draft('mixed', [[20, 45]], true, [0]);
    const drafts = [a, b, c];
    settleQuotes(TEXT, drafts);
    assert.deepStrictEqual(drafts, [a, c]);
  });

  it('an indirect quote that a later one runs out of ends where that one starts, loose punctuation trimmed', () => {
    // TEXT: "...the bridge, " then the quotation at 31.
    const open = TEXT.indexOf('"');
    const indirect = draft('indirect', [[15, open + 5]]);
    const direct = draft('direct', [[open, TEXT.indexOf(',"') + 2]]);
    const drafts = [indirect, direct];
    settleQuotes(TEXT, drafts);
    assert.deepStrictEqual(indirect.spans, [[15, TEXT.indexOf(', "')]]);
    assert.deepStrictEqual(wellFormed(drafts), []);
  });

  it('a reported clause that starts inside a direct quote starts after it', () => {
    const open = TEXT.indexOf('"');
    const close = TEXT.indexOf(',"') + 2;
    const direct = draft('direct', [[open, close]]);
    const indirect = draft('indirect', [[open + 3, 70]]);
    const drafts = [direct, indirect];
    settleQuotes(TEXT, drafts);
    assert.deepStrictEqual(indirect.spans, [[close + 1, 70]]);
  });

  it('nested quotes stay as they are', () => {
    const outer = draft('mixed', [[15, 70]]);
    const inner = draft('direct', [[31, 50]]);
    const drafts = [outer, inner];
    settleQuotes(TEXT, drafts);
    assert.deepStrictEqual(drafts.map((d) => d.spans), [[[15, 70]], [[31, 50]]]);
  });

  it('any set of drafts comes out well-formed (property)', () => {
    const span = fc.tuple(fc.nat({ max: TEXT.length }), fc.nat({ max: 60 })).map(([s, n]) => [s, Math.min(TEXT.length, s + n)] as Span);
    const arb = fc.array(
      fc.record({
        type: fc.constantFrom<QuoteType>('direct', 'mixed', 'indirect'),
        spans: fc.array(span, { minLength: 1, maxLength: 4 }),
        cued: fc.boolean(),
        regions: fc.array(fc.nat({ max: 5 }), { maxLength: 2 }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, (ds) => {
        const drafts = ds.map((d) => draft(d.type, d.spans, d.cued, d.regions));
        settleQuotes(TEXT, drafts);
        assert.deepStrictEqual(wellFormed(drafts), []);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});

describe('attribution: a cue split by its speaker', () => {
  it('"X quoted Y as saying": the cue is "quoted", its parts both word groups, each text its slice', () => {
    const text = 'Harbour\n\nThe evening paper quoted the harbour master as saying that the divers found nothing.';
    const q = analyzeText(text).quotes.find((x) => x.cue?.text === 'quoted');
    assert.ok(q, 'no quote with the cue "quoted"');
    assert.deepStrictEqual(q.cueParts?.map((p) => p.text), ['quoted', 'as saying']);
    for (const p of [q.cue!, ...q.cueParts!]) assert.strictEqual(text.slice(p.span[0], p.span[1]), p.text);
  });

  it('a one-word cue has no parts', () => {
    const q = analyzeText('Harbour\n\nThe harbour master said that the divers found nothing.').quotes[0];
    assert.strictEqual(q.cue?.text, 'said');
    assert.strictEqual(q.cueParts, undefined);
  });
});
