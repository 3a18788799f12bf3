// The in-article contradiction search skips a candidate pair on a few bits of each side
// (`mayClash`) before judging it with `compareStatements`. The skip must never hide a clash:
// on every pair of statements of our samples and generated articles, a clash implies mayClash.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { articleStatements, bodySentences } from '../../src/core/findings/statements';
import { clashTraits, compareStatements, mayClash } from '../../src/core/findings/contradiction';
import { loadSamples, templateCorpus } from '../../scripts/bench/corpus';

describe('contradiction pair pre-test', () => {
  it('every pair compareStatements finds clashing passes mayClash, near or not', () => {
    const texts = [...loadSamples(), ...(templateCorpus(150_000)?.articles ?? [])];
    let pairs = 0;
    let skipped = 0;
    let clashes = 0;
    for (const text of texts) {
      const a = analyzeText(text);
      const statements = articleStatements(a.article, a, bodySentences(a.article));
      const traits = statements.map(clashTraits);
      for (let i = 0; i < statements.length; i++) {
        for (let j = i + 1; j < statements.length; j++) {
          pairs++;
          const may = mayClash(traits[i], traits[j]);
          if (!may) skipped++;
          for (const near of [false, true]) {
            if (!compareStatements(statements[i], statements[j], near)) continue;
            clashes++;
            assert.ok(may, `${statements[i].text} / ${statements[j].text}`);
          }
        }
      }
    }
    // Both answers occur: the test is not vacuous, and the pre-test does skip pairs.
    assert.ok(clashes >= 10 && skipped > pairs / 4, `${pairs} pairs, ${skipped} skipped, ${clashes} clashes`);
  });
});
