// reparseArticle: after an edit, the article model made from the previous one equals a fresh
// parse of the new text, for random edits anywhere (header, furniture, paragraph breaks, sentence
// ends, line breaks of every kind), single and chained; and it reuses the model away from the edit.
import * as assert from 'assert';
import { parseArticle, reparseArticle, type ArticleChange } from '../../src/core/article';
import type { Article } from '../../src/core/types';
import { articleOfWords } from '../../scripts/bench/corpus';
import { analyzeText } from '../../src/core';
import { analyzeWith } from '../../src/core/analyze';
import { rng } from './random';
import { sampleAndFixtureTexts } from './article-helpers';

function texts(): string[] {
  const out = sampleAndFixtureTexts();
  out.push(articleOfWords(1500, 5), articleOfWords(3000, 9));
  // Paragraphs split by single line breaks (one long block), and a body hard-wrapped at 70.
  out.push(articleOfWords(2500, 11).replace(/\n\n/g, '\n'));
  out.push(articleOfWords(1200, 12).replace(/[^\n]{70}\S*\s/g, (m) => m.trimEnd() + '\n'));
  // A page with furniture between paragraphs: captions, related lists, font switchers, adverts.
  out.push(
    [
      'Harbour pier to reopen after repairs', '', 'By Jane Doe', 'March 3, 2021', '',
      'RIVERSIDE - The pier reopens on Friday, the council said. Repairs took six months.', '',
      'Workers replaced the deck. "It is safe," said Ana Diaz, the engineer.', '',
      'Related:', 'Pier repairs delayed', 'Council budget vote', '',
      'The mayor said the cost was 2 million dollars. Critics disagreed.', '',
      'XS', 'SM', 'MD', '',
      'A crane lifts a beam at the pier on Monday. (AP Photo/Jo Li)', '',
      'Advertisement', '',
      'Mr. Okoro, a resident, said the work was noisy. He welcomed the news.',
      'Residents had complained for months about the closure, which cut off the ferry',
      'and the market.', '',
      'Missile Impact Site', '',
      'Officials said more work is planned for next year. No date was set.', '',
      'The pier first opened in 1901.', '',
      'Comments (3)', 'Leave a comment', 'Your name', '',
    ].join('\n'),
  );
  return out.filter((t) => t.trim());
}

const SNIPPETS = [
  '\n', '\n\n', '\r\n', '\r', '\n\n\n', ' ', '.', '. ', '. The', '? ', '!" she said. ', '"', '“', '”', 'a', 'x',
  'Mr. ', 'U.S. ', 'said', ' the council said', 'Related:\n', '\nRelated:\nOne link\nTwo link\n', 'Advertisement\n',
  '\nXS\nSM\nMD\n', '\n— Jane Doe, mayor\n', '(AP Photo/Jo Li)', 'Photo: Jo Li/Reuters', '\nBy Jane Doe\n',
  'MOSCOW, Oct. 25 (Reuters) - ', 'March 3, 2021', '((es))Spanish language: Si el Senado ', '\nLeave a comment\n',
  'Print E-mail ', 'Share this article', '\nMissile Impact Site\n', 'he added.', 'Officials denied it.',
];

function randomEdit(r: () => number, text: string): { text: string; change: ArticleChange } {
  const start = Math.floor(r() * (text.length + 1));
  let end = start;
  const op = r();
  if (op < 0.45) end = start; // insert
  else if (op < 0.75) end = Math.min(text.length, start + 1 + Math.floor(r() * 3)); // small delete/replace
  else end = Math.min(text.length, start + Math.floor(r() * 200)); // larger
  const insert = op < 0.6 || op > 0.85 ? SNIPPETS[Math.floor(r() * SNIPPETS.length)] : '';
  const next = text.slice(0, start) + insert + text.slice(end);
  return { text: next, change: { start, oldEnd: end, newEnd: start + insert.length } };
}

function check(prev: Article, next: string, change?: ArticleChange): Article {
  const got = reparseArticle(prev, next, change);
  const want = parseArticle(next);
  assert.deepStrictEqual(got, want, `edit ${JSON.stringify(change)}`);
  return got;
}

