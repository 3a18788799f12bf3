// The workspace index keeps files as summaries (no article layout, strings pooled: equal, so not observable): nothing a
// reader or the cross-article search sees may differ from the whole analysis.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../src/core';
import { findCrossArticleFindings, fullAnalysis, plainQuote, prepareForCrossArticle, summariseAnalysis, type CrossArticleStats } from '../../src/core/workspace';
import { makeArticle, makeRng } from '../../scripts/bench/templates';

const ROOT = path.join(__dirname, '..', '..');
const files = ['samples', 'test/fixtures/workspace/articles'].flatMap((d) =>
  fs.readdirSync(path.join(ROOT, d)).filter((n) => n.endsWith('.txt')).map((n) => path.join(ROOT, d, n)),
);
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));

/** Generated articles that quote the same remarks, one rewording one (as the bench's workspace). */
function generated(n: number): string[] {
  const rng = makeRng(42);
  return Array.from({ length: n }, (_, i) => {
    const t = makeArticle(rng, 300 + Math.floor(rng() * 600));
    return i % 20 === 10 ? t.split('a shortage of steel').join('a lack of steel') : t;
  });
}

describe('workspace: analysis summaries', () => {
  it('leave out the layout and later mentions, and give back the same analysis otherwise when restored', () => {
    for (const t of texts) {
      const s = summariseAnalysis(structuredClone(analyzeText(t)));
      assert.ok(!('sentences' in s.article) && !('paragraphs' in s.article) && !('boilerplate' in s.article));
      const expected = analyzeText(t);
      for (const sp of expected.speakers) sp.mentions = sp.mentions.slice(0, 1);
      // Its quotes are read from their pack (crossArticle-packed.test.ts): compared field for field.
      const full = fullAnalysis(s);
      assert.deepStrictEqual({ ...full, quotes: full.quotes.map(plainQuote) }, expected);
    }
  });
  it('give the cross-article search the same findings as whole analyses', () => {
    const all = [...texts, ...generated(60)];
    const whole = all.map((t, i) => ({ file: `f${i}.txt`, analysis: analyzeText(t) }));
    const summaries = whole.map(({ file, analysis }) => ({ file, analysis: prepareForCrossArticle(structuredClone(analysis), true) }));
    const stats = {} as CrossArticleStats;
    const expected = findCrossArticleFindings(whole);
    const got = findCrossArticleFindings(summaries, { stats });
    const rules = new Set([...expected.values()].flat().map((f) => f.rule));
    assert.ok(rules.has('misquote') && rules.has('contradiction'), `the workspace has cross-article findings: ${[...rules]}`);
    assert.deepStrictEqual(got, expected);
    // The statements of the articles candidate pairs reached were rebuilt from the text.
    assert.ok(stats.rebuilt > 0);
  });
});
