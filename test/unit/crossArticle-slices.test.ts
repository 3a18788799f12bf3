// The cross-article search in time slices (the editor runs it so, to stay responsive): the same
// findings as in one go, however finely it is cut. No timing here: the bench reports the slices.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../src/core';
import { findCrossArticleFindings, type CrossArticleSlices, type CrossArticleStats } from '../../src/core/workspace';
import { makeArticle, makeRng } from '../../scripts/bench/templates';

const ROOT = path.join(__dirname, '..', '..');

function workspace(): { file: string; analysis: ReturnType<typeof analyzeText> }[] {
  const dirs = ['samples', 'test/fixtures/workspace/articles'];
  const texts = dirs.flatMap((d) => fs.readdirSync(path.join(ROOT, d)).filter((n) => n.endsWith('.txt')).map((n) => fs.readFileSync(path.join(ROOT, d, n), 'utf8')));
  const rng = makeRng(7);
  for (let i = 0; i < 40; i++) {
    const t = makeArticle(rng, 300 + Math.floor(rng() * 500));
    texts.push(i % 20 === 10 ? t.split('a shortage of steel').join('a lack of steel') : t);
  }
  return texts.map((t, i) => ({ file: `f${i}.txt`, analysis: analyzeText(t) }));
}

describe('workspace: the cross-article search in slices', () => {
  const docs = workspace();
  const whole = findCrossArticleFindings(docs);

  it('gives the same findings one step per call as in one go', () => {
    const slices: CrossArticleSlices = { sliceMs: 0 };
    let found = new Map();
    while (!slices.done) {
      found = findCrossArticleFindings(docs, { slices });
      if (!slices.done) assert.strictEqual(found.size, 0, 'nothing until the search has finished');
    }
    assert.ok([...whole.values()].flat().length > 0, 'the workspace has cross-article findings');
    assert.ok(slices.calls! > 50, `cut into many slices (${slices.calls})`);
    assert.deepStrictEqual(found, whole);
  });
  it('fills in the same stats, and refuses to go on once finished', () => {
    const stats = {} as CrossArticleStats;
    const expected = {} as CrossArticleStats;
    findCrossArticleFindings(docs, { stats: expected });
    const slices: CrossArticleSlices = { sliceMs: 0 };
    while (!slices.done) findCrossArticleFindings(docs, { slices, stats });
    assert.deepStrictEqual(stats, expected);
    // A finished search is not run again by mistake: the answer is "no findings", never a crash.
    const again = findCrossArticleFindings(docs, { slices });
    assert.deepStrictEqual([...again.values()].flat(), []);
  });
});