describe('reparseArticle', () => {
  it('equals a fresh parse after random single edits of many texts', () => {
    const r = rng(1);
    let n = 0;
    for (const t of texts()) {
      const prev = parseArticle(t, undefined, true);
      for (let k = 0; k < 60; k++) {
        const e = randomEdit(r, t);
        check(prev, e.text, e.change);
        n++;
      }
    }
    assert.ok(n > 500);
  });

  it('equals a fresh parse along chains of edits, with and without the change given', () => {
    const r = rng(2);
    for (const t0 of texts()) {
      let text = t0;
      let a = parseArticle(text, undefined, true);
      for (let k = 0; k < 40; k++) {
        const e = randomEdit(r, text);
        a = check(a, e.text, r() < 0.8 ? e.change : undefined);
        text = e.text;
      }
    }
  });

  it('a wrong change is not trusted', () => {
    const t = texts()[0];
    const prev = parseArticle(t, undefined, true);
    const next = t.replace('the', 'THE');
    check(prev, next, { start: 0, oldEnd: 0, newEnd: 0 });
    // And a model parsed without keeping its lines is parsed again whole.
    check(parseArticle(t), next);
  });

  it('keeps the model before an edit in the body and moves what follows', () => {
    const t = articleOfWords(3000, 4);
    const prev = parseArticle(t, undefined, true);
    const mid = prev.sentences[Math.floor(prev.sentences.length / 2)];
    const next = t.slice(0, mid[0]) + 'Indeed, ' + t.slice(mid[0]);
    const got = check(prev, next, { start: mid[0], oldEnd: mid[0], newEnd: mid[0] + 8 });
    // Reused, not parsed again: the spans before the edit are the very same objects.
    assert.strictEqual(got.sentences[0], prev.sentences[0]);
    assert.strictEqual(got.paragraphs[1], prev.paragraphs[1]);
    assert.strictEqual(got.sentences.length, prev.sentences.length);
  });

  it('parses whole an edit in the header', () => {
    const t = articleOfWords(1000, 4);
    const prev = parseArticle(t, undefined, true);
    const next = 'Breaking: ' + t;
    const got = check(prev, next, { start: 0, oldEnd: 0, newEnd: 10 });
    assert.notStrictEqual(got.sentences[0], prev.sentences[0]);
  });

  it('reuses the model for most random edits in the body of a long article', () => {
    const r = rng(3);
    const t = articleOfWords(5000, 6);
    const prev = parseArticle(t, undefined, true);
    let reused = 0;
    const runs = 200;
    for (let k = 0; k < runs; k++) {
      const e = randomEdit(r, t);
      const got = check(prev, e.text, e.change);
      if (e.change.start > prev.sentences[0][1] && got.sentences[0] === prev.sentences[0]) reused++;
    }
    assert.ok(reused > runs * 0.7, `reused ${reused} of ${runs}`);
  });

  it('analyzeWith given the previous article equals analyzeText and leaves the previous analysis as it was', () => {
    const r = rng(4);
    for (const t0 of texts().slice(0, 6)) {
      let text = t0;
      let prev = analyzeWith(text, { article: {} });
      for (let k = 0; k < 8; k++) {
        const e = randomEdit(r, text);
        const before = JSON.stringify(prev);
        const got = analyzeWith(e.text, { article: { prev: prev.article, change: e.change } });
        if (k === 0 && e.change.start > prev.article.sentences[0][1] + 2000) assert.strictEqual(got.article.sentences[0], prev.article.sentences[0]);
        assert.deepStrictEqual(got, analyzeText(e.text));
        assert.strictEqual(JSON.stringify(prev), before);
        prev = got;
        text = e.text;
      }
    }
  });

  it('edge texts: empty, blank, one line, line breaks only, edits at either end', () => {
    const cases: [string, string][] = [
      ['', 'Headline'], ['Headline', ''], ['\n\n\n', '\n\nx\n'], ['One line only.', 'One line only. Two.'],
      ['\r\n\r\n', '\r\n\n\r\n'], ['Title\n\nBody one.\n\nBody two.', 'Title\n\nBody one.\n\nBody two.\n'],
      ['Title\n\nBody one.\n\nBody two.', 'XTitle\n\nBody one.\n\nBody two.'], ['a\rb\rc', 'a\r\nb\rc'],
    ];
    for (const [a, b] of cases) {
      check(parseArticle(a, undefined, true), b);
      check(parseArticle(a, undefined, true), b, undefined);
    }
    // The same text again gives the same model.
    const t = articleOfWords(800, 2);
    const prev = parseArticle(t, undefined, true);
    check(prev, t, { start: 5, oldEnd: 5, newEnd: 5 });
  });

  it('an analysis made with incremental caches keeps what the next reparse needs', () => {
    const t = articleOfWords(2000, 8);
    const first = analyzeWith(t, { lineKinds: new Map() });
    const mid = first.article.sentences[Math.floor(first.article.sentences.length / 2)];
    const next = t.slice(0, mid[0]) + 'Indeed, ' + t.slice(mid[0]);
    const got = analyzeWith(next, { article: { prev: first.article, change: { start: mid[0], oldEnd: mid[0], newEnd: mid[0] + 8 } } });
    assert.deepStrictEqual(got, analyzeText(next));
    assert.strictEqual(got.article.sentences[0], first.article.sentences[0]);
    // A plain analysis keeps nothing: the same edit from it is parsed whole (and still equal).
    const plain = analyzeText(t);
    const again = analyzeWith(next, { article: { prev: plain.article, change: { start: mid[0], oldEnd: mid[0], newEnd: mid[0] + 8 } } });
    assert.notStrictEqual(again.article.sentences[0], plain.article.sentences[0]);
    assert.deepStrictEqual(again, got);
  });

  it('reuses the model inside a long block of single-line paragraphs', () => {
    const r = rng(9);
    const t = articleOfWords(4000, 13).replace(/\n\n/g, '\n');
    const prev = parseArticle(t, undefined, true);
    let reused = 0;
    for (let k = 0; k < 100; k++) {
      const e = randomEdit(r, t);
      const got = check(prev, e.text, e.change);
      if (e.change.start > t.length / 10 && got.sentences[0] === prev.sentences[0]) reused++;
    }
    assert.ok(reused > 50, `reused ${reused} of 100`);
  });
});
