// Which texts the editor and the workspace index leave unanalysed (src/extension/textCheck.ts).
import * as assert from 'assert';
import { looksBinary, skipMessage, skipReason } from '../../src/extension/textCheck';

describe('extension skipped texts', () => {
  it('prose with tabs, CRLF, form feeds, emoji and non-breaking spaces is text', () => {
    const prose = 'The mayor said\u00a0on Tuesday:\t"We will reopen the bridge." 🚧\r\n\fPage two.\r\n'.repeat(50);
    assert.strictEqual(looksBinary(prose), false);
    assert.strictEqual(looksBinary(''), false);
  });

  it('a NUL anywhere in the sample, or many control or undecodable characters, is binary', () => {
    assert.strictEqual(looksBinary('PK\u0003\u0004\u0000\u0000 zip header'), true);
    const garbage = Array.from({ length: 600 }, (_, i) => String.fromCharCode(i % 3 === 0 ? 0xfffd : i % 3 === 1 ? 0x01 : 0x41)).join('');
    assert.strictEqual(looksBinary(garbage), true);
    // A couple of stray control characters in a long article do not make it binary.
    assert.strictEqual(looksBinary(`${'A council vote on Monday. '.repeat(200)}\u0007\u001b`), false);
  });

  it('size is checked before content, and each reason reads plainly', () => {
    assert.deepStrictEqual(skipReason('x'.repeat(2000), 0.001), { kind: 'too-large', limitMB: 0.001 });
    assert.deepStrictEqual(skipReason('a\u0000b', 10), { kind: 'binary' });
    assert.strictEqual(skipReason('An ordinary sentence.', 10), undefined);
    assert.strictEqual(skipMessage({ kind: 'too-large', limitMB: 10 }).text, 'Newsfact: not analysed (over 10 MB)');
    assert.strictEqual(skipMessage({ kind: 'binary' }).text, 'Newsfact: not analysed (binary file)');
  });
});
