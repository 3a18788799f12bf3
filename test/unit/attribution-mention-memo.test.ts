// A mention read once per analysis and moved to its repeats (index.ts mentionIn) rests on this:
// readMention's answer depends on the text of its token range alone. Checked against readMention
// itself on random news-like texts, ranges read at several places and in several paragraphs' cuts,
// with one memo kept across all of them (the strongest form of the claim).
import * as assert from 'assert';
import { findAttributions, mentionIn, MENTION_KEY_MAX, MENTION_MEMO_MAX, type MentionMemo } from '../../src/core/attribution/index';
import { parseArticle } from '../../src/core/article';
import { heapAfterGc } from './heap';
import { readMention } from '../../src/core/attribution/speakers';
import { tokenize } from '../../src/core/attribution/tokens';
import { rng } from './random';

const PIECES = [
  'the', 'spokesman', 'Robert', 'Halfield-Marhamson', 'Dr.', 'A.', 'Smith', "Smith's", 'Smith’s', 'of', 'The', 'Times', 'he', 'she',
  'they', 'and', 'Anna', 'Lund', 'Piet', 'Vos', 'police', 'in', 'Oslo', 'the', 'Russian', 'Foreign', 'Ministry', '(FSB)', 'U.S.', 'officials',
  'a', 'senior', 'official', 'who', 'asked', 'not', 'to', 'be', 'named', 'Şakerdağ', 'Dahleström', ',', '-', '“', '”', '38-year-old',
  'Reuters', 'news', 'agency', 'its', 'source', 'minister', 'finance', 'memo', 'by', 'Senator', 'X', 'on', 'Thursday', 'this',
];

describe('attribution mentions: one reading per range text', () => {
  it('answers as readMention does, for ranges met again at other places and in other cuts', () => {
    const r = rng(23);
    const memo: MentionMemo = new Map();
    let hits = 0;
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const n = 4 + Math.floor(r() * 30);
      for (let k = 0; k < n; k++) text += (k && r() < 0.9 ? ' ' : r() < 0.5 ? '  ' : '') + PIECES[Math.floor(r() * PIECES.length)];
      // The text read as one paragraph or from a later start (another cut of the same characters).
      const start = r() < 0.5 ? 0 : text.indexOf(' ', Math.floor(r() * text.length)) + 1;
      const toks = tokenize(text, start, text.length);
      for (let q = 0; q < 6 && toks.length; q++) {
        const a = Math.floor(r() * toks.length);
        const b = a + 1 + Math.floor(r() * Math.min(6, toks.length - a));
        const key = text.slice(toks[a].s, toks[b - 1].e);
        if (memo.has(key)) hits++;
        assert.deepStrictEqual(mentionIn(text, toks, a, b, memo), readMention(text, toks, a, b), JSON.stringify([text, start, a, b]));
      }
    }
    // Repeats must have been read from the memo, not only first readings.
    assert.ok(hits > 2000, `only ${hits} repeats`);
  });

  it('moves a repeat to its own place', () => {
    const text = 'Anna Lund, the spokesman, said so. Later Anna Lund, the spokesman, said more.';
    const toks = tokenize(text, 0, text.length);
    const memo: MentionMemo = new Map();
    const first = mentionIn(text, toks, 0, 6, memo)!;
    const again = mentionIn(text, toks, 10, 16, memo)!;
    assert.strictEqual(first.s, 0);
    assert.strictEqual(again.s, text.indexOf('Anna', 1));
    assert.strictEqual(text.slice(again.s, again.e), text.slice(first.s, first.e));
    assert.deepStrictEqual({ ...again, s: 0, e: 0 }, { ...first, s: 0, e: 0 });
  });

  it('reads a range longer than MENTION_KEY_MAX afresh and keeps nothing of it', () => {
    const aside = `(${'the former deputy head of the regional transport committee '.repeat(6)})`;
    const text = `the spokesman ${aside} said so. Later the spokesman ${aside} said more.`;
    const toks = tokenize(text, 0, text.length);
    const saids = toks.flatMap((t, k) => (t.low === 'said' ? [k] : []));
    const memo: MentionMemo = new Map();
    assert.ok(toks[saids[0] - 1].e - toks[0].s > MENTION_KEY_MAX);
    assert.deepStrictEqual(mentionIn(text, toks, 0, saids[0], memo), readMention(text, toks, 0, saids[0]));
    const later = toks.findIndex((t, k) => k > saids[0] && t.low === 'the');
    assert.deepStrictEqual(mentionIn(text, toks, later, saids[1], memo), readMention(text, toks, later, saids[1]));
    assert.strictEqual(memo.size, 0);
    // A short range is kept, under its own text.
    mentionIn(text, toks, 0, 2, memo);
    assert.deepStrictEqual([...memo.keys()], ['the spokesman']);
  });

  it('holds at most MENTION_MEMO_MAX range texts, and still answers as readMention does after it is emptied', () => {
    const memo: MentionMemo = new Map();
    let most = 0;
    for (let i = 0; i < MENTION_MEMO_MAX + 3000; i++) {
      // A new range text every time (a name never met before), and now and then one met before.
      const name = i % 7 === 0 ? `Anna Lund${i % 5}` : `Anna Lund${i}`;
      const text = `${name}, the spokesman, said so.`;
      const toks = tokenize(text, 0, text.length);
      const b = toks.findIndex((t) => t.low === 'said');
      assert.deepStrictEqual(mentionIn(text, toks, 0, b - 1, memo), readMention(text, toks, 0, b - 1), text);
      most = Math.max(most, memo.size);
    }
    assert.ok(most <= MENTION_MEMO_MAX, `memo held ${most}`);
    assert.ok(most > MENTION_MEMO_MAX / 2, `memo held only ${most}`);
  });

  it('keeps no article text alive: the memo findAttributions runs share holds copies of the range texts', function () {
    this.timeout(60_000);
    /** An article of 1 MB whose speakers are named in words of 13 characters or more (a range text V8
     *  would keep as a view of the whole text). Each text differs, so each is a string of its own. */
    const article = (k: number) =>
      `Harbour board votes on contract ${k}\n\nHarbourmaster Ida Voss-Lindqvist${k}, the chair of the board, said fares would rise. ` +
      `"We have no other way," said Councillor Marten Holloway${k}.\n\n${' '.repeat(1_000_000)}\n\nThe board meets again on Friday.\n`;
    findAttributions(parseArticle(article(-1)));
    const before = heapAfterGc();
    let quotes = 0;
    for (let k = 0; k < 12; k++) quotes += findAttributions(parseArticle(article(k))).quotes.length;
    assert.ok(quotes >= 24, `${quotes} quotes`);
    const grown = heapAfterGc() - before;
    // Twelve texts of 1 MB: about 12 MB if the memo's keys were views of them.
    assert.ok(grown < 4, `heap grew ${grown.toFixed(1)} MB`);
  });
});
