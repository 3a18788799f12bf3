// The statements stage reads a sentence's words before deciding whether it is the article's own
// voice, and lets their gate bits spare the cue regex: the decision must be the regex's own.
import * as assert from 'assert';
import { articleStatements, bodySentences, isOwnVoice, ownStatement } from '../../src/core/findings/statements';
import { NEGATORS } from '../../src/core/findings/lexicon';
import { keyOf, readRange, tokenize } from '../../src/core/findings/text';
import { parseArticle } from '../../src/core/article';
import { analyzeText } from '../../src/core/analyze';
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

describe('statements: surfaces read when asked for', () => {
  it('each statement has a surface for exactly its keys, the first words that gave each (samples and templates)', () => {
    const texts = [...loadSamples(), ...templateCorpus(200_000).articles];
    let phrases = 0;
    let checked = 0;
    for (const text of texts) {
      const a = analyzeText(text);
      for (const s of articleStatements(a.article, a, bodySentences(a.article))) {
        assert.deepStrictEqual(new Set(s.surface.keys()), s.keys, s.text);
        assert.strictEqual(s.surface.size, s.keys.size);
        const tokens = tokenize(s.text);
        for (const [key, surface] of s.surface) {
          checked++;
          if (surface.includes(' ')) {
            phrases++;
            assert.ok(s.text.includes(surface), `${surface} in ${s.text}`);
            continue;
          }
          // A word's surface is the first of its words whose key it is (a negator gives none).
          const first = tokens.find((t) => t.kind !== 'punct' && keyOf(t.text) === key && !NEGATORS.has(t.lower) && !t.lower.endsWith("n't"));
          assert.strictEqual(surface, first?.text, `${key} in ${s.text}`);
        }
        // A copy made by spreading (as the incremental path moves a statement) reads the same.
        assert.deepStrictEqual([...{ ...s }.surface], [...s.surface]);
      }
    }
    assert.ok(checked > 10_000 && phrases > 0, `${checked} surfaces, ${phrases} of phrases`);
  });

  it('a phrase has the surface of its words, a word repeated that of its first sighting, a negator none', () => {
    const text = 'Rebels carried out the raid, not the Army; the death toll, Death Toll figures and Rebels were never Carried out.';
    const s = ownStatement(text, [0, text.length]);
    assert.strictEqual(s.surface.get('responsible'), 'carried out');
    assert.strictEqual(s.surface.get('kill'), 'death toll');
    assert.strictEqual(s.surface.get(keyOf('rebels')!), 'Rebels');
    assert.strictEqual(s.surface.get(keyOf('raid')!), 'raid');
    assert.ok(![...s.surface.values()].some((v) => /^(?:not|never)$/.test(v)));
    assert.deepStrictEqual(new Set(s.surface.keys()), s.keys);
  });
});
