// stripMarks (speakers.ts) remembers its answers for text beyond ASCII in a bounded table: the
// answers must be those of the plain decomposition, first time and every time after, also once
// the table has been emptied for being full.
import * as assert from 'assert';
import { stripMarks } from '../../src/core/attribution/speakers';
import { rng } from './random';

const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
const LETTERS = ['a', 'e', 'S', 'g', 'é', 'Ş', 'ğ', 'ö', 'Å', 'ñ', 'ł', 'ı', 'İ', 'ç', 'ǅ', '\u0301', ' ', "'", '’'];

describe('attribution stripMarks: remembered answers', () => {
  it('answers as the decomposition does, on repeated and on more distinct strings than the table holds', () => {
    const r = rng(7);
    const seen: string[] = [];
    for (let i = 0; i < 6000; i++) {
      // Half new strings, half strings asked before (read back from the table, or after it was emptied).
      let s = '';
      if (seen.length && r() < 0.5) s = seen[Math.floor(r() * seen.length)];
      else {
        const n = 1 + Math.floor(r() * 10);
        for (let k = 0; k < n; k++) s += LETTERS[Math.floor(r() * LETTERS.length)];
        seen.push(s);
      }
      assert.strictEqual(stripMarks(s), plain(s), JSON.stringify(s));
    }
  });

  it('leaves ASCII as it is and strips the marks of names from several traditions', () => {
    assert.strictEqual(stripMarks('Smith'), 'Smith');
    assert.strictEqual(stripMarks('Dahleström'), 'Dahlestrom');
    assert.strictEqual(stripMarks('Şakerdağ'), 'Sakerdag');
    assert.strictEqual(stripMarks('Şakerdağ'), 'Sakerdag');
  });
});
