// Mention texts are read from the article's tokens without rereading their characters when the
// tokens are nothing or one space apart (issue 6). Whatever white space separates the words of a
// mention, readMention says the same about it: names, roles, descriptions and the parts of a joint
// mention come with runs of white space as single spaces. Pieces are our own.
import * as assert from 'assert';
import { tokenize } from '../../src/core/attribution/tokens';
import { readMention, type MentionInfo } from '../../src/core/attribution/speakers';
import { rng } from './random';

const PIECES = [
  'John', 'Ann', 'Lowell', 'Smith’s', 'J.', 'de', 'the', 'The', 'a', 'his', 'former', 'Foreign', 'Minister', 'spokeswoman', 'official',
  'officials', 'police', 'Ministry', 'of', 'for', 'Defence', 'Harbour', 'Board', 'Reuters', 'UNESCO', 'news', 'agency', 'statement',
  'posted', 'by', 'U.S.', 'Russian', 'Saudi', 'Arabia', 'and', '&', 'who', 'said', '38-year-old', 'Erdogan’s', 'office', 'Mayor',
  'Leeds', 'Omar', 'Reid', 'Itar-Tass', '(FSB)', 'Ségolène', 'there',
];
/** White space the tokenizer skips. */
const GAPS = ['  ', '\u00a0', '\t', '\n', ' \n ', '\u3000'];

/** The mention's fields that carry text from the article, positions left out. */
function said(m: MentionInfo | null): unknown {
  if (!m) return null;
  return {
    name: m.name, description: m.description, pronoun: m.pronoun, kind: m.kind, role: m.role, affiliation: m.affiliation,
    gender: m.gender, plural: m.plural, traits: m.traits, age: m.age, anaphoric: m.anaphoric, loneName: m.loneName,
    parts: m.parts && m.parts.map((p) => ({ text: p.text, said: said(p) })),
  };
}

function read(text: string): MentionInfo | null {
  const toks = tokenize(text, 0, text.length);
  return readMention(text, toks, 1, toks.length - 1);
}

describe('attribution tokens: mention texts', () => {
  it('say the same whatever white space separates the words (random mentions)', () => {
    const r = rng(11);
    let joint = 0;
    let odd = 0;
    for (let i = 0; i < 6000; i++) {
      const n = 1 + Math.floor(r() * 7);
      const words: string[] = [];
      for (let k = 0; k < n; k++) words.push(PIECES[Math.floor(r() * PIECES.length)]);
      let spaced = words[0];
      for (let k = 1; k < n; k++) spaced += (r() < 0.3 ? GAPS[Math.floor(r() * GAPS.length)] : ' ') + words[k];
      const plain = read('x ' + words.join(' ') + ' y');
      const got = read('x ' + spaced + ' y');
      assert.deepStrictEqual(said(got), said(plain), JSON.stringify(spaced));
      if (got?.parts) joint++;
      if (spaced !== words.join(' ') && got && (got.name || got.role)) odd++;
    }
    assert.ok(joint > 100, `joint mentions read: ${joint}`);
    assert.ok(odd > 500, `odd spacing in names or roles: ${odd}`);
  });

  it('a joint mention’s parts carry their own text', () => {
    const text = 'x Ann  Lowell and the\u00a0Harbour Board said';
    const toks = tokenize(text, 0, text.length);
    const m = readMention(text, toks, 1, toks.length - 1)!;
    assert.deepStrictEqual(m.parts!.map((p) => p.text), ['Ann Lowell', 'the Harbour Board']);
    assert.strictEqual(m.name, 'Ann Lowell and Harbour Board');
  });

  it('a white-space character read as punctuation (thin space) is squeezed too', () => {
    const text = 'x Ann\u2009Lowell y';
    const toks = tokenize(text, 0, text.length);
    assert.ok(toks.some((t) => t.text === '\u2009'), 'the thin space is a token');
    assert.strictEqual(readMention(text, toks, 1, toks.length - 1)!.name, 'Ann Lowell');
  });
});
