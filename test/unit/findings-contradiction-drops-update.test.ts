// With a memo, a speaker whose statements changed in place (a few, each alike to no other) has its
// restatement drops updated from the last analysis's: only the changed statements' pairs within
// the restatement window are judged again. The drops must stay those of judging every pair.
import * as assert from 'assert';
import fc from 'fast-check';
import { reanalyze, analyzeText, type Analysis } from '../../src/core';
import { contradictionMemo, dropRestatements } from '../../src/core/findings/contradictions';
import type { Statement } from '../../src/core/findings';
import { articleOfWords } from '../../scripts/bench/corpus';
import { check } from './incremental-helpers';
import { rng } from './random';

const WORDS = ['tide', 'gate', 'harbour', 'ferry', 'storm', 'wall', 'pier', 'crane', 'dock', 'mayor'];
const TYPES = ['indirect', 'direct', 'mixed'] as const;

/** A content of its own (a new keys set, as a rebuilt statement has): 3-7 of a few words, some denied. */
function content(rng: () => number) {
  const ks = new Set<string>();
  const size = 3 + Math.floor(rng() * 5);
  while (ks.size < size) ks.add(WORDS[Math.floor(rng() * WORDS.length)]);
  const denied = new Set<string>();
  for (const k of ks) if (rng() < 0.08) denied.add(k);
  const pos = new Set([...ks].filter((k) => !denied.has(k)));
  return { type: TYPES[Math.floor(rng() * 3)], keys: ks, pos, denied };
}

type Content = ReturnType<typeof content>;

function statementsOf(contents: { c: Content; speaker: string }[]): Statement[] {
  return contents.map(
    (x, i) => ({ id: `q${i}`, source: 'quote', spans: [[i * 10, i * 10 + 5]], speakerId: x.speaker, speakerName: x.speaker, ...x.c }) as unknown as Statement,
  );
}

describe('restatement drops updated across edits (memo)', function () {
  this.timeout(120000);

  it('equal to judging every pair, for a speaker of hundreds of statements edited a few at a time', () => {
    let updated = 0;
    let edits = 0;
    let changedDrops = 0;
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 150, max: 450 }), (seed, size) => {
        const rand = rng(seed);
        // One speaker with `size` statements (over the window of 200 when above it), another with a few.
        let items = Array.from({ length: size }, () => ({ c: content(rand), speaker: rand() < 0.95 ? 'p1' : 'p2' }));
        const memo = contradictionMemo();
        const ids = (l: Statement[]) => l.map((s) => s.id);
        let before = dropRestatements(statementsOf(items), memo);
        assert.deepStrictEqual(ids(before), ids(dropRestatements(statementsOf(items))));
        for (let e = 0; e < 12; e++) {
          const last = memo.speakers?.get('p1');
          items = items.slice();
          const roll = rand();
          if (roll < 0.1) {
            // A statement put in: the list is judged whole.
            items.splice(Math.floor(rand() * items.length), 0, { c: content(rand), speaker: 'p1' });
          } else {
            const k = 1 + Math.floor(rand() * 3);
            for (let m = 0; m < k; m++) {
              const at = Math.floor(rand() * items.length);
              // Now and then a copy of another statement's content (alike to it: judged whole).
              const c = roll < 0.25 ? { ...items[Math.floor(rand() * items.length)].c } : content(rand);
              items[at] = { c, speaker: items[at].speaker };
            }
          }
          const statements = statementsOf(items);
          const got = dropRestatements(statements, memo);
          assert.deepStrictEqual(ids(got), ids(dropRestatements(statements)), `seed ${seed}, edit ${e}`);
          edits++;
          // An update keeps the groups it did not regroup (the full pass makes every group anew).
          const kept = new Set(last?.groups);
          if (memo.speakers?.get('p1')?.groups.some((g) => kept.has(g))) updated++;
          if (ids(got).join() !== ids(before).join()) changedDrops++;
          before = got;
        }
      }),
      { numRuns: 60 },
    );
    // Most edits take the update (else this would test the full pass twice), and edits change the drops.
    assert.ok(updated > edits / 3, `${updated} of ${edits} updated`);
    assert.ok(changedDrops > edits / 4, `${changedDrops} of ${edits} changed the drops`);
  });

  it('reanalyze after letters replaced in the quotes of a speaker of hundreds equals analyzeText', () => {
    const text = articleOfWords(20000, 3);
    const base: Analysis = analyzeText(text);
    const counts = new Map<string, number>();
    for (const q of base.quotes) if (q.speaker.id) counts.set(q.speaker.id, (counts.get(q.speaker.id) ?? 0) + 1);
    const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
    assert.ok(n >= 200, `the top speaker has ${n} quotes`);
    const quotes = base.quotes.filter((q) => q.speaker.id === top);
    // Some edits from the same analysis (as the bench makes them), some in a row.
    let prev = reanalyze(null, text);
    let cur = text;
    for (let k = 0; k < 8; k++) {
      const q = quotes[Math.floor(((k + 0.5) * quotes.length) / 8)];
      let at = -1;
      const [from, to] = q.spans[0];
      for (let i = from + 2; i < to - 2; i++) if (/[a-z]{3}/.test(cur.slice(i - 1, i + 2))) (at = i), (i = to);
      assert.ok(at > 0);
      const e = { start: at, end: at + 1, text: cur[at] === 'e' ? 'a' : 'e' };
      const next = check(prev, cur, e, `quote ${k}`);
      if (k % 2 === 1) {
        prev = next;
        cur = cur.slice(0, e.start) + e.text + cur.slice(e.end);
      }
    }
  });
});
