// detectLanguage reads the text once for two verdicts: its own, and the findings' looksEnglish,
// which it leaves for looksEnglish to return on the same text. These tests hold both to their
// plain definitions (slice, lower-case, regex, Set) on random texts built to sit near the
// thresholds, the 3,000-character sample's end and the characters the two read differently
// (apostrophes, letters above ASCII, curly quotes, case mappings that change length).
import * as assert from 'assert';
import { detectLanguage } from '../../src/core/language/detectLanguage';
import { looksEnglish, scanLooksEnglish } from '../../src/core/language/looksEnglish';
import { rng } from './random';
import { FUNCTION_WORDS, detectLanguageRef, looksEnglishRef } from './language-reference';

const FUNCTION = [...FUNCTION_WORDS];
const CONTENT = ['council', 'Budget', 'voted', 'ciudad', 'über', 'Straße', "don't", 'it\u2019s', 'год', 'X', 'İs', 'İn', 'Kelvin\u212a', '\u212aeep', 'ÀND', 'Ⱥt', 'ɐt', 'the\u0301', 'ﬁrst'];
const JOINS = [' ', ' ', ' ', ', ', '. ', '\n\n', ' \u201c', '\u201d ', '\u2014', "'", '\u2019', '-', '\u00a0', '\u0130', '\ud83d\ude00', '3'];

/** Words at a ratio of function words near both thresholds, `n` of them. */
function randomText(r: () => number, n: number): string {
  const ratio = 0.02 + r() * 0.6;
  let t = '';
  for (let i = 0; i < n; i++) {
    const w = r() < ratio ? FUNCTION[Math.floor(r() * FUNCTION.length)] : CONTENT[Math.floor(r() * CONTENT.length)];
    t += (r() < 0.1 ? w.toUpperCase() : w) + JOINS[Math.floor(r() * JOINS.length)];
  }
  return t;
}

