// The contradictions after an edit that moved the statements after it but changed none
// (src/core/incremental/findingsSplice.ts, ShiftCheck): the last ones, moved, unless a pair of
// statements across the edit changes sides of a gap the rules read (a speaker's own remarks
// count only within NEAR, 250 characters, of each other; two figures for one count only within
// FIGURES_NEAR, 120). Each answer must stay analyzeText's.
import * as assert from 'assert';
import { analyzeText, reanalyze, type Analysis, type TextEdit } from '../../src/core';
import { FIGURES_NEAR, NEAR } from '../../src/core/findings/contradiction';
import { reuseStats } from '../../src/core/incremental';
import { apply, check } from './incremental-helpers';

const HEAD = 'HARBOUR CITY — The port board met on Monday to discuss the quay.';
const SAID = '"The harbour will reopen in May," Peter Holm said after the meeting.';
const DENIED = '"The harbour will not reopen in May," Peter Holm said.';
const clashes = (a: Analysis) => a.findings.filter((f) => f.rule === 'contradiction');

/** Two figures for one count with nothing else in common: a clash only within FIGURES_NEAR. */
const KILLED = '"The fire killed 40," Holm said after the meeting.';
const COUNTED = '"Officials counted 12 dead," Varga said.';

/** Two remarks (Holm's by default) with a paragraph of `words` between them, and the gap between the two quotes. */
function article(words: string, first = SAID, second = DENIED): { text: string; gap: number } {
  const text = [HEAD, first, `Residents walked along the quay ${words}.`, second].join('\n\n');
  const q = analyzeText(text).quotes;
  return { text, gap: q[1].spans[0][0] - q[0].spans[0][1] };
}

/** The paragraph between the remarks padded so that they sit exactly `gap` characters apart. */
function apart(gap: number, first = SAID, second = DENIED): string {
  for (let k = 1; k < 300; k++) {
    const a = article(`and the gulls ${'a'.repeat(k)}`, first, second);
    if (a.gap === gap) return a.text;
  }
  throw new Error(`no padding puts the remarks ${gap} characters apart`);
}

/** A letter of the words after Holm's first remark (in no statement: it moves the second). */
const afterFirst = (text: string) => text.indexOf('meeting') + 2;

describe('incremental contradictions: kept when the statements only moved', function () {
  this.timeout(60000);

  // The distances are findings/contradiction.ts's (NEAR 250, FIGURES_NEAR 120): each test fails if
  // the splice's check reads another distance than the rules do.
  /** Two statements that clash at exactly `text`'s distance: a letter typed between them (one
   *  apart too many) drops the clash, so the last ones cannot be kept; one deleted keeps it, moved. */
  function typedDropsDeletedKeeps(text: string) {
    const base = reanalyze(null, text);
    assert.strictEqual(clashes(base).length, 2, 'near: the clash is there');
    const at = afterFirst(text);
    const typed = check(base, text, { start: at, end: at, text: 'a' }, 'typed');
    assert.strictEqual(clashes(typed).length, 0);
    assert.strictEqual(reuseStats(typed)!.findingsSpliced, true);
    assert.strictEqual(reuseStats(typed)!.contradictionsKept, false);
    const deleted = check(base, text, { start: at, end: at + 1, text: '' }, 'deleted');
    assert.strictEqual(clashes(deleted).length, 2);
    assert.strictEqual(reuseStats(deleted)!.contradictionsKept, true);
    return { base, deleted };
  }

  it('a letter typed or deleted between two remarks NEAR characters apart: the clash goes or stays, sought again or kept', () => {
    const { base, deleted } = typedDropsDeletedKeeps(apart(NEAR));
    assert.deepStrictEqual(clashes(deleted)[1].span, clashes(base)[1].span.map((x) => x - 1));
    assert.strictEqual(clashes(deleted)[0].span, clashes(base)[0].span, 'the one before the edit is shared');
  });

  /** Two statements one character too far apart to clash: a letter deleted between them brings the clash (sought again, not kept). */
  function deletedBringsBack(text: string) {
    const base = reanalyze(null, text);
    assert.strictEqual(clashes(base).length, 0);
    const at = afterFirst(text);
    const got = check(base, text, { start: at, end: at + 1, text: '' }, 'deleted');
    assert.strictEqual(clashes(got).length, 2);
    assert.strictEqual(reuseStats(got)!.contradictionsKept, false);
  }

  it('the clash comes back when a letter is deleted at NEAR + 1 characters apart', () => {
    deletedBringsBack(apart(NEAR + 1));
  });

  it('two figures FIGURES_NEAR characters apart: a letter typed between them drops the clash, one deleted keeps it moved', () => {
    typedDropsDeletedKeeps(apart(FIGURES_NEAR, KILLED, COUNTED));
  });

  it('two figures FIGURES_NEAR + 1 characters apart: the clash comes back when a letter is deleted between them', () => {
    deletedBringsBack(apart(FIGURES_NEAR + 1, KILLED, COUNTED));
  });

  it('a chain of letters typed and deleted after a remark, before clashing remarks of two speakers', () => {
    const text0 = [
      HEAD,
      '"The harbour will reopen in May," said Anna Varga, who chairs the port board, after the meeting.',
      'Residents walked along the quay and the gulls circled over the empty berths all afternoon.',
      'Northwire quoted Peter Holm as saying that the harbour will not reopen in May.',
      '"Repairs cost 40 million dollars," Holm said.',
      '"Repairs cost 12 million dollars," Varga said.',
    ].join('\n\n');
    let text = text0;
    let prev = reanalyze(null, text);
    assert.ok(clashes(prev).length >= 2);
    let kept = 0;
    const at = afterFirst(text);
    for (let k = 0; k < 12; k++) {
      const e: TextEdit = k % 3 === 2 ? { start: at, end: at + 1, text: '' } : { start: at, end: at, text: 'e' };
      prev = check(prev, text, e, `edit ${k + 1}`);
      text = apply(text, e);
      if (reuseStats(prev)!.contradictionsKept) kept++;
    }
    assert.ok(kept >= 10, `kept ${kept} of 12`);
  });
});
