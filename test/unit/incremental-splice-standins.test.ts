// Coreference run again after a one-paragraph edit reads stand-in drafts for the other paragraphs;
// the unmoved ones are kept with the paragraph's stored state and reused by every later run (the
// fields coreference writes are put back first). Runs from one previous analysis, in turns, and in
// a chain must each equal analyzeText, whatever the runs before them wrote into the stand-ins.
import * as assert from 'assert';
import { reanalyze, type Analysis, type TextEdit } from '../../src/core';
import { reuseStats } from '../../src/core/incremental';
import { makeArticle, makeRng } from '../../scripts/bench/templates';

import { apply, check } from './incremental-helpers';

/** Spliced with coreference run again. */
const recoreferenced = (a: Analysis) => {
  const s = reuseStats(a)!;
  return s.paragraphsReused === s.paragraphs - 1 && !s.speakersReused;
};

/** A letter inside the word before each ' quoted ' / ' told ' (a relay or a speaker's name), same length. */
function nameLetters(text: string): number[] {
  const out: number[] = [];
  for (const cue of [' quoted ', ' told ']) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
      if (/[a-z]/.test(text[at - 2]) && /[a-z]/.test(text[at - 3])) out.push(at - 2);
    }
  }
  return out.sort((a, b) => a - b);
}

describe('incremental analysis: stand-in drafts reused between coreference runs', function () {
  this.timeout(120000);
  const text = makeArticle(makeRng(17), 3000);
  const letters = nameLetters(text);

  it('has names to edit', () => assert.ok(letters.length >= 6, `${letters.length}`));

  it('edits of names and relays from one previous analysis, in turns (each equals analyzeText)', () => {
    const base = reanalyze(null, text);
    let again = 0;
    for (let round = 0; round < 3; round++) {
      letters.forEach((at, i) => {
        const e: TextEdit = { start: at, end: at + 1, text: 'xyz'[(i + round) % 3] };
        if (recoreferenced(check(base, text, e, `round ${round}, letter ${i}`))) again++;
      });
    }
    assert.ok(again >= letters.length, `coreference run again: ${again}`);
  });

  it('a relay named again ("the newspaper") takes each new name of the outlet, edit after edit from one analysis', () => {
    // Coreference writes the resolved relay into a later paragraph's stand-in: the next run must
    // start from the relay as read ("The newspaper"), not the last run's outlet.
    const paras = [
      'Talks stall again', 'LONDON, March 3 — Negotiators met again on Monday without a deal.',
      'The Daily Planet quoted John Smith as saying: "We will win this."', 'Prices rose in the spring, officials said.',
      'The newspaper quoted him as saying: "We will not stop now."', 'Later, the paper quoted Mary Jones as saying: "Nothing is settled."',
    ];
    const t = paras.join('\n\n') + '\n';
    const base = reanalyze(null, t);
    const at = t.indexOf('Planet') + 2;
    for (const c of ['x', 'y', 'z', 'x']) {
      const got = check(base, t, { start: at, end: at + 1, text: c }, `Pl${c}net`);
      assert.ok(recoreferenced(got));
      assert.strictEqual(got.quotes[2].via, `Daily Pl${c}net`);
    }
  });

  it('the same edits in a chain, a letter replaced (nothing moves) or typed (what follows moves)', () => {
    let t = text;
    let prev = reanalyze(null, t);
    let again = 0;
    const rng = makeRng(5);
    for (let k = 0; k < 40; k++) {
      const at = nameLetters(t)[Math.floor(rng() * letters.length) % nameLetters(t).length];
      const e: TextEdit = rng() < 0.7 ? { start: at, end: at + 1, text: 'qw'[k % 2] } : { start: at, end: at, text: 'e' };
      prev = check(prev, t, e, `edit ${k + 1}`);
      t = apply(t, e);
      if (recoreferenced(prev)) again++;
    }
    assert.ok(again > 10, `coreference run again: ${again}`);
  });
});