describe('one walk for detectLanguage and looksEnglish', () => {
  it('both verdicts agree with their definitions on 1,500 random texts of up to 2,600 words', () => {
    const r = rng(23);
    const seen = new Set<string>();
    let looks = 0;
    for (let k = 0; k < 1500; k++) {
      // Mostly around the 3,000-character sample (350-700 words), some short, some past 2,000 words.
      const n = k % 10 === 0 ? Math.floor(r() * 40) : k % 10 === 1 ? 1900 + Math.floor(r() * 700) : 300 + Math.floor(r() * 500);
      const t = randomText(r, n);
      const want = detectLanguageRef(t);
      seen.add(want);
      assert.strictEqual(detectLanguage(t), want, JSON.stringify(t.slice(0, 200)));
      // Right after detectLanguage (its verdict left behind, unless it stopped early) and read afresh.
      const ref = looksEnglishRef(t);
      assert.strictEqual(looksEnglish(t), ref, JSON.stringify(t.slice(0, 200)));
      assert.strictEqual(scanLooksEnglish(t), ref);
      if (ref) looks++;
    }
    assert.deepStrictEqual([...seen].sort(), ['en', 'other', 'unknown']);
    assert.ok(looks > 150 && looks < 1350, `looks English: ${looks}`);
  });

  it('a text cut at 3,000 characters inside a word counts the cut word', () => {
    for (const pad of [0, 1, 2, 3, 4]) {
      // The sample ends inside "the" or right after it: in the sample, "th" or "the" is the last word.
      const t = 'x'.repeat(2990 + pad) + ' the the the the the ' + 'zz '.repeat(10);
      const head = 'the '.repeat(3) + 'zz '.repeat(30) + t;
      for (const s of [t, head]) {
        detectLanguage(s);
        assert.strictEqual(looksEnglish(s), looksEnglishRef(s), `pad ${pad}`);
      }
    }
  });

  it('stops early only when a tail of one-letter words could not bring the ratio under 18%', () => {
    // English up front, then as many short non-function words as the rest of the text holds: the
    // ratio falls to just above or just below the threshold only at the very end.
    const head = 'the council voted on tuesday to close the old library after months of debate '.repeat(40);
    const fw = (head.match(/[a-z]+/g) ?? []).filter((w) => FUNCTION_WORDS.has(w)).length;
    const words = (head.match(/[a-z]+/g) ?? []).length;
    const seen = new Set<string>();
    for (let tail = Math.floor(fw / 0.18) - words - 40; tail < Math.floor(fw / 0.18) - words + 40; tail++) {
      for (const join of [' ', ',', '\n']) {
        const t = head + ('x' + join).repeat(tail);
        const want = detectLanguageRef(t);
        seen.add(want);
        assert.strictEqual(detectLanguage(t), want, `tail of ${tail}`);
      }
    }
    assert.deepStrictEqual([...seen].sort(), ['en', 'other']);
  });

  it("settles looksEnglish's verdict early only when a tail of one-letter words could not bring it under 12%", () => {
    // English words up front, then short non-English words to the sample's end (some with
    // U+0130, which lower-cases to two code units, "i" and a combining dot): the ratio crosses
    // the threshold only near the end.
    const head = 'the council said it was in the town and that a vote was due '.repeat(8);
    const hits = (head.match(/[a-z]+/g) ?? []).filter((w) => ['the', 'said', 'it', 'was', 'in', 'and', 'that', 'a'].includes(w)).length;
    const words = (head.match(/[a-z]+/g) ?? []).length;
    const seen = new Set<boolean>();
    for (let tail = Math.floor(hits / 0.12) - words - 30; tail < Math.floor(hits / 0.12) - words + 30; tail++) {
      // "xİ" and "İİ" are two words each: more than one per two code units.
      for (const [piece, per] of [['x ', 1], ['x,', 1], ['x\n', 1], ['x\u0130 ', 2], ['\u0130\u0130', 2]] as const) {
        const t = head + piece.repeat(Math.ceil(tail / per));
        assert.ok(t.length < 3000);
        const want = looksEnglishRef(t);
        seen.add(want);
        assert.strictEqual(detectLanguage(t), detectLanguageRef(t), `tail of ${tail}`);
        assert.strictEqual(looksEnglish(t), want, `tail of ${tail}, ${JSON.stringify(piece)}`);
      }
    }
    assert.deepStrictEqual([...seen].sort(), [false, true]);
  });

  it('the sample ends at 3,000 characters exactly: a word starting there is not read', () => {
    // 3 English words in 25: 12%, English; a 26th word would make it not.
    const filler = [...Array.from({ length: 21 }, () => 'x'.repeat(135)), 'x'.repeat(131)];
    const sample = 'the the the ' + filler.map((w) => w + ' ').join('');
    assert.strictEqual(sample.length, 3000);
    const t = sample + 'zz zz zz';
    assert.strictEqual(looksEnglishRef(t), true);
    assert.strictEqual(detectLanguage(t), detectLanguageRef(t));
    assert.strictEqual(looksEnglish(t), true);
    assert.strictEqual(scanLooksEnglish(t), true);
    assert.strictEqual(looksEnglish(sample.slice(0, -1) + 'zz'), looksEnglishRef(sample.slice(0, -1) + 'zz'));
  });

  it('looksEnglish answers for the text asked about, not the one detectLanguage read last', () => {
    const en = 'The council said that it was in the interest of the town to act, and the mayor agreed with it. '.repeat(3);
    const other = 'El ayuntamiento votó cerrar la biblioteca, una decisión que enfadó a los padres del barrio. '.repeat(3);
    assert.strictEqual(detectLanguage(en), 'en');
    assert.strictEqual(looksEnglish(other), false);
    assert.strictEqual(looksEnglish(en), true);
    assert.strictEqual(detectLanguage(other), 'other');
    assert.strictEqual(looksEnglish(en), true);
    assert.strictEqual(looksEnglish(other), false);
    // Equal text in another string: the same verdict.
    assert.strictEqual(looksEnglish(other.split('').join('')), false);
  });
});
