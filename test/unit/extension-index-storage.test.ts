// What the workspace index stores of a worker's answer (quotes packed, the cross-article share
// without statement texts) must give the Quotes by Speaker directory exactly what whole analyses give.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/types';
import { handleIndexRequest } from '../../src/extension/indexWorkerHandler';
import { restoreSummary } from '../../src/extension/indexWorkerProtocol';
import { SpeakerDirectory, type ArticleEntry, type SortOrder } from '../../src/extension/quotesTreeModel';
import { makeArticle, makeRng } from '../../scripts/bench/templates';

function entry(uri: string, a: Pick<Analysis, 'quotes' | 'speakers' | 'findings'>): ArticleEntry {
  return { uri, title: uri, quotes: a.quotes, speakers: a.speakers, findings: a.findings };
}

/** Everything the view shows of the directory, as plain data. */
function shown(d: SpeakerDirectory, sort: SortOrder, hasFindingsOnly: boolean): unknown {
  const groups = d.view({ scope: 'workspace', types: [], hasFindingsOnly, sort });
  return JSON.parse(JSON.stringify(groups.map((g) => ({ key: g.key, name: g.name, kind: g.kind, role: g.role, affiliation: g.affiliation, count: g.count, quotes: g.quotes.map((q) => ({ key: q.key, uri: q.uri, articleTitle: q.articleTitle, quote: q.quote, findings: q.findings, speakerKey: q.speakerKey })) }))));
}

describe('extension index storage', function () {
  this.timeout(120_000); // whole analyses of a generated workspace, on a loaded machine
  it('the speaker directory over stored answers equals the one over whole analyses (generated workspace)', () => {
    const rng = makeRng(99);
    const texts = Array.from({ length: 50 }, () => makeArticle(rng, 300 + Math.floor(rng() * 600)));
    const res = structuredClone(handleIndexRequest({ type: 'analyze', batch: 0, items: texts.map((text, i) => ({ id: String(i), text })) }));
    const stored = res.results.map((r) => entry(`file:///w/${r.id}.txt`, restoreSummary(r, texts[Number(r.id)])!));
    const whole = texts.map((t, i) => {
      const a = analyzeText(t);
      // A stored summary keeps each speaker's first mention only (summary.ts); the directory reads none.
      for (const s of a.speakers) s.mentions = s.mentions.slice(0, 1);
      return entry(`file:///w/${i}.txt`, a);
    });
    assert.ok(whole.reduce((n, e) => n + e.quotes.length, 0) > 500, 'the workspace has quotes');
    const [got, expected] = [new SpeakerDirectory(stored), new SpeakerDirectory(whole)];
    for (const sort of ['name', 'count'] as const) for (const only of [false, true]) assert.deepStrictEqual(shown(got, sort, only), shown(expected, sort, only));
    assert.ok((shown(expected, 'count', true) as unknown[]).length > 0, 'some quotes have findings');
    for (const e of whole) for (const s of e.speakers) assert.strictEqual(got.keyOf(e.uri, s.id), expected.keyOf(e.uri, s.id));
  });
});
