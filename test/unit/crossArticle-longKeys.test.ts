// The digest writes each statement's index keys into one string, each behind its length. A key of
// 65,535 characters or more (a "word" that long, as in a mangled or generated file) must travel
// whole, like any other: it was once dropped, so two articles meeting only through it never met.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { articleStatements, bodySentences, indexKeys } from '../../src/core/findings';
import { crossArticleDigest } from '../../src/core/workspace';
import { statementKeys } from './crossArticle-reference';

describe('cross-article digest: index keys of any length', () => {
  for (const letters of [10, 0xfffe, 0xffff, 70_000]) {
    it(`a statement with a word of ${letters} letters keeps every key`, () => {
      const word = 'q'.repeat(letters);
      const text = `Budget row deepens\n\nThe council said the ${word} budget rose by 40 percent in 2024.\n\nOfficials said spending on roads fell by 12 percent.\n`;
      const analysis = analyzeText(text);
      const statements = articleStatements(analysis.article, analysis, bodySentences(analysis.article));
      const digest = crossArticleDigest(analysis, statements)!;
      const expected = statements.map((s) => indexKeys(s));
      assert.ok(expected.flat().some((k) => k.length >= letters), 'the long word is a key');
      const got = statements.map((_, i) => statementKeys(digest.keys, i ? digest.keyEnds[i - 1] : 0, digest.keyEnds[i]));
      assert.deepStrictEqual(got, expected);
    });
  }
});
