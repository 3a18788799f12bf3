// The findings rules skip a text regex when none of the text's words holds a piece every match
// must start with (src/core/findings/gates.ts). These tests hold the pieces read from the regex
// sources to what the sources say, and check on many random texts full of near-matches that a
// text a gated regex matches always has that regex's bit among its words' hints.
import * as assert from 'assert';
import { GATED, GATES, leadingPieces, mayMatch, wordHints } from '../../src/core/findings/gates';
import { readWords } from '../../src/core/findings/text';
import { isNamedQuote, PRONOUN_ANY_CASE, quoteStatement } from '../../src/core/findings/statements';
import { compareStatements } from '../../src/core/findings/contradiction';
import type { Quote } from '../../src/core/types';
import { rng } from './random';

describe('findings regex gates', () => {
  it('reads the pieces each alternative must start with', () => {
    assert.deepStrictEqual(leadingPieces(/\b(?:claims?|said|critici[sz]ed)\b/i), ['claim', 'said', 'critici']);
    // Of an alternative's word-starting pieces, the longest shortest one: "innocent", not is/was.
    assert.deepStrictEqual(leadingPieces(/\b(?:(?:is|was) innocent|no crime)\b/i), ['innocent', 'crime']);
    assert.deepStrictEqual(leadingPieces(/\bblam(?:e|ed)\s+(?:the\s+)?([A-Z]\w+)/), ['blam']);
    // A piece after letters with no space between does not start a word: not taken.
    assert.deepStrictEqual(leadingPieces(/\b(?:did(?:n't| not) go)\b/i), ['did']);
    // Not of the form read: no gate (the regex always runs).
    assert.strictEqual(leadingPieces(/\bfoo|bar/), null);
    assert.strictEqual(leadingPieces(/foo\b/), null);
    assert.strictEqual(leadingPieces(/\b(?:foo|[a-z]+)/), null);
    assert.strictEqual(leadingPieces(/\b(?:foo)?bar/), null);
    assert.strictEqual(leadingPieces(/\b(?=x)foo/), null);
  });

  it('gates the lexicon regexes the rules run on statement and sentence text', () => {
    // Every one of them has a bit: a regex that lost its gate would still be right, only slower.
    assert.ok(GATED.length >= 16, `${GATED.length} gated`);
    for (const [re, bit] of GATED) assert.ok(bit !== 0 && leadingPieces(re), re.source);
  });

  it('a text a gated regex matches has its bit among its words, on 20,000 random texts', () => {
    const r = rng(3);
    // Words of the regex sources themselves, so that the texts come close to matching often.
    const vocab = new Set<string>();
    for (const [re] of GATED) for (const w of re.source.match(/[a-z]+/gi) ?? []) vocab.add(w);
    // And phrases of several words that match, which random words would seldom make.
    const phrases = ['did nothing wrong', "didn't do anything wrong", 'not guilty', 'were innocent', 'due to', 'as of', 'so far', 'up from', 'earlier reports', 'pilot error',
      'explosive device', 'withdrawal from the immediate area', 'partial withdrawal', 'blamed the Taliban', 'according to', 'it is believed', 'is said to', 'sources say',
      'in response to', 'told reporters', 'charged with', 'is expected to', 'will be', 'carries a possible', 'punishable by', 'leaving Syria', 'pull out of Iraq',
      'committed no crime', 'no wrongdoing', 'the cause of', 'caused by', 'after airing', 'most people', 'first-ever', 'cover-up', 'suicide attack', 'never'];
    const words = [...vocab, ...phrases, ...phrases];
    const joins = [' ', ' ', ' ', '  ', '\n', '\u00a0', '-', "'", '\u2019', '.', ',', '"', '\u201c', '\u201d', '5', '12th', 'é', '_', 'x', '(', ''];
    const shapes = [(w: string) => w, (w: string) => w.toUpperCase(), (w: string) => w[0].toUpperCase() + w.slice(1), (w: string) => w + 's', (w: string) => w + 'ed', (w: string) => w.slice(0, -1)];
    const matched = new Map<RegExp, number>();
    for (let k = 0; k < 20000; k++) {
      let t = '';
      for (let j = 0, n = 1 + Math.floor(r() * 8); j < n; j++) {
        const w = words[Math.floor(r() * words.length)];
        t += shapes[Math.floor(r() * shapes.length)](w) + joins[Math.floor(r() * joins.length)];
      }
      const hints = readWords(t, Math.floor(r() * 50)).hints;
      for (const [re, bit] of GATED) {
        if (!re.test(t)) continue;
        matched.set(re, (matched.get(re) ?? 0) + 1);
        assert.ok(mayMatch(hints, bit), `${re.source} matches ${JSON.stringify(t)} but its gate is closed`);
      }
      if (/["\u201C\u201D]/.test(t)) assert.ok(mayMatch(hints, GATES.quoteMark), JSON.stringify(t));
    }
    // Every gated regex matched some texts: the check was not vacuous.
    for (const [re] of GATED) assert.ok((matched.get(re) ?? 0) > 20, `${re.source}: ${matched.get(re) ?? 0} matches`);
  });

  it('a word sets the bit of each gate one of whose pieces it holds, anywhere in it, on 20,000 random words', () => {
    const random = rng(47);
    const pieces: [string, number][] = [];
    for (const [re, bit] of GATED) for (const p of leadingPieces(re) ?? []) pieces.push([p, bit]);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    let withBits = 0;
    for (let n = 0; n < 20_000; n++) {
      // Pieces, their fragments and other letters run together: pieces at every place, pieces cut
      // short, overlapping ones ("asno").
      let word = '';
      const parts = 1 + Math.floor(random() * 4);
      for (let k = 0; k < parts; k++) {
        const [p] = pick(pieces);
        const r = random();
        word += r < 0.5 ? p : r < 0.8 ? p.slice(0, 1 + Math.floor(random() * p.length)) : pick(['a', 'z', "'", '-', '\u00e9', 'ss', 'no', 'as']);
      }
      let expected = 0;
      for (const [p, bit] of pieces) if (word.includes(p)) expected |= bit;
      assert.strictEqual(wordHints(word), expected, word);
      if (expected) withBits++;
    }
    assert.ok(withBits > 10_000, `${withBits} words held a piece`);
  });

  it('a quote whose text is not its spans\' text is read with every regex open', () => {
    // The words come from the spans; a hand-made quote text with other words must still be read.
    const text = 'He said it was an accident. She said it was deliberate.';
    const quote = (id: string, span: [number, number], quoted: string, who: string): Quote => ({
      id, type: 'indirect', spans: [span], text: quoted, cue: null,
      speaker: { id: who, entity: who, mention: who, mentionSpan: null }, via: null,
    });
    const speakers = new Map();
    // Spans over neutral words, texts carrying the clash: the texts decide.
    const a = quoteStatement(text, quote('q1', [0, 7], 'blamed a gas leak behind the blast in the city', 'A'), speakers);
    const b = quoteStatement(text, quote('q2', [28, 36], 'blamed a bomb behind the blast in the city', 'B'), speakers);
    assert.deepStrictEqual(compareStatements(a, b), { kind: 'factual', about: 'the cause' });
  });

  it('a speaker named only by a pronoun, in any case, is found without lower-casing the name', () => {
    const pronouns = ['he', 'she', 'they', 'it', 'we', 'i', 'him', 'her', 'them'];
    const letters = new Set(pronouns.join(''));
    // The set is exact only if no character other than A-Z lower-cases to a pronoun's letters.
    for (let c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const ch = String.fromCodePoint(c);
      const lower = ch.toLowerCase();
      if (/^[a-z]+$/.test(lower) && !/^[A-Za-z]$/.test(ch)) assert.ok(![...lower].some((l) => letters.has(l)), `U+${c.toString(16)} lower-cases to ${lower}`);
    }
    const r = rng(5);
    const quote = (name: string): Quote => ({
      id: 'q1', type: 'direct', spans: [[0, 5]], text: 'text', cue: null,
      speaker: { id: 's1', entity: name, mention: name, mentionSpan: null }, via: null,
    });
    const chars = ['h', 'e', 's', 't', 'y', 'i', 'w', 'm', 'r', 'H', 'E', 'I', 'T', 'M', 'a', '\u212a', '\u0130', ' '];
    let pronounNames = 0;
    for (let k = 0; k < 20000; k++) {
      // Random pronouns in random cases, and random short strings of pronoun letters.
      let name = '';
      if (r() < 0.5) for (const ch of pronouns[Math.floor(r() * pronouns.length)]) name += r() < 0.5 ? ch : ch.toUpperCase();
      else for (let j = Math.floor(r() * 5); j > 0; j--) name += chars[Math.floor(r() * chars.length)];
      const isPronoun = pronouns.includes(name.toLowerCase());
      if (isPronoun) pronounNames++;
      assert.strictEqual(PRONOUN_ANY_CASE.has(name), isPronoun, JSON.stringify(name));
      assert.strictEqual(isNamedQuote(quote(name)), !isPronoun, JSON.stringify(name));
    }
    assert.ok(pronounNames > 5000, `${pronounNames}`);
  });
});
