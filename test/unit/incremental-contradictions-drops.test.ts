// With a memo, an edit that changes a few statements' contents in place (same number of
// statements, each spoken by whom it was, each in its speaker's list as before) updates only the
// lists holding a changed statement: the other speakers' states are kept as they were. The drops
// must stay those of judging every statement; any other edit (a speaker changed, a statement put
// in, a statement's keys crossing the four a list asks for) is judged whole.
import * as assert from 'assert';
import fc from 'fast-check';
import { contradictionMemo, dropRestatements } from '../../src/core/findings/contradictions';
import type { Statement } from '../../src/core/findings';
import { rng } from './random';

const WORDS = ['tide', 'gate', 'harbour', 'ferry', 'storm', 'wall', 'pier', 'crane'];
// For the long lists (over the window of 200): more words, so more distinct groups.
const MORE_WORDS = [...WORDS, 'lock', 'quay', 'dock', 'buoy', 'reef', 'mast', 'hull', 'keel'];
const TYPES = ['indirect', 'direct', 'mixed'] as const;
const SPEAKERS = ['p1', 'p2', 'p3', 'p4'];

/** A content of its own (a new keys set, as a rebuilt statement has): 2-7 of a few words, some denied. */
function content(rand: () => number, words = WORDS) {
  const keys = new Set<string>();
  const size = 2 + Math.floor(rand() * 6);
  while (keys.size < size) keys.add(words[Math.floor(rand() * words.length)]);
  const denied = new Set<string>();
  for (const k of keys) if (rand() < 0.08) denied.add(k);
  const pos = new Set([...keys].filter((k) => !denied.has(k)));
  return { type: TYPES[Math.floor(rand() * 3)], keys, pos, denied };
}

type Item = { c: ReturnType<typeof content>; speaker: string | null; source: 'quote' | 'own' };

function statementsOf(items: Item[]): Statement[] {
  return items.map(
    (x, i) => ({ id: `s${i}`, source: x.source, spans: [[i * 10, i * 10 + 5]], speakerId: x.speaker, speakerName: x.speaker ?? '', ...x.c }) as unknown as Statement,
  );
}

const ids = (l: Statement[]) => l.map((s) => s.id);

describe('incremental contradictions: restatement drops of the speakers an edit changed', function () {
  this.timeout(120000);

  it('equal to judging every statement; the speakers the edit left alone keep their state', () => {
    let inPlace = 0;
    let keptOthers = 0;
    let changedDrops = 0;
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 20, max: 300 }), (seed, size) => {
        const rand = rng(seed);
        // Over 200 statements, one or two speakers: lists longer than the window, and more grouped
        // quotes than it (statements of fewer than four keys are then listed too).
        const long = size > 200;
        const speakers = long ? SPEAKERS.slice(0, 1 + Math.floor(rand() * 2)) : SPEAKERS;
        const words = long ? MORE_WORDS : WORDS;
        const item = (): Item =>
          rand() < 0.15 ? { c: content(rand, words), speaker: null, source: 'own' } : { c: content(rand, words), speaker: speakers[Math.floor(rand() * speakers.length)], source: 'quote' };
        let items = Array.from({ length: size }, item);
        const memo = contradictionMemo();
        let before = ids(dropRestatements(statementsOf(items), memo));
        for (let e = 0; e < 15; e++) {
          const states = memo.speakers;
          items = items.slice();
          const roll = rand();
          const touched = new Set<string | null>();
          let simple = false;
          if (roll < 0.1) items.splice(Math.floor(rand() * items.length), 0, item());
          else if (roll < 0.2) {
            const at = Math.floor(rand() * items.length);
            items[at] = { ...items[at], speaker: SPEAKERS[Math.floor(rand() * SPEAKERS.length)], source: 'quote' };
          } else {
            // Contents changed in place, now and then a copy of another's (alike to it).
            simple = true;
            const k = 1 + Math.floor(rand() * 2);
            for (let m = 0; m < k; m++) {
              const at = Math.floor(rand() * items.length);
              const c = rand() < 0.2 ? { ...items[Math.floor(rand() * items.length)].c } : content(rand, words);
              if ((c.keys.size >= 4) !== (items[at].c.keys.size >= 4)) simple = false; // in or out of its list
              items[at] = { ...items[at], c };
              touched.add(items[at].speaker);
            }
          }
          const statements = statementsOf(items);
          const got = ids(dropRestatements(statements, memo));
          assert.deepStrictEqual(got, ids(dropRestatements(statements)), `seed ${seed}, edit ${e}`);
          if (got.join() !== before.join()) changedDrops++;
          before = got;
          if (simple && states) {
            inPlace++;
            // Every speaker the edit did not touch keeps its state object (the full pass makes each anew).
            const others = SPEAKERS.filter((p) => !touched.has(p) && states.has(p));
            if (others.length && others.every((p) => memo.speakers!.get(p) === states.get(p))) keptOthers++;
          }
        }
      }),
      { numRuns: 80 },
    );
    assert.ok(keptOthers > inPlace / 2, `${keptOthers} of ${inPlace} in-place edits kept the other speakers' states`);
    assert.ok(changedDrops > 20, `${changedDrops} edits changed the drops`);
  });
});
