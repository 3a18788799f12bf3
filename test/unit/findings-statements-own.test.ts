// The statements stage reads a sentence's words before deciding whether it is the article's own
// voice, and lets their gate bits spare the cue regex: the decision must be the regex's own.
import * as assert from 'assert';
import { isOwnVoice } from '../../src/core/findings/statements';
import { readRange } from '../../src/core/findings/text';
import { parseArticle } from '../../src/core/article';
import { bodySentences } from '../../src/core/findings/statements';
import { loadSamples, templateCorpus } from '../../scripts/bench/corpus';
import { rng } from './random';

describe('statements: own voice read through its words', () => {
  it('isOwnVoice with the words of the sentence answers as the regex alone, on the samples, templates and edited sentences', () => {
    const texts = [...loadSamples(), ...templateCorpus(300_000).articles];
    const r = rng(17);
    let own = 0;
    let cued = 0;
    let quoted = 0;
    for (const text of texts) {
      const article = parseArticle(text);
      for (const [a, b] of bodySentences(article)) {
        // The sentence, and now and then one opening with a quotation mark or carrying a cue word
        // in the middle of a word or alone.
        const s = text.slice(a, b);
        const variants = [s];
        if (r() < 0.2) variants.push('"' + s, '\u201C' + s, s.replace(/ /, ' said '), s.replace(/ /, ' unsaid '), s.replace(/ /, ' according to '));
        for (const v of variants) {
          const want = isOwnVoice(v);
          assert.strictEqual(isOwnVoice(v, readRange(v, 0, v.length)), want, v);
          if (want) own++;
          else if (/^["\u201C]/.test(v)) quoted++;
          else cued++;
        }
      }
    }
    assert.ok(own > 1000 && cued > 1000 && quoted > 500, `${own} own, ${cued} with a cue, ${quoted} opening a quotation`);
  });
});
