// Line/column mapping from UTF-16 offsets, as `check` and SARIF report them.
import * as assert from 'assert';
import { LineIndex } from '../../src/cli/lineIndex';

describe('cli LineIndex', () => {
  it('maps offsets to 1-based lines and columns with LF', () => {
    const text = 'Headline\nFirst line.\nSecond.';
    const idx = new LineIndex(text);
    assert.deepStrictEqual(idx.position(0), { line: 1, column: 1 });
    assert.deepStrictEqual(idx.position(text.indexOf('First')), { line: 2, column: 1 });
    assert.deepStrictEqual(idx.position(text.indexOf('line.')), { line: 2, column: 7 });
    assert.deepStrictEqual(idx.position(text.length), { line: 3, column: 8 });
  });

  it('counts CRLF as one line break and lone CR as another', () => {
    const text = 'One\r\nTwo\rThree\nFour';
    const idx = new LineIndex(text);
    assert.deepStrictEqual(idx.position(text.indexOf('Two')), { line: 2, column: 1 });
    assert.deepStrictEqual(idx.position(text.indexOf('Three')), { line: 3, column: 1 });
    assert.deepStrictEqual(idx.position(text.indexOf('Four')), { line: 4, column: 1 });
    // The LF of a CRLF still belongs to the line it ends.
    assert.deepStrictEqual(idx.position(text.indexOf('\n')), { line: 1, column: 5 });
  });

  it('counts an emoji as two UTF-16 columns', () => {
    const text = 'Vote \u{1F5F3}\uFE0F "We won," she said.';
    const idx = new LineIndex(text);
    const quote = text.indexOf('"');
    assert.strictEqual(quote, 9);
    assert.deepStrictEqual(idx.position(quote), { line: 1, column: 10 });
  });

  it('round-trips through its line starts', () => {
    const text = 'a\nbb\r\nccc';
    const a = new LineIndex(text);
    const b = LineIndex.fromStarts(a.lineStarts);
    for (let i = 0; i <= text.length; i++) assert.deepStrictEqual(b.position(i), a.position(i));
  });
});
