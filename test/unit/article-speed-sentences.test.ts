// The sentence splitter's quick test for abbreviations (issue 6: a word whose first two letters and
// length no listed abbreviation has is not copied and lower-cased) only skips work: on our samples
// and fixtures, on every listed word in several cases and on random words, abbreviationHolds
// answers as its plain definition does.
import * as assert from 'assert';
import { ABBREVIATION_LISTS, abbreviationHolds } from '../../src/core/article/sentences';
import { makeArticle, makeRng } from '../../scripts/bench/templates';
import { rng } from './random';
import { sampleAndFixtureTexts } from './article-helpers';

const { neverEnd, beforeNumber, maybeEnd, openers } = ABBREVIATION_LISTS;

// The plain definition, before its quick test.
function isLetter(c: number): boolean {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch.toUpperCase();
}
function isUpper(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function wordAt(text: string, at: number, end: number): string {
  let j = at;
  while (j < end && isLetter(text.charCodeAt(j))) j++;
  return text.slice(at, j);
}
function holdsRef(text: string, from: number, dot: number, next: number, end: number): boolean {
  let s = dot;
  let innerDot = false;
  while (s > from) {
    const c = text.charCodeAt(s - 1);
    if (isLetter(c)) s--;
    else if (c === 46 && s - 1 > from && isLetter(text.charCodeAt(s - 2))) {
      innerDot = true;
      s--;
    } else break;
  }
  if (s === dot) return false;
  const token = text.slice(s, dot);
  const lower = token.toLowerCase();
  const nc = text.charCodeAt(next);
  const opener = () => openers.has(wordAt(text, next, end));
  if (neverEnd.has(lower) && !innerDot) return true;
  if (beforeNumber.has(lower) && !innerDot) return (nc >= 48 && nc <= 57) || !opener();
  if (maybeEnd.has(lower)) return !opener();
  if (innerDot || (token.length === 1 && isUpper(token.charCodeAt(0)))) return !opener();
  return false;
}

/** Compares the two at every period of `text` that a space and a word follow; returns how many periods. */
function compareAll(text: string): number {
  let n = 0;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    const next = dot + 2;
    if (text.charCodeAt(dot + 1) !== 32 || next >= text.length) continue;
    const from = Math.max(0, text.lastIndexOf('\n', dot) + 1);
    const end = text.indexOf('\n', dot) < 0 ? text.length : text.indexOf('\n', dot);
    assert.strictEqual(abbreviationHolds(text, from, dot, next, end), holdsRef(text, from, dot, next, end), JSON.stringify(text.slice(Math.max(from, dot - 20), dot + 12)));
    n++;
  }
  return n;
}

function texts(): string[] {
  const out = sampleAndFixtureTexts();
  const r = makeRng(17);
  for (let k = 0; k < 20; k++) out.push(makeArticle(r, 800));
  return out;
}

describe('article model: the abbreviation quick test', () => {
  it('answers as the plain definition at every period of the samples, fixtures and template articles', () => {
    let n = 0;
    for (const t of texts()) n += compareAll(t);
    assert.ok(n > 200, `${n} periods`);
  });

  it('answers as the plain definition for every listed word in three cases, before a name, an opener and a number', () => {
    let held = 0;
    for (const list of [neverEnd, beforeNumber, maybeEnd]) {
      for (const w of list) {
        for (const form of [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]) {
          for (const after of ['Smith', 'The', '5']) {
            const text = `He met ${form}. ${after} later`;
            const dot = text.indexOf('. ');
            assert.strictEqual(abbreviationHolds(text, 0, dot, dot + 2, text.length), holdsRef(text, 0, dot, dot + 2, text.length), text);
            if (holdsRef(text, 0, dot, dot + 2, text.length)) held++;
          }
        }
      }
    }
    // Most listed words hold before a name: the check is not vacuous.
    assert.ok(held > 200, `${held}`);
  });

  it('answers as the plain definition for random words, accented, Kelvin-signed and dotted ones included', () => {
    const r = rng(61);
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\u212a\u0130\u00e9\u00c9.';
    let n = 0;
    for (let k = 0; k < 30000; k++) {
      let w = '';
      for (let i = 1 + Math.floor(r() * 8); i > 0; i--) w += letters[Math.floor(r() * letters.length)];
      n += compareAll(`Then ${w}. ${['Smith', 'The', '7', 'it'][k % 4]} went`);
    }
    assert.ok(n >= 29000, `${n}`);
  });
});
