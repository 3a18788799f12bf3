// The workspace index keeps each article's quotes packed (core/workspace/packedQuotes.ts) and its
// cross-article share without the statements' texts: readers must see exactly what they saw before.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../src/core';
import type { Quote } from '../../src/core/types';
import { crossArticleDigest, findCrossArticleFindings, packQuotes, plainQuote, prepareForCrossArticle, quoteViews } from '../../src/core/workspace';
import { articleStatements, bodySentences } from '../../src/core/findings';
import { makeArticle, makeRng } from '../../scripts/bench/templates';

const ROOT = path.join(__dirname, '..', '..');
const files = ['samples', 'test/fixtures/workspace/articles'].flatMap((d) =>
  fs.readdirSync(path.join(ROOT, d)).filter((n) => n.endsWith('.txt')).map((n) => path.join(ROOT, d, n)),
);
const samples = files.map((f) => fs.readFileSync(f, 'utf8'));

function generated(n: number, seed = 7): string[] {
  const rng = makeRng(seed);
  return Array.from({ length: n }, (_, i) => {
    const t = makeArticle(rng, 300 + Math.floor(rng() * 600));
    return i % 20 === 10 ? t.split('a shortage of steel').join('a lack of steel') : t;
  });
}

/** A pack's quotes after a trip between threads, read back. */
function roundTrip(quotes: Quote[], text: string): Quote[] {
  return quoteViews(structuredClone(packQuotes(quotes, text)), text);
}

describe('workspace: packed quotes', function () {
  this.timeout(120_000); // whole analyses of a generated workspace, on a loaded machine
  it('read back field for field as the engine gave them, on the samples and generated articles', () => {
    let n = 0;
    for (const text of [...samples, ...generated(40)]) {
      const { quotes } = analyzeText(text);
      const views = roundTrip(quotes, text);
      assert.strictEqual(views.length, quotes.length);
      for (const [i, q] of quotes.entries()) {
        assert.deepStrictEqual(plainQuote(views[i]), q);
        assert.deepStrictEqual(JSON.parse(JSON.stringify(views[i])), JSON.parse(JSON.stringify(q)));
        n++;
      }
    }
    assert.ok(n > 500, `${n} quotes checked`);
  });

  it('keep texts that are not slices of the article, cue parts, and quotes of a shape they do not know', () => {
    const text = 'Alpha beta gamma said Kim. Delta epsilon, he added.';
    const base: Quote = { id: 'q1', type: 'indirect', spans: [[0, 16]], text: 'Alpha beta gamma', cue: { text: 'said', span: [17, 21] }, speaker: { id: 's1', entity: 'Kim', mention: 'Kim', mentionSpan: [22, 25] }, via: null };
    const quotes: Quote[] = [
      base,
      { ...base, id: 'q2', type: 'direct', spans: [[0, 5], [27, 32]], text: 'Alpha Delta' },
      { ...base, id: 'q3', text: 'not the slice', cue: { text: 'SAID', span: [17, 21] }, speaker: { id: null, entity: null, mention: 'he', mentionSpan: [42, 44] }, via: 'Reuters' },
      { ...base, id: 'q4', cue: null, speaker: { id: null, entity: null, mention: null, mentionSpan: null }, cueParts: [{ text: 'said', span: [17, 21] }] },
      { ...base, id: 'q5', spans: [] as never, text: '' },
      { ...base, id: 'q6', extra: 1 } as Quote,
    ];
    const views = roundTrip(quotes, text);
    for (const [i, q] of quotes.entries()) assert.deepStrictEqual(i === 5 ? views[i] : plainQuote(views[i]), q, q.id);
  });

  it('keep their identity between reads, and their fields are made afresh (a reader may change a copy)', () => {
    const text = samples[0];
    const views = roundTrip(analyzeText(text).quotes, text);
    const q = views[0];
    assert.notStrictEqual(q.spans, q.spans);
    q.spans[0][0] = -5;
    assert.notStrictEqual(q.spans[0][0], -5);
  });
});

describe('workspace: the cross-article share, without statement texts', function () {
  this.timeout(120_000);
  it('gives back every statement\'s text from the article text or its quotes', () => {
    for (const text of [...samples, ...generated(20, 11)]) {
      const a = analyzeText(text);
      const d = crossArticleDigest(a)!;
      const statements = articleStatements(a.article, a, bodySentences(a.article));
      assert.strictEqual(d.kinds.length, statements.length);
      // Kept again only when neither holds it.
      assert.ok(d.texts.length <= statements.filter((s) => s.source === 'quote').length);
      for (const [i, st] of statements.entries()) {
        const [x, y] = [d.textAt[2 * i], d.textAt[2 * i + 1]];
        const got = x >= 0 ? text.slice(x, y) : x === -1 ? a.quotes[y].text : d.texts[y];
        assert.strictEqual(got, st.text);
      }
    }
  });

  it('summaries with packed quotes, copied between threads, give the same findings as whole analyses', () => {
    const texts = [...samples, ...generated(40, 3)];
    const whole = texts.map((t, i) => ({ file: `f${i}.txt`, analysis: analyzeText(t) }));
    const copied = texts.map((t, i) => {
      const a = analyzeText(t);
      const digest = structuredClone(crossArticleDigest(a));
      const { text: _t, ...article } = prepareForCrossArticle(a, true).article;
      // As a worker's answer reaches the host: the quotes as their pack, no text.
      const summary = structuredClone({ ...a, article, quotes: packQuotes(analyzeText(t).quotes, t) });
      return { file: `f${i}.txt`, analysis: prepareForCrossArticle(Object.assign(summary, { article: { ...summary.article, text: t } }) as never, true, digest) };
    });
    const expected = findCrossArticleFindings(whole);
    assert.ok([...expected.values()].flat().some((f) => f.rule === 'misquote'));
    assert.ok([...expected.values()].flat().some((f) => f.rule === 'contradiction'));
    assert.deepStrictEqual(findCrossArticleFindings(copied), expected);
  });
});
