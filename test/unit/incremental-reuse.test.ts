// What a splice that ran coreference again still reuses (src/core/incremental): the findings
// outside the edited paragraph when no quote there changed speaker, the contradictions when the
// statement list is the last one, the statements kept by quote place, and the registry's mention
// spans across a checkpoint. Each answer must stay analyzeText's, and each reuse must stop where
// the edit reaches further.
import * as assert from 'assert';
import { analyzeText, reanalyze, type Analysis, type TextEdit } from '../../src/core';
import { reuseStats } from '../../src/core/incremental';
import { corefEvery, corefResumeStats, setCorefEvery } from '../../src/core/incremental/corefResume';
import { makeArticle, makeRng } from '../../scripts/bench/templates';

import { apply, check } from './incremental-helpers';

const paras = [
  'HARBOUR CITY — The port authority said on Monday that the harbour would reopen in May.',
  '"The harbour will reopen in May," said Anna Varga, who chairs the port board.',
  'Northwire quoted Peter Holm as saying that the harbour will not reopen in May.',
  '"Repairs cost 40 million dollars," Holm said.',
  '"We were never consulted," Varga said.',
  'Residents said the quay had been closed since March.',
  '"Repairs cost 12 million dollars," Varga said.',
];
const text = paras.join('\n\n');
const clashes = (a: Analysis) => a.findings.filter((f) => f.rule === 'contradiction').length;

