// RangeIds numbers strings given as ranges of larger strings (the cross-article search's keys, read
// in place from each article's digest): the same characters get the same id wherever they sit, in
// the order first met, as a Map from the cut-out strings would number them.
import * as assert from 'assert';
import { RangeIds } from '../../src/core/workspace/rangeIds';
import { makeRng } from '../../scripts/bench/templates';

describe('cross-article key ids (RangeIds)', () => {
  it('numbers ranges as a Map numbers the strings cut out, through many table growths', () => {
    const rng = makeRng(7);
    const ids = new RangeIds();
    const expected = new Map<string, number>();
    // Short keys from a small alphabet collide often in hash and length; a few are empty or long.
    const word = () => Array.from({ length: Math.floor(rng() * 7) }, () => 'abcé\u2019'[Math.floor(rng() * 5)]).join('') + (rng() < 0.01 ? 'x'.repeat(300) : '');
    for (let round = 0; round < 200; round++) {
      const words = Array.from({ length: 100 }, word);
      const joined = '#' + words.join('|');
      let at = 1;
      for (const w of words) {
        if (!expected.has(w)) expected.set(w, expected.size);
        assert.strictEqual(ids.id(joined, at, at + w.length), expected.get(w), `"${w}"`);
        at += w.length + 1;
      }
    }
    assert.strictEqual(ids.size, expected.size);
    assert.ok(ids.size > 2048, 'the table grew (at 2,048 ids) at least once');
  });

  it('tells apart ranges of equal length and hash bucket by their characters, and forgets all on clear', () => {
    const ids = new RangeIds();
    assert.strictEqual(ids.id('abcabd', 0, 3), 0);
    assert.strictEqual(ids.id('abcabd', 3, 6), 1);
    assert.strictEqual(ids.id('xxabc', 2, 5), 0);
    assert.strictEqual(ids.id('', 0, 0), 2);
    ids.clear();
    assert.strictEqual(ids.size, 0);
    assert.strictEqual(ids.id('abd', 0, 3), 0);
  });
});
