// Offsets to positions for files the index holds without their text: LF, CRLF and lone CR.
import * as assert from 'assert';
import { lineStarts, positionAt } from '../../src/extension/offsets';

describe('extension offsets', () => {
  it('maps offsets to line and column across line-end styles', () => {
    const text = 'ab\r\ncd\ref\ngh';
    const starts = lineStarts(text);
    assert.deepStrictEqual(starts, [0, 4, 7, 10]);
    assert.deepStrictEqual(positionAt(starts, text.indexOf('d')), { line: 1, character: 1 });
    assert.deepStrictEqual(positionAt(starts, text.indexOf('e')), { line: 2, character: 0 });
    assert.deepStrictEqual(positionAt(starts, text.indexOf('h')), { line: 3, character: 1 });
    assert.deepStrictEqual(positionAt(starts, 0), { line: 0, character: 0 });
  });
});
