// KeyIndex: the inverted index of the cross-article search over integer items and keys, in typed
// arrays. It must give InvertedIndex's pairs, in its order, and count the same keys left out.
import * as assert from 'assert';
import { InvertedIndex } from '../../src/core/workspace';
import { KeyIndex } from '../../src/core/workspace/keyIndex';
import { IntList } from '../../src/core/workspace/intList';

describe('cross-article key index', () => {
  it('gives the pairs, their order and the keys left out of InvertedIndex, on random items with repeated keys', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let run = 0; run < 40; run++) {
      const nKeys = 2 + Math.floor(rnd() * 30);
      const cap = 2 + Math.floor(rnd() * 25);
      const minShared = 1 + Math.floor(rnd() * 3);
      const strings = new InvertedIndex<number>();
      const ints = new KeyIndex();
      const n = Math.floor(rnd() * 80);
      for (let i = 0; i < n; i++) {
        // Skewed key choice (some keys common enough to pass the cap), a key sometimes given twice.
        const keys = Array.from({ length: Math.floor(rnd() * 7) }, () => Math.floor(rnd() * rnd() * nKeys));
        strings.add(i, keys.map((k) => `k${k}`));
        ints.addItem();
        for (const k of keys) ints.addKey(k);
      }
      const expected = strings.pairs(() => true, minShared, cap).flatMap(([x, y]) => [x, y]);
      const flat = ints.pairSteps(minShared, cap);
      let r = flat.next();
      while (!r.done) r = flat.next();
      const got: IntList = r.value;
      assert.deepStrictEqual(Array.from({ length: got.length }, (_, i) => got.get(i)), expected, `run ${run}`);
      assert.strictEqual(ints.skippedKeys, strings.skippedKeys, `run ${run}`);
      assert.strictEqual(ints.size, n);
    }
  });
});
