// Figures moved by an edit (shift.shiftQuantities) keep every field of the statement's own, in
// quantitiesOf's order (the findings splice compares statements key by key, so another order
// reads as another statement and costs a contradiction search), with the span moved.
import * as assert from 'assert';
import { ownStatement } from '../../src/core/findings/statements';
import { shiftQuantities } from '../../src/core/shift';

describe('incremental analysis: figures moved', () => {
  const text = 'At least 40 people were killed and 120 injured in the blast on Monday, police said.';
  const made = ownStatement(text, [0, text.length]).quantities;

  it('every field in the order it was made, the span moved; a copy of a copy alike', () => {
    assert.ok(made.length >= 2, `figures: ${made.length}`);
    const once = shiftQuantities(made, 7);
    const twice = shiftQuantities(once, -3);
    made.forEach((q, i) => {
      for (const [moved, d] of [[once[i], 7], [twice[i], 4]] as const) {
        assert.deepStrictEqual(Object.keys(moved), Object.keys(q));
        assert.deepStrictEqual({ ...moved, span: null }, { ...q, span: null });
        assert.deepStrictEqual(moved.span, [q.span[0] + d, q.span[1] + d]);
      }
    });
    assert.deepStrictEqual(made.map((q) => q.span), ownStatement(text, [0, text.length]).quantities.map((q) => q.span), 'the original is not changed');
  });

  it('nothing moved, or no figures: the list itself', () => {
    assert.strictEqual(shiftQuantities(made, 0), made);
    const none: typeof made = [];
    assert.strictEqual(shiftQuantities(none, 5), none);
  });
});
