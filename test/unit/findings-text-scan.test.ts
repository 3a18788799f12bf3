// The findings tokenizer (readWords) scans character codes through lookup tables, hashes each
// token while scanning it and finds its info in a table by that hash. These tests hold it to the
// regex it replaces, and each token's info to the text the token covers, on random texts built
// from the characters at the edges of its tables (joiners at the end, letters U+00C0-024F and
// just past them, Unicode spaces, digits with suffixes).
import * as assert from 'assert';
import { readRange, readRanges, readWords, tokenize } from '../../src/core/findings/text';
import { rng } from './random';

const TOKEN_RE = /(\d+(?:[.,]\d+)*(?:st|nd|rd|th|s)?)|([A-Za-z\u00C0-\u024F]+(?:['\u2019.\-][A-Za-z\u00C0-\u024F]+)*\.?)|([^\sA-Za-z\u00C0-\u024F\d])/g;
const ABBREV = /^(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Rep|Sen|Gov|Jr|Sr|Prof|Capt|Adm|Maj|No)\.$/;

/** What a token is, as the regex reads it: [text as kept, kind, start, end of the match]. */
function tokensRef(text: string, offset: number): [string, string, number, number][] {
  const out: [string, string, number, number][] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) {
    let t = m[0];
    const kind = m[1] ? 'num' : m[2] ? 'word' : 'punct';
    if (kind === 'word' && t.endsWith('.') && !/^(?:[A-Za-z]\.)+$/.test(t) && !ABBREV.test(t)) t = t.slice(0, -1);
    out.push([t, kind, offset + m.index, offset + m.index + m[0].length]);
    if (t.length < m[0].length) out.push(['.', 'punct', offset + m.index + t.length, offset + m.index + m[0].length]);
  }
  return out;
}

const PIECES = [
  'a', 'Zz', 'word', 'Words', 'é', 'À', 'ɏ', 'ɐ', '×', '÷', '¿', 'ʼ', 'д', '1', '42', '3.5', '1,000', '7,', '5.', '12th', '2nd', '3rd', '1st', '4s', '9t', 's', 't', 'h',
  "'", '\u2019', '.', '-', ',', '"', '\u201c', '\u201d', '(', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\u200b', '\ufeff', '\u2028',
  'Mr.', 'U.S.', "O'Brien", 'co-op', 'x-', '@', '_', '\ud83d\ude00',
];

function randomText(r: () => number): string {
  let t = '';
  for (let j = 0, n = Math.floor(r() * 40); j < n; j++) t += PIECES[Math.floor(r() * PIECES.length)];
  return t;
}

describe('findings tokenizer scan', () => {
  it('reads what its regex reads, ending anywhere, on 5,000 random texts', () => {
    const r = rng(41);
    for (let k = 0; k < 5000; k++) {
      const t = randomText(r);
      const offset = Math.floor(r() * 1000);
      const got = tokenize(t, offset).map((x) => [x.text, x.kind, x.start, x.end]);
      // A token's end is its start plus its text; the regex's match may hold a split full stop.
      const want = tokensRef(t, offset).map(([text, kind, start]) => [text, kind, start, start + text.length]);
      assert.deepStrictEqual(got, want, JSON.stringify(t));
    }
  });

  it("gives each token the info of the characters it covers (the hash lookup finds the token's own)", () => {
    const r = rng(42);
    for (let k = 0; k < 5000; k++) {
      // Many distinct tokens, some differing in one character only, so that slots are shared.
      const t = randomText(r) + ' ' + Array.from({ length: 20 }, () => 'w' + Math.floor(r() * 5000).toString(36) + (r() < 0.5 ? '.' : '')).join(' ');
      const w = readWords(t, 0);
      const ref = tokensRef(t, 0);
      assert.strictEqual(w.infos.length, ref.length);
      for (let i = 0; i < ref.length; i++) {
        const info = w.infos[i];
        assert.strictEqual(info.text, ref[i][0], JSON.stringify(t));
        assert.strictEqual(info.kind, ref[i][1]);
        assert.strictEqual(w.starts[i], ref[i][2]);
        // What it was made from is the token with the full stop it split off, as in the text.
        if (!(i > 0 && w.infos[i - 1].dot && info.text === '.')) assert.strictEqual(info.whole, t.slice(ref[i][2], ref[i][3]));
      }
    }
  });

  it('tells apart tokens that pack alike but for case, a full stop or a ninth character, past a table refill', () => {
    // 8 characters or fewer of letters, digits and full stops are found by their packed key; the
    // others by hash. 70,000 distinct tokens fill both tables past half, so they are emptied midway.
    const r = rng(45);
    const shapes = (w: string) => [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1), w + '.', w + 'x', w + 'xy', w.replace(/a/g, '\u00e0'), w + "'s"];
    for (let k = 0; k < 10000; k++) {
      const base = Math.floor(r() * 36 ** 6).toString(36).replace(/^\d/, 'a');
      const t = shapes(base).join(' ') + ' 12.5 12,5 1.2.3 U.S. u.s. a.b.c.d.e';
      const w = readWords(t, 0);
      const ref = tokensRef(t, 0);
      assert.deepStrictEqual(w.infos.map((x) => [x.text, x.kind]), ref.map(([text, kind]) => [text, kind]), t);
      for (const x of w.infos) assert.strictEqual(x.lower, x.text.toLowerCase().replace(/\u2019/g, "'"));
    }
  });

  it('reads a slice at an offset as it reads the same characters in a longer text', () => {
    const r = rng(43);
    for (let k = 0; k < 2000; k++) {
      const t = randomText(r) + ' ' + randomText(r);
      const a = Math.floor(r() * t.length);
      const b = a + Math.floor(r() * (t.length - a));
      const part = readWords(t.slice(a, b), a);
      const fresh = readWords(t.slice(a, b).split('').join(''), a);
      assert.deepStrictEqual(part.tokens, fresh.tokens);
      assert.strictEqual(part.hints, fresh.hints);
      assert.strictEqual(part.flags, fresh.flags);
    }
  });

  it('reads a range of a text in place as it reads the range sliced (ranges cut inside tokens, outside the text)', () => {
    const r = rng(44);
    let cut = 0;
    for (let k = 0; k < 5000; k++) {
      const t = randomText(r) + (r() < 0.5 ? ' 1,5 3.5th U.S. a.b ' : ' ') + randomText(r);
      let a = Math.floor(r() * (t.length + 1));
      let b = a + Math.floor(r() * (t.length + 1 - a));
      // Now and then a range a slice clamps or reads from the end: past the text, negative, reversed.
      const odd = r();
      if (odd < 0.03) b = t.length + 1 + Math.floor(r() * 5);
      else if (odd < 0.06) a = -1 - Math.floor(r() * 5);
      else if (odd < 0.08) [a, b] = [b, a];
      const want = readWords(t.slice(a, b), a);
      const got = readRange(t, a, b);
      assert.deepStrictEqual(got.starts, want.starts, JSON.stringify({ t, a, b }));
      // The very same infos (found in the same tables), so the same hints and flags.
      assert.ok(got.infos.length === want.infos.length && got.infos.every((x, i) => x === want.infos[i]), JSON.stringify({ t, a, b }));
      assert.strictEqual(got.hints, want.hints);
      assert.strictEqual(got.flags, want.flags);
      if (b < t.length && /[\w.,'\u00C0-\u024F]/.test(t[b] ?? '')) cut++;
    }
    assert.ok(cut > 1000, `${cut} ranges end before a character a token could go on with`);
  });

  it('reads several ranges into one list as it reads each range alone, one after another', () => {
    const r = rng(46);
    for (let k = 0; k < 3000; k++) {
      const t = randomText(r) + ' ' + randomText(r);
      const spans: [number, number][] = [];
      for (let j = 1 + Math.floor(r() * 4); j > 0; j--) {
        const a = Math.floor(r() * (t.length + 1)) - (r() < 0.03 ? 3 : 0);
        spans.push([a, a + Math.floor(r() * 15) + (r() < 0.03 ? t.length : 0)]);
      }
      const parts = spans.map(([a, b]) => readRange(t, a, b));
      const got = readRanges(t, spans);
      assert.deepStrictEqual(got.starts, parts.flatMap((p) => p.starts), JSON.stringify({ t, spans }));
      assert.ok(got.infos.length === got.starts.length && parts.flatMap((p) => p.infos).every((x, i) => x === got.infos[i]));
      assert.strictEqual(got.hints, parts.reduce((h, p) => h | p.hints, 0));
      assert.strictEqual(got.flags, parts.reduce((f, p) => f | p.flags, 0));
    }
  });

  it('gives each punctuation mark past ASCII its own info, marks alternating (the hashed lookup and its recent slots)', () => {
    // U+201C, U+221C, U+2E1C and U+301C share the low byte 0x1C; U+2014 and U+2214 share 0x14.
    const marks = ['\u201c', '\u221c', '\u2e1c', '\u301c', '\u2014', '\u2214', '\u201d'];
    const r = rng(47);
    for (let k = 0; k < 2000; k++) {
      let t = '';
      for (let j = 0, n = 1 + Math.floor(r() * 12); j < n; j++) t += marks[Math.floor(r() * marks.length)] + (r() < 0.5 ? ' ' : '');
      const w = readWords(t, 0);
      assert.deepStrictEqual(w.infos.map((x) => x.text), [...t.replace(/ /g, '')], JSON.stringify(t));
      // A mark's info is its own (another's would carry the other's gate bits).
      for (const x of w.infos) assert.strictEqual(x.whole, x.text);
    }
    // The quotation mark sets the quote-mark gate bit, the other mark of its slot none.
    assert.notStrictEqual(readWords('\u221c \u201c').infos[1].hints, 0);
    assert.strictEqual(readWords('\u201c \u221c').infos[1].hints, 0);
  });

  it('gives long words their own info when they alternate (the hashed lookup and its recent slots)', () => {
    const r = rng(48);
    const words = Array.from({ length: 3000 }, (_, i) => 'longerword' + i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26))) + (i % 3 === 0 ? '\u00e9' : ''));
    for (let k = 0; k < 3000; k++) {
      const picked = Array.from({ length: 6 }, () => words[Math.floor(r() * words.length)]);
      const w = readWords(picked.join(' '), 0);
      assert.deepStrictEqual(w.infos.map((x) => x.text), picked);
    }
  });

  it('reads a text of more tokens than its scratch keeps, then short ones, as its regex does', () => {
    const r = rng(49);
    const huge = Array.from({ length: 30000 }, () => randomText(r)).join(' ');
    for (const t of [huge, randomText(r), huge.slice(0, 5000), randomText(r)]) {
      const got = readWords(t, 0);
      const want = tokensRef(t, 0);
      assert.strictEqual(got.infos.length, want.length);
      assert.deepStrictEqual(got.starts, want.map((x) => x[2]));
      assert.ok(got.infos.every((x, i) => x.text === want[i][0]));
    }
  });
});
