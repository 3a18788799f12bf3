// A quotation left open at a paragraph's end (the news style for a quote that goes on in the next
// paragraph) links the two only when the next one opens with a mark. An edit in such a paragraph,
// or in the one after it, is still answered by splicing when nothing runs on; once a typed mark
// makes the quotation run on, the two paragraphs are read together, and the rest is still spliced.
import * as assert from 'assert';
import { reanalyze, type Analysis } from '../../src/core';
import { reuseStats } from '../../src/core/incremental';
import { articleOfWords } from '../../scripts/bench/corpus';
import { check, paragraphs } from './incremental-helpers';

/** Answered by splicing, with `read` paragraphs read again and every other one reused. */
const spliced = (a: Analysis, read = 1) => {
  const s = reuseStats(a)!;
  return !!s.findingsSpliced && s.paragraphsReused === s.paragraphs - read;
};

const marks = (t: string) => (t.match(/"/g) ?? []).length;

/** A lower-case letter inside a word at or after `from`, before `to`. */
function letter(text: string, from: number, to: number): number {
  for (let i = from + 1; i < to - 1; i++) if (/[a-z]/.test(text[i - 1]) && /[a-z]/.test(text[i]) && /[a-z]/.test(text[i + 1])) return i;
  return -1;
}

describe('incremental analysis: paragraphs with a quotation left open', function () {
  this.timeout(120000);
  const text = articleOfWords(4000, 3);
  const paras = paragraphs(text);
  // Left open (an odd number of marks), the next paragraph not opening with one: nothing runs on.
  const open = paras.map((p, k) => k).filter((k) => k > 1 && k + 1 < paras.length && marks(text.slice(...paras[k])) % 2 === 1 && text[paras[k][0]] === '"' && text[paras[k + 1][0]] !== '"');

  it('the article has such paragraphs', () => assert.ok(open.length >= 3, `open paragraphs: ${open.length}`));

  it('a letter replaced inside the open quotation, or in the paragraph after it: spliced, equal to analyzeText', () => {
    const base = reanalyze(null, text);
    for (const k of open) {
      for (const p of [k, k + 1]) {
        const at = letter(text, paras[p][0], paras[p][1]);
        const got = check(base, text, { start: at, end: at + 1, text: text[at] === 'x' ? 'y' : 'x' }, `paragraph ${p}`);
        assert.ok(spliced(got), `paragraph ${p} spliced`);
      }
    }
  });

  it('a mark typed at the start of the next paragraph: the quotation runs on, the two read together (the rest spliced), equal to analyzeText', () => {
    const base = reanalyze(null, text);
    for (const k of open) {
      const got = check(base, text, { start: paras[k + 1][0], end: paras[k + 1][0], text: '"' }, `mark before paragraph ${k + 1}`);
      const runOn = got.quotes.find((q) => q.spans.some((s) => s[0] < paras[k][1]) && q.spans.some((s) => s[0] > paras[k][1]));
      assert.ok(runOn, `a quote runs from paragraph ${k} into ${k + 1}`);
      // Read again: the paragraphs that quotation links (two, or more when it runs on further).
      const linked = paragraphs(got.article.text).filter(([a, b]) => runOn.spans.some((s) => s[0] < b && a < s[1])).length;
      assert.ok(linked >= 2);
      assert.ok(spliced(got, linked), `paragraph ${k + 1} spliced with paragraph ${k}`);
    }
  });

  it('the open quotation closed, then opened again by the next edit: each equal to analyzeText', () => {
    for (const k of open.slice(0, 3)) {
      let t = text;
      let prev = reanalyze(null, t);
      const end = paras[k][1];
      prev = check(prev, t, { start: end, end, text: '"' }, `closed ${k}`);
      t = t.slice(0, end) + '"' + t.slice(end);
      check(prev, t, { start: end, end: end + 1, text: '' }, `opened ${k}`);
    }
  });
});
