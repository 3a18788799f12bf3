// Edits inside one paragraph are answered by splicing (src/core/incremental/splice.ts): the
// paragraph is read again alone, and coreference is either kept (what it reads did not change) or
// run again over the kept drafts. Either way the answer must be analyzeText's.
import * as assert from 'assert';
import { analyzeText, reanalyze, type Analysis, type TextEdit } from '../../src/core';
import { reuseStats } from '../../src/core/incremental';
import { makeArticle, makeRng } from '../../scripts/bench/templates';

import { apply, check } from './incremental-helpers';

/** One paragraph re-read, the rest kept: the splice ran. */
const spliced = (a: Analysis) => {
  const s = reuseStats(a)!;
  return s.paragraphsReused === s.paragraphs - 1;
};

describe('incremental analysis: one-paragraph edits by splicing', function () {
  this.timeout(120000);
  const text = makeArticle(makeRng(9), 2000);

  it('typing, replacing and deleting single characters anywhere, in a chain (150 edits)', () => {
    const rng = makeRng(31);
    let t = text;
    let prev = reanalyze(null, t);
    let kept = 0;
    let again = 0;
    for (let k = 0; k < 150; k++) {
      const at = Math.floor(rng() * t.length);
      const r = rng();
      const e = r < 0.4 ? { start: at, end: at, text: 'abcxyz ,.'[Math.floor(rng() * 9)] } : r < 0.8 ? { start: at, end: at + 1, text: 'qrs'[Math.floor(rng() * 3)] } : { start: at, end: at + 1, text: '' };
      prev = check(prev, t, e, `edit ${k + 1}`);
      t = apply(t, e);
      if (spliced(prev)) reuseStats(prev)!.speakersReused ? kept++ : again++;
    }
    // Most single characters fall in words that no mention holds; some in names, relays and cues.
    assert.ok(kept > 60, `spliced with coreference kept: ${kept}`);
    assert.ok(again > 2, `spliced with coreference run again: ${again}`);
  });

  it('a relay renamed in one paragraph: coreference runs again, the other paragraphs are not read', () => {
    const base = reanalyze(null, text);
    const at = text.indexOf(' quoted ', text.length >> 1);
    const start = text.lastIndexOf('\n\n', at) + 2;
    const e = { start, end: at, text: 'Harbour Radio' };
    const got = check(base, text, e, 'relay renamed');
    assert.ok(spliced(got));
    assert.strictEqual(reuseStats(got)!.speakersReused, false);
    assert.ok(got.quotes.some((q) => q.via === 'Harbour Radio'));
  });

  it('a cue deleted: its quote goes, the later quotes are numbered again', () => {
    const base = reanalyze(null, text);
    const at = text.indexOf(' said that ', text.length >> 1);
    const e = { start: at, end: at + ' said that'.length, text: ' hoped' };
    const got = check(base, text, e, 'cue deleted');
    assert.ok(spliced(got));
    assert.strictEqual(got.quotes.length, base.quotes.length - 1);
  });

  it('findings: a figure typed into an unattributed sentence, or taken out; the other paragraphs\' findings moved', () => {
    const base = reanalyze(null, text);
    const at = text.indexOf('\n\nAbout ', text.length >> 1) + 2 + 'About '.length;
    const more = check(base, text, { start: at, end: at, text: '0' }, 'a figure made longer');
    assert.ok(reuseStats(more)!.findingsSpliced);
    const start = at - 'About '.length;
    const para = text.slice(start, text.indexOf('\n\n', at));
    const plain = para.replace(/\d+/g, 'many');
    const gone = check(base, text, { start, end: start + para.length, text: plain }, 'figures taken out');
    assert.ok(reuseStats(gone)!.findingsSpliced);
    const unattributed = (a: Analysis) => a.findings.filter((f) => f.rule === 'unattributed').length;
    assert.strictEqual(unattributed(gone), unattributed(base) - 1);
  });

  it('a name changed in one paragraph gives a pronoun in another a speaker: its statement and clash appear', () => {
    const article = [
      'Dam holds as river falls',
      '',
      [
        'RIVERTON, May 3 (Coastal Wire) - The dam held overnight.',
        '"The authorities warned us that the river would rise," engineer Irene Castaldi said.',
        'The river fell by two metres on Tuesday.',
        '"Nobody warned us that the river would rise," he said.',
      ].join('\n\n'),
    ].join('\n');
    const at = article.indexOf('Irene');
    const before = reanalyze(null, article);
    const got = check(before, article, { start: at, end: at + 'Irene'.length, text: 'Tomas' }, 'a woman renamed a man');
    assert.ok(spliced(got) && reuseStats(got)!.findingsSpliced);
    const he = (a: Analysis) => a.quotes.find((q) => q.text.includes('Nobody'))!.speaker.entity;
    assert.notStrictEqual(he(got), he(before));
    const back = check(got, apply(article, { start: at, end: at + 5, text: 'Tomas' }), { start: at, end: at + 5, text: 'Irene' }, 'and back');
    assert.strictEqual(he(back), he(before));
  });

  it('typing inside a quotation keeps every speaker and moves what follows', () => {
    const base = reanalyze(null, text);
    const at = text.indexOf('"', text.length >> 1) + 4;
    const got = check(base, text, { start: at, end: at, text: 'very ' }, 'typing in a quotation');
    assert.ok(spliced(got) && reuseStats(got)!.speakersReused);
    const last = base.quotes[base.quotes.length - 1];
    assert.deepStrictEqual(got.quotes[got.quotes.length - 1].spans, last.spans.map(([s, e]) => [s + 5, e + 5]));
  });
});
