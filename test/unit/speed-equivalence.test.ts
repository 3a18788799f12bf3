// The fast paths written for throughput (issue 6) agree with the plain definitions they replace,
// on our own sentences and on random text mixing ASCII, accented Latin, other scripts, curly
// quotes and case mappings that change length ("İ") or leave ASCII ("K" Kelvin sign).
import * as assert from 'assert';
import { detectLanguage } from '../../src/core/language/detectLanguage';
import { dropApostropheS, dropDot, dropPossessive, isInitialText, isPossessiveText, squeezeSpaces, startsLower } from '../../src/core/attribution/speakers';
import { dropPossessiveEnd } from '../../src/core/attribution/frames';
import { isSpaceCode, leadingWords } from '../../src/core/attribution/words';
import { compareStatements, indexKeys } from '../../src/core/findings/contradiction';
import { endsWithNt, quoteStatement } from '../../src/core/findings/statements';
import type { Quote } from '../../src/core/types';
import { looksEnglish, tokenize as findingsTokenize } from '../../src/core/findings/text';
import { hasFigure } from '../../src/core/findings/unattributed';
import { rng } from './random';
import { FUNCTION_WORDS, looksEnglishRef } from './language-reference';

const PIECES = [
  'the', 'The', 'THE', 'of', 'and', 'said', 'Said', 'were', 'with', 'which', 'would', 'their', 'there',
  'about', 'aboutt', 'i', 'I', 'a', 'A', 'he', "he's", "don't", 'it', 'İs', 'İt', 'Kelvin', '\u212Aey',
  'café', 'naïve', 'Ærø', 'ẞtraße', 'Ⱥa', 'σΣ', 'и', 'в', 'сказал', '日本', '𝐭𝐡𝐞', '\u00a0', ' ', ' ', ' ',
  '\n', '\n\n', ',', '.', '“', '”', '‘', '’', '"', "'", '—', '-', '(', ')', '42', '3.5', 'U.S.', 'x',
];

export function randomText(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)];
  return s;
}

// The definitions as first written: slice, lower-case, regex and Set lookups.
function detectLanguageRef(text: string): string {
  let words = 0;
  let english = 0;
  let start = -1;
  const n = text.length;
  for (let i = 0; i <= n && words < 2000; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    const isWordChar = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c >= 0xc0;
    if (isWordChar) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words++;
      if (i - start <= 7 && FUNCTION_WORDS.has(text.slice(start, i).toLowerCase())) english++;
      start = -1;
    }
  }
  if (words < 25) return 'unknown';
  return english / words >= 0.18 ? 'en' : 'other';
}

