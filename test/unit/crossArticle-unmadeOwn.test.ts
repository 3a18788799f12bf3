// The index workers ask the findings for every statement in order (onRecords) to make the
// cross-article digest, and the own statements that can clash with none are left unmade there too
// (UnmadeOwn: their sentence and words). The digest must be the one made from every statement built.
import * as assert from 'assert';
import { analyzeWith } from '../../src/core/analyze';
import { UnmadeOwn, type Statement, type StatementRecord } from '../../src/core/findings';
import { crossArticleDigest } from '../../src/core/workspace';
import { handleIndexRequest } from '../../src/extension/indexWorkerHandler';
import { loadSamples, templateCorpus, variedCorpus } from '../../scripts/bench/corpus';

function both(text: string) {
  let records: StatementRecord[] | undefined;
  let statements: Statement[] | undefined;
  const light = analyzeWith(text, { findings: { onRecords: (made) => void (records = made) } });
  const full = analyzeWith(text, { findings: { onStatements: (made) => void (statements = made) } });
  return { light, full, records, statements };
}

// Negation scopes (opened, closed by a second negator, ended by clause punctuation), a condition,
// phrases, capitalised names past the first word, antonym words asserted and denied, repeats.
const CRAFTED = `Port deal stalls

LISBON, March 3 (Reuters) - Talks on the Lisbon port deal stalled on Tuesday, officials said.

The port is not open to Spanish ships, and the Lisbon Council is closed to visitors.
The ministry did not say whether the deal is not without risk.
If the board does not approve it, the port stays open and legal.
Shipping is no longer illegal in the north, though the Atlantic route is not legal.
The Prime Minister met the Prime Minister of Spain and the Lisbon Council again.
Dockworkers are no longer on strike; the strike is not over, and the port is open.
"We will not sign a deal that is illegal," Ana Ruiz, the port's head, told reporters.
`;

describe('cross-article digest from unmade own statements', () => {
  it('equals the digest made from every statement, field for field, with the same findings', () => {
    const texts = [CRAFTED, ...loadSamples(), ...templateCorpus(200_000).articles, ...variedCorpus(200_000, 7).articles];
    let unmade = 0;
    let statements = 0;
    for (const text of texts) {
      const r = both(text);
      assert.deepStrictEqual(r.light.findings, r.full.findings, text.slice(0, 80));
      if (!r.records) {
        assert.strictEqual(r.statements, undefined);
        continue;
      }
      assert.strictEqual(r.records.length, r.statements!.length);
      for (const [i, x] of r.records.entries()) {
        if (x instanceof UnmadeOwn) {
          unmade++;
          const st = r.statements![i];
          // The same sentence, in the same place of the order.
          assert.deepStrictEqual([st.source, st.spans], ['own', [x.span]]);
        } else assert.strictEqual(x.id, r.statements![i].id);
      }
      statements += r.records.length;
      assert.deepStrictEqual(crossArticleDigest(r.light, r.records), crossArticleDigest(r.full, r.statements), text.slice(0, 80));
    }
    // The path is walked: most own statements of generated articles are left unmade.
    assert.ok(unmade > 1000 && unmade < statements, `${unmade} unmade of ${statements}`);
  });

  it('the crafted article leaves denied, conditional and named sentences unmade', () => {
    const r = both(CRAFTED);
    const unmade = r.records!.filter((x) => x instanceof UnmadeOwn).length;
    assert.ok(unmade >= 4, `${unmade} unmade`);
    const d = crossArticleDigest(r.light, r.records)!;
    assert.ok(d.names.length >= 3 && d.keys.includes('~'), 'names and antonym tags are in the digest');
  });

  it('the index worker answers with the digest of every statement', () => {
    const texts = [CRAFTED, ...templateCorpus(30_000, 3).articles];
    const res = handleIndexRequest({ type: 'analyze', batch: 1, items: texts.map((text, id) => ({ id, text })) } as never);
    for (const [i, got] of res.results.entries()) {
      const r = both(texts[i]);
      assert.ok('digest' in got);
      assert.deepStrictEqual(got.digest, crossArticleDigest(r.full, r.statements));
    }
  });
});
