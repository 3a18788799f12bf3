// The position lookup makes each index on first use (the service warms them once typing pauses):
// asked in any order, or warmed first, it gives the same answers.
import * as assert from 'assert';
import { analyzeText, type Analysis } from '../../src/core';
import { lookupFor } from '../../src/extension/analysisLookup';

const TEXT = `Pier opening delayed

HARBOURTOWN, May 2 -

Mayor Ana Ruiz said the pier would open in May. "We are on schedule," Ruiz told reporters on Monday.

Port chief Eli Moss said the pier would not open before July. "No comment," Moss said.

Ruiz said the contractor had been paid in full. Moss said the contractor had not been paid.

The budget was cut by 40 percent last year, and officials expect 2,000 visitors a day.
`;

/** Every answer the lookup gives, for every offset and every quote and speaker. */
function answers(a: Analysis, order: 'hover-first' | 'sentences-first' | 'warm'): unknown[] {
  const l = lookupFor(a);
  if (order === 'warm') l.warm();
  if (order === 'sentences-first') l.sentenceAt(0);
  const out: unknown[] = [];
  for (let o = 0; o <= a.article.text.length; o++) {
    const m = l.mentionAt(o);
    out.push([o, l.quoteAt(o)?.id, m && [m.speaker.id, m.mention.span], l.sentenceAt(o)]);
  }
  for (const q of a.quotes) out.push([q.id, l.findingsOn(q).map((f) => [f.rule, f.span])]);
  for (const s of a.speakers) out.push([s.id, l.speaker(s.id)?.entity, l.quotesOf(s.id).map((q) => q.id)]);
  return out;
}

describe('extension analysis lookup: indexes made on first use', () => {
  it('answers the same whether warmed, asked for sentences first or for hovers first', () => {
    const warmed = answers(analyzeText(TEXT), 'warm');
    assert.ok(warmed.length > TEXT.length);
    assert.deepStrictEqual(answers(analyzeText(TEXT), 'sentences-first'), warmed);
    assert.deepStrictEqual(answers(analyzeText(TEXT), 'hover-first'), warmed);
  });

  it('finds findings on quotes and quotes under the cursor in this article (the comparison is not of empty answers)', () => {
    const a = analyzeText(TEXT);
    const l = lookupFor(a);
    assert.ok(a.quotes.some((q) => l.findingsOn(q).length > 0));
    assert.ok(a.quotes.every((q) => l.quoteAt(q.spans[0][0] + 1) === q));
    assert.ok(a.speakers.some((s) => s.mentions.some((m) => l.mentionAt(m.span[0])?.speaker.id === s.id)));
  });
});