const TOKEN_RE = /(\d+(?:[.,]\d+)*(?:st|nd|rd|th|s)?)|([A-Za-z\u00C0-\u024F]+(?:['\u2019.\-][A-Za-z\u00C0-\u024F]+)*\.?)|([^\sA-Za-z\u00C0-\u024F\d])/g;
function findingsTokenizeRef(text: string, offset = 0) {
  const out: { text: string; lower: string; start: number; end: number; kind: string }[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) {
    let t = m[0];
    const kind = m[1] ? 'num' : m[2] ? 'word' : 'punct';
    if (kind === 'word' && t.endsWith('.') && !/^(?:[A-Za-z]\.)+$/.test(t) && !/^(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Rep|Sen|Gov|Jr|Sr|Prof|Capt|Adm|Maj|No)\.$/.test(t)) t = t.slice(0, -1);
    const low = t.toLowerCase();
    out.push({ text: t, lower: low.includes('\u2019') ? low.replace(/\u2019/g, "'") : low, start: offset + m.index, end: offset + m.index + t.length, kind });
    if (t.length < m[0].length) out.push({ text: '.', lower: '.', start: offset + m.index + t.length, end: offset + m.index + m[0].length, kind: 'punct' });
  }
  return out;
}
// Numbers, suffixes, separators and abbreviations for the findings tokenizer.
const TOKEN_PIECES = ['1', '21', '3.5', '1,000', '5.', '7,', '12th', '2nd', '3rd', '1st', '4s', '5sts', '9t', 'st', 'Mr.', 'Dr.', 'No.', 'U.S.', 'U.', 'a.b', "O'Brien", 'O’Neil', 'x-ray', 'co-', '-', '.', '..', ',', "'", '’', '\u2028', '\u3000', '\u200b', '\ufeff', '\t', '×', '÷', 'ɏ', 'ɐ'];

describe('fast paths agree with their definitions', () => {
  it('the findings tokenizer reads what its regex reads, on 3,000 random texts', () => {
    const r = rng(11);
    const pieces = [...PIECES, ...TOKEN_PIECES];
    for (let k = 0; k < 3000; k++) {
      let t = '';
      for (let j = 0, n = 1 + Math.floor(r() * 60); j < n; j++) t += pieces[Math.floor(r() * pieces.length)];
      const offset = Math.floor(r() * 100);
      assert.deepStrictEqual(findingsTokenize(t, offset), findingsTokenizeRef(t, offset), JSON.stringify(t));
    }
  });

  it('detectLanguage and looksEnglish on 3,000 random texts', () => {
    const r = rng(7);
    let en = 0;
    for (let k = 0; k < 3000; k++) {
      const t = randomText(r, 5 + Math.floor(r() * 400));
      assert.strictEqual(detectLanguage(t), detectLanguageRef(t), JSON.stringify(t));
      assert.strictEqual(looksEnglish(t), looksEnglishRef(t), JSON.stringify(t));
      if (looksEnglishRef(t)) en++;
    }
    // Both answers occur, so the comparison is not vacuous.
    assert.ok(en > 100 && en < 2900, `english ${en}`);
  });
  it('the suffix trims of speaker mentions do what their regexes did', () => {
    const words = ["don't", "n't", "nt", "can't.", "won’t", "'t", 't', '', 's', "'s", '’s', "x's", 'x’s', "x's.", 'dr.', '.', '..', 'us', "s'", 'ss', "o's", "'", 'is', 'x’', 'a.s'];
    for (const w of words) {
      assert.strictEqual(dropDot(w), w.replace(/\.$/, ''), w);
      assert.strictEqual(dropApostropheS(w), w.replace(/'s$/, ''), w);
      assert.strictEqual(dropPossessive(w), w.replace(/['’]s$/, ''), w);
      assert.strictEqual(dropPossessiveEnd(w), w.replace(/['’]s?$/, ''), w);
      assert.strictEqual(endsWithNt(w), w.endsWith("n't"), w);
    }
    for (const w of [...words, 'J.', 'j.', 'É.', '𝐀.', '𝐀', 'AB.', 'J', '.J', "officials'", 'Jones’', "'s", 's’', 'Ross', 'éclair', 'Éclair', 'ßa', 'σ', 'Σ', '𝐚b', '𝐀b', 'z', '{']) {
      assert.strictEqual(isInitialText(w), /^\p{Lu}\.$/u.test(w), w);
      assert.strictEqual(isPossessiveText(w), /['’]s$/.test(w) || /s['’]$/.test(w), w);
      assert.strictEqual(startsLower(w), /^\p{Ll}/u.test(w), w);
    }
  });
  it('squeezeSpaces equals replace(/\\s+/g, " ") on random texts', () => {
    const r = rng(5);
    for (let k = 0; k < 3000; k++) {
      const t = randomText(r, Math.floor(r() * 12));
      assert.strictEqual(squeezeSpaces(t), t.replace(/\s+/g, ' '), JSON.stringify(t));
    }
  });
  it('isSpaceCode is \\s on every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) assert.strictEqual(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), c.toString(16));
  });
  it('leadingWords is the first words of split(/\\s+/).filter(Boolean) on random texts', () => {
    const r = rng(6);
    const spaces = ['\u2003', '\u2028', '\u3000', '\ufeff', '\u200b', '\t', '\v'];
    for (let k = 0; k < 3000; k++) {
      let t = randomText(r, Math.floor(r() * 14));
      if (r() < 0.3) t = spaces[Math.floor(r() * spaces.length)] + t + spaces[Math.floor(r() * spaces.length)];
      const max = 1 + Math.floor(r() * 6);
      assert.deepStrictEqual(leadingWords(t, max), t.split(/\s+/).filter(Boolean).slice(0, max), JSON.stringify(t));
    }
  });
  it('hasFigure reads tokens made at any offset as it reads its own', () => {
    const r = rng(7);
    const own = ['Officials said 42 people died on 3 March 2011.', 'Ann Smith, 39, and 41 others.', 'Some 1,200 homes, at 9:30 pm.', 'Hundreds fled; FM105 aired it.'];
    for (let k = 0; k < 3000; k++) {
      const t = k < own.length ? own[k] : randomText(r, Math.floor(r() * 14));
      const at = Math.floor(r() * 5000);
      assert.strictEqual(hasFigure(t, findingsTokenize(t, at)), hasFigure(t), JSON.stringify(t));
    }
    assert.strictEqual(hasFigure(own[0], findingsTokenize(own[0], 77)), true);
  });
  it('looksEnglish counts words cut by a case mapping that changes length', () => {
    // "İ" lower-cases to "i" plus a combining dot, which ends the word: "İs" reads as "i", "s".
    const t = 'İs İt İn ' + 'zz '.repeat(20);
    assert.strictEqual(looksEnglish(t), looksEnglishRef(t));
  });
});

describe('antonym clashes (read through per-statement masks)', () => {
  // Two quotes by different speakers in one invented text.
  function pair(first: string, second: string) {
    const text = `${first} ${second}`;
    const quote = (id: string, s: number, e: number, who: string): Quote => ({
      id, type: 'direct', spans: [[s, e]], text: text.slice(s, e), cue: null,
      speaker: { id: who, entity: who, mention: who, mentionSpan: null }, via: null,
    });
    const a = quoteStatement(text, quote('q1', 0, first.length, 's1'), new Map());
    const b = quoteStatement(text, quote('q2', first.length + 1, text.length, 's2'), new Map());
    return [a, b] as const;
  }
  it('opposite predicates by two speakers clash, either way round', () => {
    const [a, b] = pair('The harbour strike was legal under the port rules.', 'The harbour strike was illegal under the port rules.');
    assert.deepStrictEqual(compareStatements(a, b), { kind: 'antonym', about: 'legal / illegal' });
    assert.deepStrictEqual(compareStatements(b, a), { kind: 'antonym', about: 'legal / illegal' });
    assert.ok(indexKeys(a).some((k) => k.startsWith('~') && k.includes('|')));
  });
  it('the first pair in the lexicon wins when two hold', () => {
    const [a, b] = pair('The verdict was guilty and the result was true.', 'The verdict was innocent and the result was false.');
    assert.deepStrictEqual(compareStatements(a, b), { kind: 'antonym', about: 'guilty / innocent' });
  });
  it('no clash when one side holds both words', () => {
    const [a, b] = pair('Whether legal or illegal, the strike went ahead at the port.', 'The strike at the port was illegal.');
    assert.strictEqual(compareStatements(a, b)?.kind === 'antonym', false);
  });
});
