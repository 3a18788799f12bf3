// The character tests that replaced regexes in cue and mention reading (issue 6) give the regexes'
// answers on every short string of the characters they look at, and on random longer ones.
import * as assert from 'assert';
import { endsPossessiveMark, isAscii, isLowerAscii } from '../../src/core/attribution/words';
import { stripMarks } from '../../src/core/attribution/speakers';
import { rng } from './random';

const CHARS = ['a', 'z', 's', 'S', 'A', '0', "'", '’', '‘', '.', '-', ' ', 'é', '\u007f', '\u0080', 'ß', '𝐀', '`', '{'];
const TESTS: [string, (w: string) => boolean, RegExp][] = [
  ['endsPossessiveMark', endsPossessiveMark, /['’]s?$/],
  ['isAscii', isAscii, /^[\x00-\x7f]*$/],
  ['isLowerAscii', isLowerAscii, /^[a-z]+$/],
];

/** Every string of up to `n` of CHARS. */
function allStrings(n: number): string[] {
  let level = [''];
  const out = [''];
  for (let k = 0; k < n; k++) {
    level = level.flatMap((w) => CHARS.map((c) => w + c));
    out.push(...level);
  }
  return out;
}

describe('attribution tokens: character tests', () => {
  it('equal their regexes on every string of up to three characters', () => {
    const words = allStrings(3);
    for (const [name, f, re] of TESTS) for (const w of words) assert.strictEqual(f(w), re.test(w), `${name}(${JSON.stringify(w)})`);
  });

  it('equal their regexes on random longer strings', () => {
    const r = rng(5);
    for (let i = 0; i < 20000; i++) {
      let w = '';
      const n = 4 + Math.floor(r() * 10);
      for (let k = 0; k < n; k++) w += CHARS[Math.floor(r() * CHARS.length)];
      for (const [name, f, re] of TESTS) assert.strictEqual(f(w), re.test(w), `${name}(${JSON.stringify(w)})`);
    }
  });

  it('stripMarks drops accents beyond ASCII and leaves ASCII alone', () => {
    assert.strictEqual(stripMarks('Ségolène'), 'Segolene');
    const ascii = 'O\'Neil-Smith 2';
    assert.strictEqual(stripMarks(ascii), ascii);
    assert.strictEqual(stripMarks('\u007f\u0301x'), '\u007fx');
  });
});
