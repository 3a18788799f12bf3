// reanalyze(prev, text, edit) must return exactly what analyzeText(text) returns, whatever the edit:
// random edits (seeded) to the sample articles and to generated ones, alone and in chains, and
// focused cases for each dependency between paragraphs that the reuse has to respect.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText, reanalyze, type Analysis, type TextEdit } from '../../src/core';
import { reuseStats } from '../../src/core/incremental';
import { makeArticle, makeRng, type Rng } from '../../scripts/bench/templates';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const samples = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8'));

const int = (rng: Rng, n: number) => Math.floor(rng() * n);
const WORDS = ['the', 'minister', 'said', 'not', 'Lena Ortiz', 'police', '42', 'denied', 'told Reuters', 'he', 'killed', 'according to', 'Ortiz'];
const MARKS = ['"', '“', '”', "'", '«', '»'];

/** One random edit of `text`: what the editor would report as a content change. */
function randomEdit(rng: Rng, text: string): TextEdit {
  const at = int(rng, text.length + 1);
  const paraBreaks: number[] = [];
  for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 1)) paraBreaks.push(i);
  switch (int(rng, 10)) {
    case 0: // type a character
      return { start: at, end: at, text: 'abcdefghij ,.'[int(rng, 13)] };
    case 1: // delete a few characters
      return { start: at, end: Math.min(text.length, at + 1 + int(rng, 6)), text: '' };
    case 2: // replace a character
      return { start: at, end: Math.min(text.length, at + 1), text: 'xyz'[int(rng, 3)] };
    case 3: // type a quotation mark
      return { start: at, end: at, text: MARKS[int(rng, MARKS.length)] };
    case 4: // split a paragraph
      return { start: at, end: at, text: '\n\n' };
    case 5: { // join two paragraphs
      if (!paraBreaks.length) return { start: at, end: at, text: ' ' };
      const b = paraBreaks[int(rng, paraBreaks.length)];
      return { start: b, end: b + 2, text: ' ' };
    }
    case 6: { // edit the headline (first line) or the dateline (second block)
      const nl = text.indexOf('\n');
      const end = nl < 0 ? text.length : nl;
      const p = int(rng, end + 1);
      return rng() < 0.5 ? { start: p, end: p, text: ' Breaking' } : { start: p, end: Math.min(end, p + 3), text: '' };
    }
    case 7: { // paste a paragraph of the article elsewhere
      const blocks = text.split('\n\n');
      const block = blocks[int(rng, blocks.length)];
      const b = paraBreaks.length ? paraBreaks[int(rng, paraBreaks.length)] : text.length;
      return { start: b, end: b, text: `\n\n${block}` };
    }
    case 8: // insert words
      return { start: at, end: at, text: ` ${WORDS[int(rng, WORDS.length)]} ` };
    default: { // delete a whole paragraph
      if (paraBreaks.length < 2) return { start: at, end: at, text: '.' };
      const k = int(rng, paraBreaks.length - 1);
      return { start: paraBreaks[k], end: paraBreaks[k + 1], text: '' };
    }
  }
}

const apply = (text: string, e: TextEdit) => text.slice(0, e.start) + e.text + text.slice(e.end);

function assertSame(got: Analysis, text: string, what: string) {
  const want = analyzeText(text);
  assert.deepStrictEqual(got, want, `${what}: reanalyze differs from analyzeText`);
}

/** What the reuse paths did over a run of edits: so the equality checks are known to exercise them. */
const reused = { paragraphs: 0, speakers: 0, edits: 0 };

/** Applies `steps` random edits in a row, checking the incremental result after each. */
function chain(rng: Rng, text: string, steps: number, what: string, passEdit = true) {
  let prev = reanalyze(null, text);
  assertSame(prev, text, `${what}, first analysis`);
  for (let k = 0; k < steps; k++) {
    const e = randomEdit(rng, text);
    text = apply(text, e);
    prev = reanalyze(prev, text, passEdit ? e : undefined);
    assertSame(prev, text, `${what}, edit ${k + 1} ${JSON.stringify(e)}`);
    const s = reuseStats(prev)!;
    reused.paragraphs += s.paragraphsReused;
    reused.speakers += s.speakersReused ? 1 : 0;
    reused.edits++;
  }
}

