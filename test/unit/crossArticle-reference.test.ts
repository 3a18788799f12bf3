// The cross-article search keeps its statements, groups, keys and quotations as numbers in typed
// arrays (a workspace of 10,000 articles holds over half a million statements): it must find
// exactly what the search of objects and string keys found (crossArticle-reference.ts), finding
// for finding and count for count, on generated workspaces stored as the index stores them.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import type { Finding } from '../../src/core/types';
import { findCrossArticleFindings, prepareForCrossArticle, type CrossArticleOptions, type CrossArticleSlices, type CrossArticleStats, type WorkspaceDoc } from '../../src/core/workspace';
import { handleIndexRequest } from '../../src/extension/indexWorkerHandler';
import { restoreSummary } from '../../src/extension/indexWorkerProtocol';
import { makeArticle, makeRng } from '../../scripts/bench/templates';
import { referenceSearch } from './crossArticle-reference';

/**
 * `n` generated articles; every tenth rewords a remark the others quote word for word (misquotes
 * to find), every seventh says the opposite of one (contradictions).
 */
function texts(n: number, seed: number): string[] {
  const rng = makeRng(seed);
  return Array.from({ length: n }, (_, i) => {
    const t = makeArticle(rng, 300 + Math.floor(rng() * 600));
    if (i % 10 === 5) return t.split('a shortage of steel').join('a lack of steel');
    return i % 7 === 3 ? t.split('the budget has not been cut').join('the budget has been cut') : t;
  });
}

/** As the workspace index stores files: worker answers (summaries, packed quotes, digests) after a copy between threads. */
function stored(all: string[]): WorkspaceDoc[] {
  const res = structuredClone(handleIndexRequest({ type: 'analyze', batch: 0, items: all.map((text, i) => ({ id: String(i), text })) }));
  return res.results.map((r) => ({ file: `file:///w/${String(r.id).padStart(3, '0')}.txt`, analysis: restoreSummary(r, all[Number(r.id)])! }));
}

/** As the CLI and open documents give them: whole analyses. */
function whole(all: string[]): WorkspaceDoc[] {
  return all.map((t, i) => ({ file: `file:///w/${String(i).padStart(3, '0')}.txt`, analysis: prepareForCrossArticle(analyzeText(t)) }));
}

function sliced(docs: WorkspaceDoc[], opts: CrossArticleOptions): Map<string, Finding[]> {
  const slices: CrossArticleSlices = { sliceMs: 1 };
  for (;;) {
    const found = findCrossArticleFindings(docs, { ...opts, slices });
    if (slices.done) return found;
  }
}

const count = (m: Map<string, Finding[]>, rule: string) => [...m.values()].flat().filter((f) => f.rule === rule).length;

describe('cross-article search: the same findings as the search of objects and string keys', function () {
  this.timeout(300_000); // whole analyses of generated workspaces, on a loaded machine
  // Articles of one generated workspace are on the same event under two shared names, not three.
  const related = { minSharedNames: 2, maxDays: 100_000 };
  const cases: { name: string; docs: () => WorkspaceDoc[]; opts: CrossArticleOptions; rules: string[] }[] = [
    { name: 'stored answers, default options', docs: () => stored(texts(160, 11)), opts: {}, rules: ['misquote'] },
    { name: 'stored answers, articles related by two names', docs: () => stored(texts(100, 37)), opts: related, rules: ['misquote', 'contradiction'] },
    { name: 'whole analyses, articles related by two names', docs: () => whole(texts(80, 41)), opts: related, rules: ['misquote', 'contradiction'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const docs = c.docs();
      const [gotStats, expectedStats] = [{} as CrossArticleStats, {} as CrossArticleStats];
      const expected = referenceSearch(docs, { ...c.opts, stats: expectedStats });
      const got = findCrossArticleFindings(docs, { ...c.opts, stats: gotStats });
      assert.deepStrictEqual(got, expected);
      assert.deepStrictEqual(gotStats, expectedStats);
      assert.deepStrictEqual(sliced(docs, c.opts), expected);
      // Repeats grouped, and every rule has something to find: the comparison is not of empty lists.
      assert.ok(expectedStats.distinctStatements < 0.8 * expectedStats.statements, JSON.stringify(expectedStats));
      for (const rule of c.rules) assert.ok(count(expected, rule) > 0, `${rule}: ${JSON.stringify(expectedStats)}`);
    });
  }
});