describe('incremental analysis: reuse after coreference ran again', function () {
  this.timeout(120000);

  it('a relay renamed: the findings outside the paragraph are kept, and the contradictions unless a pair across the edit crosses a gap', () => {
    const base = reanalyze(null, text);
    assert.ok(clashes(base) > 0);
    const at = text.indexOf('Northwire') + 3;
    // The lede's statement ends 120 characters before the relay's quote starts, the gap at which
    // two figures count as near: a letter typed between them crosses it (the contradictions are
    // sought again), one deleted does not (they are the last ones, moved).
    const ledeEnd = text.indexOf('would reopen in May') + 'would reopen in May'.length;
    assert.strictEqual(text.indexOf('that the harbour will not') - ledeEnd, 120);
    const edits: [TextEdit, boolean][] = [
      [{ start: at, end: at + 1, text: 'x' }, true],
      [{ start: at, end: at, text: 'x' }, false],
      [{ start: at, end: at + 1, text: '' }, true],
    ];
    for (const [e, kept] of edits) {
      const got = check(base, text, e, 'relay renamed');
      const s = reuseStats(got)!;
      assert.strictEqual(s.speakersReused, false, 'coreference ran again');
      assert.strictEqual(s.findingsSpliced, true);
      assert.strictEqual(s.quoteStatementsAgain, false);
      assert.strictEqual(s.contradictionsKept, kept, JSON.stringify(e));
      assert.strictEqual(clashes(got), clashes(base));
    }
  });

  it('a full name changed that a bare surname in another paragraph took: every statement is taken again', () => {
    const base = reanalyze(null, text);
    assert.strictEqual(base.quotes[3].speaker.entity, 'Peter Holm');
    const at = text.indexOf('Peter Holm') + 9;
    const got = check(base, text, { start: at, end: at + 1, text: 't' }, 'full name changed');
    // "Holm said" in the next paragraph no longer finds a full name: its speaker is the surname.
    assert.strictEqual(got.quotes[3].speaker.entity, 'Holm');
    assert.strictEqual(reuseStats(got)!.findingsSpliced, true);
    assert.strictEqual(reuseStats(got)!.quoteStatementsAgain, true);
  });

  it('a claim changed in a quote: the contradictions are sought again and go', () => {
    const base = reanalyze(null, text);
    const at = text.indexOf('will reopen') + 9;
    const got = check(base, text, { start: at, end: at + 1, text: 'x' }, 'claim changed');
    assert.strictEqual(reuseStats(got)!.contradictionsKept, false);
    assert.ok(clashes(got) < clashes(base));
  });

  it('two quotes of one mention on either side of the checkpoint resumed from: the mention is recorded once', () => {
    const saved = corefEvery();
    try {
      // "He also said ... \"...\"": an indirect and a mixed quote, both of the one "He".
      const both = 'He also said the harbour plan had "the figures show a clear improvement" and described the criticism as unfair.';
      const t = [...paras.slice(0, 4), both, ...paras.slice(4)].join('\n\n');
      const at = t.indexOf('Varga said') + 4;
      let resumed = 0;
      // The two are the fifth and sixth quotes: checkpoints every 5 restart between them.
      for (const every of [1, 2, 3, 4, 5]) {
        setCorefEvery(every);
        const base = reanalyze(null, t);
        const r0 = corefResumeStats.resumed;
        const got = check(base, t, { start: at, end: at + 1, text: 'o' }, `name changed after it, checkpoints every ${every}`);
        resumed += corefResumeStats.resumed - r0;
        const holm = got.speakers.find((s) => s.entity === 'Peter Holm')!;
        const spans = holm.mentions.map((m) => m.span.join(':'));
        assert.strictEqual(new Set(spans).size, spans.length, 'no mention twice');
      }
      assert.ok(resumed >= 4, `resumed from a checkpoint: ${resumed}`);
    } finally {
      setCorefEvery(saved);
    }
  });

  it('one previous analysis edited again and again, names and relays in turn (undo and redo): each answer equal', () => {
    const t = makeArticle(makeRng(77), 1500);
    const base = reanalyze(null, t);
    const spots = [t.indexOf(' quoted ', t.length >> 1), t.indexOf(' said', t.length >> 2), t.indexOf(' quoted ', (3 * t.length) >> 2)].map((i) => t.lastIndexOf(' ', i - 1) + 2);
    let again = 0;
    for (let k = 0; k < 24; k++) {
      const at = spots[k % spots.length];
      const e = k % 4 === 0 ? { start: at, end: at, text: 'z' } : k % 4 === 1 ? { start: at, end: at + 1, text: 'q' } : k % 4 === 2 ? { start: at, end: at + 1, text: '' } : { start: at, end: at + 1, text: 'w' };
      const got = check(base, t, e, `edit ${k + 1} of the same text`);
      if (reuseStats(got)!.speakersReused === false) again++;
    }
    assert.ok(again > 8, `coreference run again: ${again}`);
  });

  it('a relay named by a pronoun in a kept paragraph follows each edit of the name before it, from one previous analysis', () => {
    // Coreference runs over stand-ins for the kept paragraphs; the relay it gave one run must not stay for the next.
    const t = [
      'HARBOUR CITY — The city council voted on Tuesday to close the old harbour to fishing boats.',
      '"Work on the quay has stopped," the Harbour Gazette reported on Monday.',
      '"The quay is unsafe," it quoted an engineer as saying.',
      '"We will appeal," said Anna Varga, who chairs the harbour board.',
    ].join('\n\n');
    const base = reanalyze(null, t);
    const at = t.indexOf('Harbour Gazette reported') + 4;
    for (const c of ['x', 'y', 'x', 'q']) {
      const got = check(base, t, { start: at, end: at + 1, text: c }, `relay renamed to Harb${c}ur`);
      assert.strictEqual(got.quotes[1].via, `Harb${c}ur Gazette`);
    }
  });

  it('chains of edits in names, relays and quotes of an article whose quotes repeat (3 x 40 edits)', () => {
    let kept = 0;
    let outside = 0;
    for (const seed of [3, 5, 8]) {
      const rng = makeRng(seed);
      let t = makeArticle(makeRng(100 + seed), 1500);
      let prev = reanalyze(null, t);
      for (let k = 0; k < 40; k++) {
        // A capitalised word past the lede (a name or a relay), or a word in a quotation.
        const from = Math.floor((0.2 + 0.8 * rng()) * t.length);
        const hit = rng() < 0.6 ? t.slice(from).search(/ [A-Z][a-z]{3,}/) : t.slice(from).search(/"[A-Z][a-z]+ /);
        const at = hit < 0 ? from : from + hit + 2;
        const r = rng();
        const e = r < 0.5 ? { start: at, end: at + 1, text: 'q' } : r < 0.8 ? { start: at, end: at, text: 'z' } : { start: at, end: at + 1, text: '' };
        prev = check(prev, t, e, `seed ${seed}, edit ${k + 1}`);
        t = apply(t, e);
        const s = reuseStats(prev)!;
        if (s.contradictionsKept) kept++;
        if (s.findingsSpliced && !s.speakersReused && !s.quoteStatementsAgain) outside++;
      }
    }
    assert.ok(kept > 0, `contradictions kept: ${kept}`);
    assert.ok(outside > 0, `findings outside kept after coreference ran again: ${outside}`);
  });
});
