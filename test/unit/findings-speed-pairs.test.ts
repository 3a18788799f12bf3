// The in-article contradiction search skips a candidate pair on a few bits of each side
// (`mayClash`) and a few lookups (`mayClashPair`) before judging it with `compareStatements`. The
// skip must never hide a clash: on every pair of statements of our samples and generated articles,
// a clash implies both.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { articleStatements, bodySentences } from '../../src/core/findings/statements';
import { clashTraits, compareStatements, mayClash, mayClashPair } from '../../src/core/findings/contradiction';
import { loadSamples, templateCorpus } from '../../scripts/bench/corpus';

describe('contradiction pair pre-test', () => {
  it('every pair compareStatements finds clashing passes mayClash and mayClashPair, near or not', () => {
    const texts = [...loadSamples(), ...(templateCorpus(150_000)?.articles ?? [])];
    let pairs = 0;
    let skipped = 0;
    let skippedPairs = 0;
    let clashes = 0;
    for (const text of texts) {
      const a = analyzeText(text);
      const statements = articleStatements(a.article, a, bodySentences(a.article));
      const traits = statements.map(clashTraits);
      // A pair of statements, either way round (the pre-tests are symmetric).
      const mayPair = (i: number, j: number) => mayClashPair(statements[i], statements[j], traits[i], traits[j]);
      for (let i = 0; i < statements.length; i++) {
        for (let j = i + 1; j < statements.length; j++) {
          pairs++;
          const may = mayClash(traits[i], traits[j]);
          const mayPairs = mayPair(i, j);
          assert.strictEqual(mayPair(j, i), mayPairs);
          if (!may) skipped++;
          if (may && !mayPairs) skippedPairs++;
          for (const near of [false, true]) {
            if (!compareStatements(statements[i], statements[j], near)) continue;
            clashes++;
            assert.ok(may && mayPairs, `${statements[i].text} / ${statements[j].text}`);
          }
        }
      }
    }
    // Both answers occur: the test is not vacuous, and the pre-test does skip pairs.
    assert.ok(clashes >= 10 && skipped > pairs / 4 && skippedPairs > (pairs - skipped) / 4, `${pairs} pairs, ${skipped} skipped, ${skippedPairs} more by mayClashPair, ${clashes} clashes`);
  });
});
