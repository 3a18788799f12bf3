// A contradiction message's excerpt collapses white space with a regex only when the text has
// some other than single spaces; singleSpaced decides, and must agree with /\s/ on every character.
import * as assert from 'assert';
import { excerpt, singleSpaced } from '../../src/core/findings/contradictions';
import type { Statement } from '../../src/core/findings/statements';
import { rng } from './random';
import { plainExcerpt } from './findings-helpers';

describe('contradiction excerpts: white space', () => {
  it('singleSpaced agrees with /\\s/ on every code unit, alone and doubled', () => {
    let spaces = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const white = /\s/.test(ch);
      if (white) spaces++;
      assert.strictEqual(singleSpaced(`a${ch}b`), !white || c === 32, c.toString(16));
      assert.strictEqual(singleSpaced(`a${ch}${ch}b`), !white, c.toString(16));
    }
    assert.ok(spaces >= 20, `${spaces} white space code units`);
  });

  it('is true exactly when collapsing white space changes nothing (20,000 random texts)', () => {
    const random = rng(9);
    const pieces = ['a', 'b', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u201C', '.'];
    let single = 0;
    for (let n = 0; n < 20_000; n++) {
      let t = '';
      const len = Math.floor(random() * 12);
      for (let k = 0; k < len; k++) t += pieces[Math.floor(random() * (random() < 0.8 ? 3 : pieces.length))];
      const want = t.replace(/\s+/g, ' ') === t;
      if (want) single++;
      assert.strictEqual(singleSpaced(t), want, JSON.stringify(t));
    }
    assert.ok(single > 2_000 && single < 18_000, `${single} single-spaced`);
  });

  it('excerpt equals its plain definition on 5,000 random texts, most longer than the 160 characters read first', () => {
    const plain = plainExcerpt;
    const random = rng(12);
    const pieces = ['word', 'a', ' ', ' ', ' ', '  ', '\t', '\n', '\u00a0', ',', ';', '\u201C', '\u201D', '"'];
    let long = 0;
    for (let n = 0; n < 5_000; n++) {
      let t = random() < 0.3 ? pieces[11 + Math.floor(random() * 3)] : '';
      const len = Math.floor(random() * 200);
      // Mostly words and single spaces; sometimes a run of white space or marks near the cut.
      for (let k = 0; k < len; k++) t += pieces[Math.floor(random() * (random() < 0.85 ? 5 : pieces.length))];
      if (t.length > 160) long++;
      assert.strictEqual(excerpt({ text: t } as Statement), plain(t), JSON.stringify(t));
    }
    assert.ok(long > 1_500, `${long} longer than 160 characters`);
  });
});
