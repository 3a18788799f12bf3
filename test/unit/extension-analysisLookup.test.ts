// Cursor lookups used by hovers and the tree's follow-the-cursor: quote, mention and sentence at
// an offset, a speaker's quotes, findings on a quote.
import * as assert from 'assert';
import { lookupFor } from '../../src/extension/analysisLookup';
import { analysis, quote, spanOf, speaker } from './extension-helpers';

const T = 'Chief Nora Hale said "the river is rising." Hale added that roads were closed. The dam held.';

describe('extension analysis lookup', () => {
  const hale = speaker(T, 's1', 'Nora Hale', 'person', ['Chief Nora Hale', 'Hale'], 'Chief');
  const q1 = quote(T, 'q1', 'direct', '"the river is rising."', 'said', hale, 'Chief Nora Hale');
  const q2 = quote(T, 'q2', 'indirect', 'that roads were closed', 'added', hale, 'Hale');
  const a = analysis(T, [q1, q2], [hale], [{ rule: 'unattributed', severity: 'information', span: spanOf(T, 'The dam held.'), message: 'm', related: [{ span: q2.spans[0], message: 'r' }] }]);
  const l = lookupFor(a);

  it('finds the quote under the cursor, including at its edges and on its cue', () => {
    assert.strictEqual(l.quoteAt(spanOf(T, 'river')[0])?.id, 'q1');
    assert.strictEqual(l.quoteAt(q1.spans[0][1])?.id, 'q1');
    assert.strictEqual(l.quoteAt(spanOf(T, 'added')[0] + 1)?.id, 'q2');
    assert.strictEqual(l.quoteAt(spanOf(T, 'dam')[0]), undefined);
  });

  it('finds speaker mentions and their entity', () => {
    const hit = l.mentionAt(spanOf(T, 'Hale added')[0] + 1);
    assert.strictEqual(hit?.speaker.entity, 'Nora Hale');
    assert.strictEqual(hit?.mention.text, 'Hale');
    assert.strictEqual(l.mentionAt(spanOf(T, 'river')[0]), undefined);
  });

  it("lists a speaker's quotes and the findings that touch a quote", () => {
    assert.deepStrictEqual(l.quotesOf('s1').map((q) => q.id), ['q1', 'q2']);
    assert.strictEqual(l.findingsOn(q2).length, 1);
    assert.strictEqual(l.findingsOn(q1).length, 0);
  });

  it('finds the sentence at an offset and caches the lookup per analysis', () => {
    const s = l.sentenceAt(spanOf(T, 'dam')[0]);
    assert.deepStrictEqual(s, spanOf(T, 'The dam held.'));
    assert.strictEqual(lookupFor(a), l);
  });

  it('stays fast and right on a long article', () => {
    const sentence = 'Aide Mark Bell said "we are ready." ';
    const text = sentence.repeat(5000);
    const bell = { id: 's1', entity: 'Mark Bell', kind: 'person' as const, role: null, affiliation: null, mentions: [] as { text: string; span: [number, number] }[] };
    const quotes = [];
    for (let i = 0; i < 5000; i++) {
      const base = i * sentence.length;
      const content: [number, number] = [base + 19, base + 34];
      bell.mentions.push({ text: 'Aide Mark Bell', span: [base, base + 14] });
      quotes.push({ id: `q${i}`, type: 'direct' as const, spans: [content], text: text.slice(...content), cue: null, speaker: { id: 's1', entity: 'Mark Bell', mention: null, mentionSpan: null }, via: null });
    }
    const big = lookupFor(analysis(text, quotes, [bell]));
    assert.strictEqual(big.quoteAt(4321 * sentence.length + 25)?.id, 'q4321');
    assert.strictEqual(big.mentionAt(4321 * sentence.length + 3)?.speaker.id, 's1');
  });
});
