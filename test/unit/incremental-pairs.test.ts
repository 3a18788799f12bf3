// The contradiction memo's candidate pairs, updated edit by edit (the changed run's postings out,
// the new ones in, pairs among unchanged statements kept), equal pairsByKeys over the whole list.
import * as assert from 'assert';
import fc from 'fast-check';
import { contradictionMemo, keptPairs, type ContradictionMemo } from '../../src/core/findings/contradictions';
import type { Statement } from '../../src/core/findings';

// Few keys, so lists of up to ~90 statements push keys across MAX_POSTING (24) and back; two
// figures of one kind post a count key twice (a statement paired with itself).
const WORDS = ['tide', 'gate', 'harbour', 'ferry', 'storm', 'wall', 'levy', 'pier'];
const content = fc.record({
  words: fc.subarray(WORDS, { minLength: 0, maxLength: 4 }),
  figures: fc.array(fc.constantFrom('killed', 'injured'), { maxLength: 2 }),
});
type Content = { words: string[]; figures: string[] };

function statement(c: Content, i: number, keys: Set<string>): Statement {
  return {
    id: `q${i + 1}`,
    source: 'quote',
    spans: [[i * 10, i * 10 + 5]],
    text: '',
    speakerId: null,
    speakerName: 'x',
    pos: keys,
    neg: new Set(),
    keys,
    surface: new Map(),
    denied: new Set(),
    hedged: false,
    type: 'direct',
    names: new Set(),
    quantities: c.figures.map((kind, k) => ({ kind, value: k + 1, span: [i * 10, i * 10 + 1] })),
  } as unknown as Statement;
}

/** A list of contents: a content is its keys set (reused statements share it), made once. */
type Item = { c: Content; keys: Set<string> };
const item = content.map((c): Item => ({ c, keys: new Set(c.words) }));

describe('incremental contradictions: candidate pairs updated per edit', () => {
  it('keptPairs with a memo carried over random edits (from any earlier analysis) equals a fresh search', () => {
    const edit = fc.record({
      base: fc.nat(),
      at: fc.nat(),
      cut: fc.oneof(fc.nat(3), fc.nat(40)),
      put: fc.oneof(fc.array(item, { maxLength: 3 }), fc.array(item, { maxLength: 40 })),
      // A moved statement keeps its content: put an earlier one back in.
      again: fc.option(fc.nat(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 90 }), fc.array(edit, { minLength: 1, maxLength: 12 }), (first, edits) => {
        const toStatements = (l: Item[]) => l.map((x, i) => statement(x.c, i, x.keys));
        const history: { list: Item[]; memo: ContradictionMemo }[] = [];
        let memo = contradictionMemo();
        keptPairs(toStatements(first), memo);
        history.push({ list: first, memo });
        for (const e of edits) {
          // As reanalyze does: each analysis carries a copy of its base's memo.
          const base = history[e.base % history.length];
          const at = base.list.length ? e.at % (base.list.length + 1) : 0;
          const put = e.again !== undefined && base.list.length ? [...e.put, base.list[e.again % base.list.length]] : e.put;
          const list = [...base.list.slice(0, at), ...put, ...base.list.slice(at + e.cut)];
          memo = { ...base.memo };
          const statements = toStatements(list);
          assert.deepStrictEqual([...keptPairs(statements, memo)], [...keptPairs(statements)]);
          history.push({ list, memo });
        }
      }),
      { numRuns: 600 },
    );
  });
});
