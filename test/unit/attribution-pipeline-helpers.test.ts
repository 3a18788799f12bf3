// Helpers of the attribution pipeline rewritten for speed (issue 6) agree with the plain
// definitions they replace, on random input.
import * as assert from 'assert';
import fc from 'fast-check';
import { outsideBoilerplate } from '../../src/core/attribution';
import type { Span } from '../../src/core/types';

/** Spans in text order, apart (the article model's paragraphs and merged boilerplate). */
const ordered = fc.array(fc.tuple(fc.nat(6), fc.nat(8)), { maxLength: 12 }).map((steps) => {
  const out: Span[] = [];
  let at = 0;
  for (const [gap, len] of steps) {
    out.push([at + gap, at + gap + len]);
    at += gap + len;
  }
  return out;
});
/** Any spans at all: out of order, overlapping, even reversed. */
const loose = fc.array(fc.tuple(fc.nat(60), fc.nat(60)), { maxLength: 10 }) as fc.Arbitrary<Span[]>;

const byDefinition = (paragraphs: Span[], boilerplate: Span[]) => paragraphs.filter(([s, e]) => !boilerplate.some(([bs, be]) => s < be && bs < e));

describe('attribution pipeline: paragraphs outside the boilerplate', () => {
  it('one walk over both lists keeps the paragraphs that overlap no boilerplate (property)', () => {
    fc.assert(fc.property(ordered, ordered, (paragraphs, boilerplate) => {
      assert.deepStrictEqual(outsideBoilerplate(paragraphs, boilerplate), byDefinition(paragraphs, boilerplate));
    }), { numRuns: 3000 });
  });

  it('lists out of order or overlapping get the same answer (property)', () => {
    fc.assert(fc.property(fc.oneof(ordered, loose), loose, (paragraphs, boilerplate) => {
      assert.deepStrictEqual(outsideBoilerplate(paragraphs, boilerplate), byDefinition(paragraphs, boilerplate));
    }), { numRuns: 3000 });
  });

  it('an empty paragraph inside a boilerplate span goes; one at its start stays', () => {
    assert.deepStrictEqual(outsideBoilerplate([[0, 5], [12, 12], [10, 10], [30, 40]], [[10, 20]]), [[0, 5], [10, 10], [30, 40]]);
  });

  it('the answer is a new list even with no boilerplate (callers keep it)', () => {
    const paragraphs: Span[] = [[0, 4]];
    const out = outsideBoilerplate(paragraphs, []);
    assert.deepStrictEqual(out, paragraphs);
    assert.notStrictEqual(out, paragraphs);
  });
});
