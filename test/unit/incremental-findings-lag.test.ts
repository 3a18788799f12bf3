// The findings splice keeps the statements past an edit as they were, with how far they have moved
// since (FindMemo.lag), instead of making each again per typed letter. Later edits must read them
// where they now sit: the paragraph of a lagging statement edited, the contradictions sought again
// over a lagging list, letters typed then deleted (the lag back to 0). Each answer is analyzeText's.
import * as assert from 'assert';
import { reanalyze, type Analysis } from '../../src/core';
import { reuseStats } from '../../src/core/incremental';
import { apply, check } from './incremental-helpers';

const HEAD = 'HARBOUR CITY — The port board met on Monday to discuss the quay.';
const BERG = '"The quay is old," Anna Berg said after the meeting.';
const SAID = '"The harbour will reopen in May," Peter Holm said after the meeting.';
const DENIED = '"The harbour will not reopen in May," Peter Holm said.';
const OWN = 'The board will publish 14 reports in June.';
const TEXT = [HEAD, BERG, SAID, DENIED, OWN].join('\n\n');
const clashes = (a: Analysis) => a.findings.filter((f) => f.rule === 'contradiction');

/** Letters typed one after another into the words after Berg's remark (in no statement: they
 *  move Holm's two), each from the last analysis. */
function typed(n: number): { a: Analysis; text: string } {
  let text = TEXT;
  let a = reanalyze(null, text);
  const at = text.indexOf('meeting') + 3;
  for (let i = 0; i < n; i++) {
    const e = { start: at + i, end: at + i, text: 'x' };
    a = check(a, text, e, `letter ${i}`);
    text = apply(text, e);
    assert.strictEqual(reuseStats(a)!.findingsSpliced, true, `letter ${i} spliced`);
    assert.strictEqual(reuseStats(a)!.contradictionsKept, true, `letter ${i} kept the clash`);
  }
  return { a, text };
}

describe('incremental findings: statements past an edit kept with their lag', function () {
  this.timeout(60000);

  it('a remark changed after letters typed before it: the contradictions sought again where the statements now sit', () => {
    const { a, text } = typed(5);
    assert.strictEqual(clashes(a).length, 2);
    const at = text.indexOf('not reopen');
    const got = check(a, text, { start: at, end: at + 3, text: 'now' }, 'not -> now');
    assert.strictEqual(reuseStats(got)!.findingsSpliced, true);
    assert.strictEqual(reuseStats(got)!.contradictionsKept, false);
    assert.strictEqual(clashes(got).length, 0);
    // And back: the clash found again, at the moved places.
    const back = apply(text, { start: at, end: at + 3, text: 'now' });
    const again = check(got, back, { start: at, end: at + 3, text: 'not' }, 'now -> not');
    assert.strictEqual(clashes(again).length, 2);
  });

  it('the paragraph of a lagging statement edited: its old statement found where it now sits', () => {
    const { a, text } = typed(4);
    const at = text.indexOf('not reopen') + 8;
    check(a, text, { start: at, end: at, text: 'z' }, 'typed in the second remark');
    const said = text.lastIndexOf('said') + 1;
    check(a, text, { start: said, end: said, text: 'z' }, 'typed after the second remark');
    const own = text.indexOf('14 reports');
    const got = check(a, text, { start: own, end: own + 2, text: '15' }, 'a figure of the own statement');
    assert.strictEqual(reuseStats(got)!.findingsSpliced, true);
  });

  it('letters typed then deleted: every later edit equal to analyzeText', () => {
    let { a, text } = typed(3);
    const at = TEXT.indexOf('meeting') + 3;
    for (let i = 2; i >= 0; i--) {
      const e = { start: at + i, end: at + i + 1, text: '' };
      a = check(a, text, e, `deleted ${i}`);
      text = apply(text, e);
    }
    assert.strictEqual(text, TEXT);
    const at2 = text.indexOf('not reopen');
    check(a, text, { start: at2, end: at2 + 3, text: 'now' }, 'not -> now after the lag went back to 0');
  });
});
