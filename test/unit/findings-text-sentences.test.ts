// The findings' sentence splitter passes over a span with no sentence mark before its last two
// characters without running its regex, and bodySentences' over one where no mark is followed by
// white space inside it: each must split as the regex alone does.
import * as assert from 'assert';
import { SentenceMarks, splitSentences, splitSentencesAt } from '../../src/core/findings/text';
import { rng } from './random';

const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Rep|Sen|Gov|Jr|Sr|Prof|Capt|Adm|Maj|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|Inc|Corp|Co|Ltd)|\b[A-Z](?:\.[A-Z])*)$/;

/** The definition: the regex over the span's slice, each part trimmed of white space. */
function reference(text: string, span: [number, number]): [number, number][] {
  const out: [number, number][] = [];
  const re = /[.!?]+["'\u201D\u2019)\]]*(?=\s+["'\u201C\u2018(]?[A-Z0-9])/g;
  const slice = text.slice(span[0], span[1]);
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(slice[a])) a++;
    while (b > a && /\s/.test(slice[b - 1])) b--;
    if (b > a) out.push([span[0] + a, span[0] + b]);
  };
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    if (m[0].startsWith('.') && ABBREV.test(slice.slice(Math.max(0, m.index - 8), m.index))) continue;
    push(start, m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(start, slice.length);
  return out;
}

const PIECES = ['\u2019', ']', '\u3000', 'a', 'word', 'Word', 'U.S.', 'Mr.', 'No.', '3', '.', '!', '?', '..', '"', '\u201D', ')', ' ', '  ', '\n', '\u00a0', 'Z', '9', ',', '\u201C'];

describe('findings sentence splitter', () => {
  it('splits every span as its regex does, with and without a mark inside (8,000 random spans)', () => {
    const r = rng(71);
    let split = 0;
    let plain = 0;
    for (let k = 0; k < 8000; k++) {
      let text = '';
      for (let j = Math.floor(r() * 30); j > 0; j--) text += PIECES[Math.floor(r() * PIECES.length)];
      const a = Math.floor(r() * (text.length + 1));
      let b = a + Math.floor(r() * (text.length + 1 - a));
      if (r() < 0.03) b = text.length + 3; // past the end: the slice clamps it
      const want = reference(text, [a, b]);
      assert.deepStrictEqual(splitSentences(text, [a, b]), want, JSON.stringify({ text, a, b }));
      if (want.length > 1) split++;
      else if (!/[.!?]/.test(text.slice(a, b))) plain++;
    }
    assert.ok(split > 200 && plain > 1000, `${split} split, ${plain} with no mark`);
  });

  it('splits spans as its regex does when it looks for marks first (one finder a text, spans in order and not)', () => {
    const r = rng(72);
    let split = 0;
    let passed = 0;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let j = Math.floor(r() * 60); j > 0; j--) text += PIECES[Math.floor(r() * PIECES.length)];
      const marks = new SentenceMarks(text);
      // Spans mostly in text order, as bodySentences asks; now and then one further back.
      let at = 0;
      for (let q = 0; q < 6; q++) {
        const a = r() < 0.2 ? Math.floor(r() * (text.length + 1)) : Math.min(text.length, at + Math.floor(r() * 6));
        let b = a + Math.floor(r() * (text.length + 1 - a));
        if (r() < 0.03) b = text.length + 3;
        at = Math.min(b, text.length);
        const want = reference(text, [a, b]);
        assert.deepStrictEqual(splitSentencesAt(text, [a, b], marks), want, JSON.stringify({ text, a, b }));
        if (want.length > 1) split++;
        else if (/[.!?]/.test(text.slice(a, b))) passed++;
      }
    }
    assert.ok(split > 500 && passed > 1000, `${split} split, ${passed} with a mark and no break`);
  });
});
