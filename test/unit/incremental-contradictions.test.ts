// The contradiction memo's whole-list answers (restatement drops, candidate pairs) are given again
// only for the same sequence of contents and speakers: one memo carried across many lists, as
// across edits, answers as no memo does.
import * as assert from 'assert';
import fc from 'fast-check';
import { contradictionMemo, dropRestatements } from '../../src/core/findings/contradictions';
import type { Statement } from '../../src/core/findings';

describe('incremental contradictions: the memo across lists', () => {
  it('dropRestatements with one memo over a sequence of lists equals it without one', () => {
    const words = ['tide', 'gate', 'harbour', 'ferry', 'storm', 'wall'];
    // A few contents, each made once: with a memo a content is its keys set (shared, as reused
    // statements share it), so lists differ by which contents they hold and who says them.
    const contents = [
      ['tide', 'gate', 'harbour', 'ferry'],
      ['tide', 'gate', 'harbour', 'ferry', 'storm'],
      ['tide', 'gate', 'harbour', 'ferry', 'wall'],
      words,
      ['storm', 'wall'],
    ].map((ks, i) => ({ type: (['indirect', 'direct', 'indirect', 'mixed', 'indirect'] as const)[i], pos: new Set(ks), denied: new Set<string>(), keys: new Set(ks) }));
    const item = fc.record({ c: fc.nat(contents.length - 1), speaker: fc.constantFrom('p1', 'p2', null), own: fc.boolean() });
    const list = fc.array(item, { maxLength: 8 });
    fc.assert(
      fc.property(fc.array(list, { minLength: 2, maxLength: 6 }), (lists) => {
        const memo = contradictionMemo();
        // Each list twice (the second call takes the memo's answer), then its contents said by
        // others (the same contents: only the speakers tell the memo's answer is not this one's).
        const others = { p1: 'p2', p2: null, null: 'p1' } as Record<string, string | null>;
        const said = (l: typeof lists[number]) => l.map((x) => ({ ...x, speaker: others[String(x.speaker)] }));
        for (const specs of lists.flatMap((l) => [l, l, said(l)])) {
          const statements = specs.map(
            (x, i) =>
              ({
                id: `q${i}`,
                source: x.own ? 'own' : 'quote',
                spans: [[i * 10, i * 10 + 5]],
                speakerId: x.speaker,
                ...contents[x.c],
                type: x.own ? 'own' : contents[x.c].type,
              }) as unknown as Statement,
          );
          const ids = (l: Statement[]) => l.map((s) => s.id);
          assert.deepStrictEqual(ids(dropRestatements(statements, memo)), ids(dropRestatements(statements)));
        }
      }),
      { numRuns: 400 },
    );
  });
});
