// The frame rules' character tests (attribution/wordForms.ts) and the span word reader
// (attribution spanWords) answer as the regexes and the joined text they replaced.
import * as assert from 'assert';
import { endsIng, isShortNumber } from '../../src/core/attribution/wordForms';
import { spanWords } from '../../src/core/attribution';
import { leadingWords } from '../../src/core/attribution/words';
import type { Span } from '../../src/core/types';
import { rng } from './random';

// Letters that make up the endings and their near misses, digits, a non-ASCII digit and letter,
// white space of several kinds.
const ALPHABET = ['e', 'd', 'i', 'n', 'g', 'l', 'y', 'E', 'D', 'G', 'Y', 's', '0', '5', '9', '٣', 'é', "'", '.', ' ', '\n', '\u00a0', '\u2003'];

function randomWord(r: () => number, max: number): string {
  let w = '';
  const n = Math.floor(r() * (max + 1));
  for (let i = 0; i < n; i++) w += ALPHABET[Math.floor(r() * ALPHABET.length)];
  return w;
}

describe('attribution frames: word-form tests', () => {
  const fixed = ['', 'd', 'ed', 'said', 'added', 'ED', 'ing', 'ng', 'saying', 'sing', 'ly', 'y', 'only', 'early', '1', '38', '100', '1000', '٣', '3a', 'a3', '12.'];

  it('endsIng and isShortNumber equal their regexes', () => {
    const r = rng(61);
    const words = fixed.slice();
    for (let k = 0; k < 20000; k++) words.push(randomWord(r, 6));
    let hits = 0;
    for (const w of words) {
      assert.strictEqual(endsIng(w), /ing$/.test(w), `ing: ${JSON.stringify(w)}`);
      assert.strictEqual(isShortNumber(w), /^\d{1,3}$/.test(w), `number: ${JSON.stringify(w)}`);
      if (endsIng(w) || isShortNumber(w)) hits++;
    }
    // The random words reach both answers of every test.
    assert.ok(hits > 200 && hits < words.length - 200, `hits ${hits}`);
  });

  it('spanWords equals leadingWords of the spans joined by spaces', () => {
    const r = rng(62);
    for (let k = 0; k < 3000; k++) {
      const text = randomWord(r, 40);
      const spans: Span[] = [];
      const n = Math.floor(r() * 4);
      for (let i = 0; i < n; i++) {
        const s = Math.floor(r() * (text.length + 1));
        const e = s + Math.floor(r() * (text.length - s + 1));
        spans.push([s, e]);
      }
      const joined = spans.map(([s, e]) => text.slice(s, e)).join(' ');
      for (const max of [1, 2, 5]) assert.deepStrictEqual(spanWords(text, spans, max), leadingWords(joined, max), JSON.stringify({ text, spans, max }));
    }
  });
});
