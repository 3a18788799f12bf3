// The misquote rule's words and sentences: the one-pass word reader agrees with the regex pipeline
// it stands in for (kept here as the reference), and `quotedUnits` with `quotedWords(q).units`.
import * as assert from 'assert';
import { quotedUnits, quotedWords } from '../../src/core/workspace';
import type { Quote, QuoteType } from '../../src/core/types';
import { rng } from './random';

function q(text: string, type: QuoteType = 'direct'): Quote {
  return { id: 'q1', type, spans: [[0, text.length]], text, cue: null, speaker: { id: null, entity: null, mention: null, mentionSpan: null }, via: null };
}

/** The words as misquote.ts read them before its one-pass reader (lower case, U.S. as us, ’ as '). */
function referenceWords(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/\b(u)\.(s)\.?/g, 'us')
    .replace(/[\u2019']/g, "'")
    .split(/[^a-z0-9']+/)
    .filter(Boolean);
}

/** The quoted stretches of a text, or the whole text if none. */
function segmentsOf(text: string): string[] {
  const segments = [...text.matchAll(/["\u201C\u201D]([^"\u201C\u201D]+)["\u201C\u201D]/g)].map((m) => m[1]);
  return segments.length ? segments : [text];
}

const PIECES = ['the', 'Harbour', 'WILL', 'stay', 'open', '42', "don't", 'don\u2019t', 'U.S.', 'u.s', 'US', 'u.', 's.', 'and', 'but', ' ', '  ', ', ', '. ', '! ', '; ', '?', '-', '\u2014', '\n', '_u.s.', 'K', '\u212a', '\u0130stanbul', '\u00e9t\u00e9', 'caf\u00e9', '"', '\u201c', '\u201d', "'", '\u2019', 'O\u2019Brien', 'x.y', 'U.S.A.'];

function randomText(next: () => number): string {
  let s = '';
  const n = 1 + Math.floor(next() * 14);
  for (let i = 0; i < n; i++) {
    s += PIECES[Math.floor(next() * PIECES.length)];
    if (next() < 0.6) s += ' ';
  }
  return s;
}

describe('crossArticle quoted words', () => {
  it('reads the words of a quotation as the regex pipeline does, in ASCII and out of it', () => {
    const cases = ['"We will not cut the U.S. budget," she said.', '"Don\u2019t say it\u2019s over."', '"The \u212aelvin sign lower-cases to k."', '"\u0130stanbul is open."', '"O\u2019Brien and u.s. officials, said: no"'];
    for (const text of cases) assert.deepStrictEqual(quotedWords(q(text))!.words, referenceWords(segmentsOf(text).join(' ')), text);
    assert.deepStrictEqual(quotedWords(q('"The \u212aelvin sign, U.S. and O\u2019Brien."'))!.words, ['the', 'kelvin', 'sign', 'us', 'and', "o'brien"]);
  });

  it('agrees with the reference on 5,000 random quotations, and quotedUnits with quotedWords', () => {
    const next = rng(20261129);
    let nonAscii = 0;
    for (let i = 0; i < 5000; i++) {
      const body = randomText(next);
      const type: QuoteType = next() < 0.2 ? 'mixed' : next() < 0.1 ? 'indirect' : 'direct';
      const text = next() < 0.5 ? `\u201c${body}\u201d ${randomText(next)}` : body;
      if (/[^\x00-\x7f\u2019]/.test(text)) nonAscii++;
      const quote = q(text, type);
      const words = quotedWords(quote);
      assert.deepStrictEqual(quotedUnits(quote), words?.units ?? [], text);
      if (!words) continue;
      // Words are the segments' words; each segment read by the reference gives the same.
      const read = segmentsOf(text).map((s) => referenceWords(s).join(' '));
      assert.deepStrictEqual(words.segments, read, text);
    }
    // The random texts reach the fallback too.
    assert.ok(nonAscii > 500, `${nonAscii} texts outside ASCII`);
  });

  it('gives no sentences for indirect speech or a quotation without words', () => {
    assert.deepStrictEqual(quotedUnits(q('she said the port would close', 'indirect')), []);
    assert.deepStrictEqual(quotedUnits(q('"..." -- "!"')), []);
    assert.deepStrictEqual(quotedUnits(q('"And we will. But not now."')), ['we will', 'not now']);
  });
});
