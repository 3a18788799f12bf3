// quantitiesClash compares two figures' narrowing words without joining them when it can; this
// holds it to its definition (same kind, narrowings equal once joined by spaces, intervals apart).
import * as assert from 'assert';
import { quantitiesClash, type Quantity } from '../../src/core/findings/numbers';
import { rng } from './random';

const definition = (a: Quantity, b: Quantity) => a.kind === b.kind && a.narrowing.join(' ') === b.narrowing.join(' ') && (a.hi < b.lo || b.hi < a.lo);

describe('figures that clash', () => {
  it('quantitiesClash equals its definition on 50,000 random pairs (narrowings that join alike from other words too)', () => {
    const random = rng(3);
    // 'a b' joins like 'a', 'b': the definition's reading is kept for such lists too.
    const words = ['child', 'mexican', 'a', 'b', 'a b', ''];
    const quantity = (): Quantity => {
      const lo = Math.floor(random() * 6);
      const narrowing = Array.from({ length: Math.floor(random() * 3) }, () => words[Math.floor(random() * words.length)]);
      return { kind: random() < 0.8 ? 'dead' : 'injured', lo, hi: random() < 0.2 ? Infinity : lo + Math.floor(random() * 3), narrowing, span: [0, 1], text: '' };
    };
    let clash = 0;
    let joinedAlike = 0;
    for (let round = 0; round < 50_000; round++) {
      const a = quantity();
      const b = quantity();
      const want = definition(a, b);
      assert.strictEqual(quantitiesClash(a, b), want, JSON.stringify([a, b]));
      if (want) clash++;
      if (want && a.narrowing.length !== b.narrowing.length) joinedAlike++;
    }
    assert.ok(clash > 2_000 && joinedAlike > 20, `${clash} clashes, ${joinedAlike} of unequal lists joined alike`);
  });
});