describe('incremental analysis: reanalyze equals analyzeText', function () {
  this.timeout(120000);

  it('after single random edits to each sample article (100 cases)', () => {
    const rng = makeRng(11);
    for (let n = 0; n < 100; n++) {
      const text = samples[n % samples.length];
      const base = reanalyze(null, text);
      const e = randomEdit(rng, text);
      const edited = apply(text, e);
      assertSame(reanalyze(base, edited, e), edited, `sample ${n % samples.length}, ${JSON.stringify(e)}`);
    }
  });

  it('along chains of 20 edits on samples and generated articles (12 chains, 240 edits)', () => {
    const rng = makeRng(23);
    for (let c = 0; c < 12; c++) {
      const text = c % 2 ? samples[c % samples.length] : makeArticle(makeRng(100 + c), 300 + int(rng, 900));
      chain(rng, text, 20, `chain ${c}`, c % 3 !== 0);
    }
    // Most edits leave most paragraphs and the speakers as they were: the reuse paths ran.
    assert.ok(reused.paragraphs > reused.edits * 3, `paragraphs reused: ${reused.paragraphs}`);
    assert.ok(reused.speakers > reused.edits / 4, `speakers reused: ${reused.speakers} of ${reused.edits}`);
  });

  it('reuses every paragraph but the edited one, and the speakers, after typing inside a quotation', () => {
    const text = makeArticle(makeRng(5), 2000);
    const base = reanalyze(null, text);
    const at = text.indexOf('"', text.length >> 1) + 3;
    const e = { start: at, end: at, text: 'x' };
    const edited = apply(text, e);
    const next = reanalyze(base, edited, e);
    assertSame(next, edited, 'typing in a quotation');
    const s = reuseStats(next)!;
    assert.strictEqual(s.paragraphsReused, s.paragraphs - 1);
    assert.ok(s.speakersReused);
  });

  it('when the previous analysis came from analyzeText, or from a different text', () => {
    const a = samples[0];
    const b = samples[1];
    assertSame(reanalyze(analyzeText(a), a), a, 'plain previous analysis');
    assertSame(reanalyze(reanalyze(null, a), b), b, 'unrelated previous text');
    assertSame(reanalyze(reanalyze(null, a), ''), '', 'emptied');
  });
});

describe('incremental analysis: dependencies between paragraphs', () => {
  const body = [
    'PORT ELLIS, May 3 (Coastal Wire) - Harbour workers walked out on Monday.',
    '"We will not sign this deal," said union leader Marta Quill.',
    'The port authority said it would meet the union again next week.',
    '"The offer stands," Quill said on Tuesday.',
    'She added that 40 ships were waiting outside the harbour.',
    'The authority said no ships were waiting.',
  ];
  const article = ['Port strike enters second day', '', body.join('\n\n')].join('\n');

  /** The analysis of `edited` from the analysis of `article`, checked against a fresh one. */
  function edited(from: string, to: string): Analysis {
    const at = article.indexOf(from);
    assert.ok(at >= 0, from);
    const e = { start: at, end: at + from.length, text: to };
    const text = apply(article, e);
    const got = reanalyze(reanalyze(null, article), text, e);
    assertSame(got, text, `${from} -> ${to}`);
    return got;
  }

  const speakerOf = (a: Analysis, words: string) => a.quotes.find((q) => q.text.includes(words))?.speaker.entity;

  it('a changed name reaches the quotes that refer to it in other paragraphs', () => {
    const before = reanalyze(null, article);
    assert.strictEqual(speakerOf(before, 'offer stands'), 'Marta Quill');
    // The fourth paragraph is unchanged (reused), but its "Quill" now names someone else.
    const after = edited('union leader Marta Quill', 'union leader Anna Berg');
    assert.strictEqual(speakerOf(after, 'offer stands'), 'Quill');
    const renamed = edited('Quill said on Tuesday', 'Berg said on Tuesday');
    assert.strictEqual(speakerOf(renamed, 'offer stands'), 'Berg');
  });

  it('a quotation opened in one paragraph runs into the next, and closing it cuts it back', () => {
    const open = edited('The port authority said', '"The port authority said');
    assert.ok(open.quotes.length > 0);
    edited('Harbour workers walked out on Monday.', 'Harbour workers walked out on Monday, "saying');
  });

  it('a quotation standing alone takes the speaker of the quote before it, whether or not one was there when it was first read', () => {
    // The lone quotation first follows a paragraph with no quote (no speaker to take), then, once a
    // quoted paragraph is pasted above it, takes that speaker; its own paragraph is reused both times.
    const text = ['Ferry fares rise', '', 'PORT ELLIS, May 3 (Coastal Wire) - Ferry fares will rise in June.', '', 'The council met on Monday.', '', '"Nobody will pay more before the summer."'].join('\n');
    const pasted = 'Councillor Ines Marr said the rise was fair.\n\n';
    const at = text.indexOf('The council met');
    const e = { start: at, end: at, text: pasted };
    const after = apply(text, e);
    const got = reanalyze(reanalyze(null, text), after, e);
    assertSame(got, after, 'a quoted paragraph pasted above a lone quotation');
    assert.strictEqual(speakerOf(got, 'Nobody will pay'), 'Ines Marr');
    // And back: the quoted paragraph cut again leaves the lone quotation without a speaker.
    const back = { start: at, end: at + pasted.length, text: '' };
    const again = reanalyze(got, text, back);
    assertSame(again, text, 'the quoted paragraph cut again');
    assert.strictEqual(speakerOf(again, 'Nobody will pay'), analyzeText(text).quotes.find((q) => q.text.includes('Nobody will pay'))?.speaker.entity);
  });

  it('a contradiction with a far paragraph appears and disappears with the edit', () => {
    const base = reanalyze(null, article);
    const clashes = (a: Analysis) => a.findings.filter((f) => f.rule === 'contradiction').length;
    assert.ok(clashes(base) > 0);
    // The denial sits four paragraphs below the claim; the claim's paragraph is reused.
    assert.strictEqual(clashes(edited('said no ships were waiting', 'said the ships were waiting')), 0);
    assert.ok(clashes(edited('The offer stands', 'No ships are waiting')) > clashes(base));
  });
});
