// Edits inside a quotation that runs across paragraphs (opened in one, the next ones opening with
// a mark to take it on) re-read that run of paragraphs alone, not the article: its regions,
// drafts and quotes are found again together, everything else is carried over. Each result must
// be exactly analyzeText's, whether the edit keeps the run, cuts it (a closing mark typed, an
// opening mark deleted) or joins it to the paragraph after.
import * as assert from 'assert';
import { analyzeText, reanalyze, type Analysis } from '../../src/core';
import { reuseStats } from '../../src/core/incremental';
import { articleOfWords } from '../../scripts/bench/corpus';
import { apply, check, paragraphs } from './incremental-helpers';

const spliced = (a: Analysis) => !!reuseStats(a)?.findingsSpliced;

const ARTICLE = [
  'Council delays vote on harbour plan',
  'PORTVILLE, May 3 (Coastal Wire) - The city council put off its vote on the harbour plan on Tuesday.',
  'Mayor Anna Lund said the delay was a matter of weeks. "We have waited ten years for this plan,',
  '"and we can wait until the engineers report. The money is there, and the will is there,',
  '"but the numbers must be right before we vote," she said.',
  'Opposition leader Piet Vos said the council had no plan at all.',
  '"This is the third delay in a year. The harbour loses 2 million euros a month while we wait.',
  '"Nobody in this council can say when the report will come," Vos told reporters.',
  'The engineers said the report would be ready in June.',
  '"We found cracks in the old pier," a spokeswoman for the engineers said. "They are not dangerous,',
  '"but they change the cost of the work."',
  'Lund said the cost would not rise by more than 10 percent.',
].join('\n\n');

/** A lower-case letter inside a word in [from, to). */
function letter(text: string, from: number, to: number): number {
  for (let i = from + 1; i < to - 1; i++) if (/[a-z]/.test(text[i - 1]) && /[a-z]/.test(text[i]) && /[a-z]/.test(text[i + 1])) return i;
  return -1;
}

/** The quotes whose spans lie in more than one paragraph, as [first paragraph, last paragraph]. */
function runs(a: Analysis, paras: [number, number][]): [number, number][] {
  const paraOf = (at: number) => paras.findIndex(([s, e]) => at >= s && at <= e);
  const out: [number, number][] = [];
  for (const q of a.quotes) {
    const ps = q.spans.map((s) => paraOf(s[0]));
    const first = Math.min(...ps);
    const last = Math.max(...ps);
    if (first > 0 && last > first) out.push([first, last]);
  }
  return out;
}

describe('incremental analysis: edits in quotations across paragraphs', function () {
  this.timeout(120000);
  const paras = paragraphs(ARTICLE);
  const base = reanalyze(null, ARTICLE);
  const quoted = runs(base, paras);

  it('the article has quotations across two and three paragraphs', () => {
    assert.deepStrictEqual(quoted, [[2, 4], [6, 7], [9, 10]]);
  });

  it('a letter replaced or typed in each paragraph of each run: spliced, equal to analyzeText', () => {
    for (const [first, last] of quoted) {
      for (let p = first; p <= last; p++) {
        const at = letter(ARTICLE, paras[p][0], paras[p][1]);
        for (const e of [{ start: at, end: at + 1, text: 'x' }, { start: at, end: at, text: 'y' }]) {
          const got = check(base, ARTICLE, e, `paragraph ${p}`);
          assert.ok(spliced(got), `paragraph ${p} spliced: ${JSON.stringify(e)}`);
        }
      }
    }
  });

  it('a letter typed right after the opening mark and right before the closing one: spliced, equal', () => {
    for (const [first, last] of quoted) {
      const open = ARTICLE.indexOf('"', paras[first][0]) + 1;
      const close = ARTICLE.lastIndexOf('"', paras[last][1] - 1);
      for (const at of [open, close]) {
        const got = check(base, ARTICLE, { start: at, end: at, text: 'z' }, `run ${first}-${last} at ${at}`);
        assert.ok(spliced(got), `run ${first}-${last} spliced at ${at}`);
      }
    }
  });

  it('the closing mark deleted, then typed again: each equal to analyzeText, the speaker back', () => {
    for (const [first, last] of quoted) {
      const close = ARTICLE.lastIndexOf('"', paras[last][1] - 1);
      const cut = check(base, ARTICLE, { start: close, end: close + 1, text: '' }, `closing mark of ${first}-${last} deleted`);
      assert.ok(spliced(cut), `deletion spliced (${first}-${last})`);
      const t = apply(ARTICLE, { start: close, end: close + 1, text: '' });
      const back = check(cut, t, { start: close, end: close, text: '"' }, `closing mark of ${first}-${last} typed again`);
      assert.ok(spliced(back), `retyped mark spliced (${first}-${last})`);
      assert.deepStrictEqual(back.quotes.map((q) => q.speaker.entity), base.quotes.map((q) => q.speaker.entity));
    }
  });

  it('the mark that takes the quotation on deleted and typed again: the run cut and joined, each equal', () => {
    for (const [first, last] of quoted) {
      const at = paras[last][0];
      const cut = check(base, ARTICLE, { start: at, end: at + 1, text: '' }, `opening mark of paragraph ${last} deleted`);
      const t = apply(ARTICLE, { start: at, end: at + 1, text: '' });
      assert.notDeepStrictEqual(runs(cut, paragraphs(t)), quoted, 'the run is cut');
      check(cut, t, { start: at, end: at, text: '"' }, `opening mark of paragraph ${last} typed again`);
    }
  });

  it('a closing mark typed at the end of a run paragraph, and a mark opening the paragraph after a run', () => {
    for (const [first, last] of quoted) {
      check(base, ARTICLE, { start: paras[first][1], end: paras[first][1], text: '"' }, `mark closing paragraph ${first}`);
      if (last + 1 < paras.length) check(base, ARTICLE, { start: paras[last + 1][0], end: paras[last + 1][0], text: '"' }, `mark opening paragraph ${last + 1}`);
    }
  });

  it('a chain of letters typed through a run on a generated article: each spliced where the run is, equal', () => {
    const text = articleOfWords(4000, 3);
    const ps = paragraphs(text);
    let prev = reanalyze(null, text);
    const found = runs(prev, ps).slice(0, 4);
    assert.ok(found.length >= 2, `quotations across paragraphs: ${found.length}`);
    let t = text;
    let shift = 0;
    for (const [first, last] of found) {
      for (let p = first; p <= last; p++) {
        const at = letter(t, ps[p][0] + shift, ps[p][1] + shift);
        const e = { start: at, end: at, text: 'q' };
        prev = check(prev, t, e, `paragraph ${p}`);
        assert.ok(spliced(prev), `paragraph ${p} spliced`);
        t = apply(t, e);
        shift++;
      }
    }
    assert.deepStrictEqual(prev, analyzeText(t));
  });
});
