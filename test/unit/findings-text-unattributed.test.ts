// The unattributed rule skips sentences a quote covers (its spans, cue or speaker mention). For
// sentences in text order it marks, span by span, the run of sentences each span overlaps (a binary
// search, no sort of the spans). These tests hold that to the plain definition, "some span
// overlaps the sentence", on random sentence lists with touching, empty and nested spans.
import * as assert from 'assert';
import { checkWorthiness, coveredSentences, findUnattributed, hasFigure, insideQuotation } from '../../src/core/findings/unattributed';
import { readWords } from '../../src/core/findings/text';
import { bodySentences } from '../../src/core/findings/statements';
import { analyzeText } from '../../src/core';
import type { Span } from '../../src/core/types';
import { rng } from './random';

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

describe('sentences covered by quotes', () => {
  it('marks what some span overlaps, on 5,000 random lists of sentences in text order', () => {
    const r = rng(61);
    let marked = 0;
    let total = 0;
    for (let k = 0; k < 5000; k++) {
      // Sentences one after another, some empty, some touching, some with gaps.
      const sentences: Span[] = [];
      let at = Math.floor(r() * 5);
      for (let i = Math.floor(r() * 12); i > 0; i--) {
        const start = at + (r() < 0.5 ? 0 : Math.floor(r() * 4));
        const end = start + (r() < 0.1 ? 0 : 1 + Math.floor(r() * 20));
        sentences.push([start, end]);
        at = end;
      }
      const taken: Span[] = [];
      for (let i = Math.floor(r() * 8); i > 0; i--) {
        const start = Math.floor(r() * (at + 10));
        taken.push([start, start + (r() < 0.15 ? 0 : Math.floor(r() * 30))]);
      }
      const want = sentences.map((s) => taken.some((t) => overlaps(t, s)));
      assert.deepStrictEqual(coveredSentences(sentences, taken), want, JSON.stringify({ sentences, taken }));
      marked += want.filter(Boolean).length;
      total += want.length;
    }
    assert.ok(marked > total / 5 && marked < (total * 4) / 5, `${marked} of ${total}`);
  });

  it('marks the same when the spans come mostly in text order, near and far apart (long lists)', () => {
    const r = rng(62);
    let far = 0;
    for (let k = 0; k < 3000; k++) {
      const sentences: Span[] = [];
      let at = 0;
      for (let i = Math.floor(r() * 60); i > 0; i--) {
        const start = at + (r() < 0.5 ? 0 : Math.floor(r() * 4));
        const end = start + (r() < 0.1 ? 0 : 1 + Math.floor(r() * 20));
        sentences.push([start, end]);
        at = end;
      }
      // Spans in text order with steps short and long, now and then one from further back.
      const taken: Span[] = [];
      let from = 0;
      for (let i = Math.floor(r() * 20); i > 0; i--) {
        const step = r() < 0.7 ? Math.floor(r() * 15) : Math.floor(r() * 300);
        if (step > 150) far++;
        from = r() < 0.1 ? Math.floor(r() * from) : from + step;
        taken.push([from, from + Math.floor(r() * 25)]);
      }
      const want = sentences.map((s) => taken.some((t) => overlaps(t, s)));
      assert.deepStrictEqual(coveredSentences(sentences, taken), want, JSON.stringify({ sentences, taken }));
    }
    assert.ok(far > 3000, `${far} long steps`);
  });

  it('reads sentences out of text order as before: by the spans sorted by start', () => {
    const text = 'Headline\n\nA fire killed 12 people on Monday. Officials said 40 homes burned. "It was 3 times worse," he said. Rescuers found 9 more bodies.';
    const a = analyzeText(text);
    const sentences = bodySentences(a.article);
    const inOrder = findUnattributed(a.article, sentences, a.quotes);
    // The same sentences with the lead kept first and the rest reversed: the same findings, in that order.
    const shuffled = [sentences[0], ...sentences.slice(1).reverse()];
    const outOfOrder = findUnattributed(a.article, shuffled, a.quotes);
    assert.ok(inOrder.length > 0);
    assert.deepStrictEqual(outOfOrder.map((f) => f.span).sort((x, y) => x[0] - y[0]), inOrder.map((f) => f.span));
    assert.deepStrictEqual(insideQuotation(a.article, shuffled), [false, ...insideQuotation(a.article, sentences).slice(1).reverse()]);
  });

  it("reads a sentence's figures from its words as from its tokens, on 10,000 random sentences", () => {
    const r = rng(62);
    const pieces = ['42', '1,200', '3.5', '2011', '1999', 'one', 'zero', 'twenty-one', 'half', 'dozens', 'hundreds', 'March', 'Oct', 'may', 'hours', 'km', 'year-old', 'FM', 'FM105', 'route', 'aged', 'age',
      'Ann', 'Smith', 'people', 'died', 'said', 'and', 'at', 'no', 'the', ',', ':', '-', '.', '%', ' ', ' ', ' ', ' ', ' ', '\u00a0', '\u2019'];
    let figures = 0;
    for (let k = 0; k < 10000; k++) {
      let t = '';
      for (let i = Math.floor(r() * 16); i > 0; i--) t += pieces[Math.floor(r() * pieces.length)] + (r() < 0.7 ? ' ' : '');
      const at = Math.floor(r() * 3000);
      const want = checkWorthiness(t);
      assert.deepStrictEqual(checkWorthiness(t, readWords(t, at)), want, JSON.stringify(t));
      if (hasFigure(t)) figures++;
    }
    assert.ok(figures > 1000 && figures < 9000, `${figures} with a figure`);
  });
});
