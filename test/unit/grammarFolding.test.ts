// Language configuration (quote pairs) and the folding of page furniture blocks.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { furnitureFoldLines, furnitureLineSegments } from '../../src/extension/furnitureFolds';

const config = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'language-configuration.json'), 'utf8'));

describe('news-article language configuration', () => {
  it('auto-closes and surrounds with straight, curly and guillemet quotes', () => {
    const closing = new Map<string, string>(config.autoClosingPairs.map((p: { open: string; close: string }) => [p.open, p.close]));
    const surrounding = new Map<string, string>(config.surroundingPairs.map((p: [string, string]) => [p[0], p[1]]));
    for (const [open, close] of [['"', '"'], ['“', '”'], ['«', '»']]) {
      assert.strictEqual(closing.get(open), close, `auto-closing ${open}`);
      assert.strictEqual(surrounding.get(open), close, `surrounding ${open}`);
    }
  });

  it('takes hyphenated names and contractions as one word', () => {
    const re = new RegExp(config.wordPattern, 'g');
    assert.deepStrictEqual('Jean-Luc didn’t say «non».'.match(re), ['Jean-Luc', 'didn’t', 'say', 'non']);
  });
});

describe('furnitureFoldLines', () => {
  const text = ['Head line', '', 'Body one.', 'Share', 'Print', '', 'E-mail', 'Body two.', 'Photo: A. Person'].join('\n');
  const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];

  it('folds furniture spans separated only by whitespace as one block', () => {
    assert.deepStrictEqual(furnitureFoldLines(text, [at('Share'), at('Print'), at('E-mail')]), [[3, 6]]);
  });

  it('does not fold a single line, nor across body text', () => {
    assert.deepStrictEqual(furnitureFoldLines(text, [at('Photo: A. Person')]), []);
    assert.deepStrictEqual(furnitureFoldLines(text, [at('Print'), at('Photo: A. Person')]), []);
  });

  it('accepts spans out of order, overlapping, ending in a line break, or bad', () => {
    const share = at('Share');
    const mail = at('E-mail');
    assert.deepStrictEqual(
      furnitureFoldLines(text, [mail, at('Print'), [share[0], share[1] + 1], share, [-5, 2], [7, 7], [NaN, 3]]),
      [[3, 6]],
    );
  });

  it('counts CRLF line ends as one line break', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const s = crlf.indexOf('Share');
    const e = crlf.indexOf('E-mail') + 'E-mail'.length;
    assert.deepStrictEqual(furnitureFoldLines(crlf, [[s, e + 2]]), [[3, 6]]);
  });
});

describe('furnitureLineSegments', () => {
  it('cuts spans at line breaks, trims blanks and skips empty lines', () => {
    const text = 'Body.\n  Share  \n\nPrint E-mail\r\nEnd.';
    const s = text.indexOf('  Share');
    const e = text.indexOf('\r\nEnd');
    assert.deepStrictEqual(furnitureLineSegments(text, [[s, e]]), [
      { line: 1, start: 2, length: 5 },
      { line: 3, start: 0, length: 12 },
    ]);
  });

  it('keeps part-line spans where they are, and overlapping spans once', () => {
    const text = 'Dateline 3 Comment(s)Print E-mail here';
    const s = text.indexOf('3 Comment');
    const e = text.indexOf(' here');
    assert.deepStrictEqual(furnitureLineSegments(text, [[s, e], [s + 2, e - 3], [-1, 4]]), [{ line: 0, start: s, length: e - s }]);
  });
});
