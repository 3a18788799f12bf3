// `check` keeps each file as a summary for the cross-article pass; the findings must be the ones
// whole analyses give.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../src/core';
import { lineStarts } from '../../src/core/positions';
import { crossArticleFindings, keepForCrossArticle } from '../../src/cli/crossArticle';

const DIR = path.join(__dirname, '..', 'fixtures', 'workspace', 'articles');

describe('cli cross-article pass', () => {
  it('finds on kept summaries exactly what it finds on whole analyses', () => {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
    const texts = files.map((f) => fs.readFileSync(path.join(DIR, f), 'utf8'));
    const whole = crossArticleFindings(files.map((file, i) => ({ file, analysis: analyzeText(texts[i]), lineStarts: lineStarts(texts[i]) })));
    const kept = crossArticleFindings(files.map((file, i) => keepForCrossArticle(file, analyzeText(texts[i]), lineStarts(texts[i]))));
    assert.ok(whole.findings.length > 0, 'the fixtures hold cross-article findings');
    assert.deepStrictEqual(kept, whole);
  });

  it('keeps no article layout', () => {
    const text = fs.readFileSync(path.join(DIR, fs.readdirSync(DIR).filter((f) => f.endsWith('.txt'))[0]), 'utf8');
    const k = keepForCrossArticle('a.txt', analyzeText(text), lineStarts(text));
    assert.strictEqual((k.analysis.article as { sentences?: unknown }).sentences, undefined);
  });
});
