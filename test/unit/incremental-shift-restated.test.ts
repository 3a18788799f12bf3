// A statement moved by the incremental path (restated, src/core/incremental/statements.ts) is
// written field by field rather than spread: it must still be the statement with only its id,
// spans, speaker and figures changed, its fields in the literal's order, its prepared reading
// (the contradiction tests' cache) still its own, and a copy of a copy the same again.
import * as assert from 'assert';
import { analyzeText, reanalyze } from '../../src/core';
import { ownStatement, quoteStatement } from '../../src/core/findings';
import { prepared } from '../../src/core/findings/antonyms';
import { restated } from '../../src/core/incremental/statements';
import type { Span } from '../../src/core/types';

const TEXT = [
  'HARBOUR CITY — The port board met on Monday.',
  '"The budget rose by 12 percent to 40 million dollars this year," Anna Varga said.',
  'Unemployment rose to 12 percent in March, up from 9 percent a year earlier.',
].join('\n\n');

describe('incremental statements: restated copies', () => {
  const analysis = analyzeText(TEXT);
  const speakers = new Map(analysis.speakers.map((s) => [s.id, s]));
  const quote = quoteStatement(TEXT, analysis.quotes[0], speakers);
  const sentence = analysis.article.sentences[analysis.article.sentences.length - 1];
  const own = ownStatement(TEXT, sentence);

  for (const [what, s] of [['a quote\'s', quote], ['the article\'s own', own]] as const) {
    it(`${what} statement: every field kept in order but those given, the prepared reading kept`, () => {
      assert.ok(s.quantities.length > 0, 'the statement has figures');
      const spans: Span[] = s.spans.map(([a, b]) => [a + 3, b + 3]);
      const quantities = s.quantities.map((q) => ({ ...q, span: [q.span[0] + 3, q.span[1] + 3] as Span }));
      const r = restated(s, 'q9', spans, 's7', 'Someone', quantities);
      assert.deepStrictEqual(Object.keys(r), Object.keys(s));
      assert.deepStrictEqual({ ...r }, { ...s, id: 'q9', spans, speakerId: 's7', speakerName: 'Someone', quantities });
      assert.ok(prepared(s), 'the original has a prepared reading');
      assert.strictEqual(prepared(r), prepared(s));
      // A copy of a copy (what an article edited for a while holds) is the same again.
      const again = restated(r, s.id, s.spans, s.speakerId, s.speakerName, s.quantities);
      assert.deepStrictEqual(Object.keys(again), Object.keys(s));
      assert.deepStrictEqual({ ...again }, { ...s });
      assert.strictEqual(prepared(again), prepared(s));
    });
  }

  it('a chain of typed and deleted letters after the quote: equal to analyzeText each time', () => {
    let text = TEXT;
    let prev = reanalyze(null, text);
    const at = text.indexOf('March') + 2;
    for (let k = 0; k < 8; k++) {
      const e = k % 2 === 0 ? { start: at, end: at, text: 'r' } : { start: at, end: at + 1, text: '' };
      text = text.slice(0, e.start) + e.text + text.slice(e.end);
      prev = reanalyze(prev, text, e);
      assert.deepStrictEqual(prev, analyzeText(text), `edit ${k + 1}`);
    }
  });
});
