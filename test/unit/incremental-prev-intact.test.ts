// reanalyze(prev, text) reads `prev` and never changes it: what moves after an edit is copied, and
// what is shared between the two analyses is never written. So a caller that still holds the
// previous analysis (a hover card, the workspace index, the speaker directory) reads it as it was,
// and several analyses may be made from the same one (as the bench's rows and an undo do).
import * as assert from 'assert';
import { analyzeText, reanalyze, type TextEdit } from '../../src/core';
import { corefEvery, setCorefEvery } from '../../src/core/incremental/corefResume';
import { articleOfWords } from '../../scripts/bench/corpus';
import { apply, check } from './incremental-helpers';

describe('incremental analysis: the previous analysis is left as it was', function () {
  this.timeout(120000);
  const every = corefEvery();
  before(() => setCorefEvery(4));
  after(() => setCorefEvery(every));

  it('edits of every kind from one analysis, then a chain from it: it reads as before, and analyses made from it again are exact', () => {
    const text = articleOfWords(8000, 40);
    const base = reanalyze(null, text);
    const was = JSON.stringify(base);
    const quote = base.quotes.find((q) => q.type === 'direct' && q.spans[0][0] > text.length / 2)!;
    const relay = base.quotes.find((q) => q.via && /^[A-Z][a-z]+$/.test(q.via) && q.spans[0][0] > text.length / 2);
    const relayAt = relay ? text.indexOf(relay.via!, text.lastIndexOf('\n\n', relay.spans[0][0])) : -1;
    const inQuote = quote.spans[0][0] + 3;
    const mid = text.indexOf('\n\n', text.length / 2) + 5;
    const edits: TextEdit[] = [
      { start: inQuote, end: inQuote + 1, text: 'z' }, // replaced in a quotation
      { start: inQuote, end: inQuote, text: 'z' }, // typed: all that follows moves
      { start: inQuote, end: inQuote + 1, text: '' }, // deleted
      { start: mid, end: mid, text: '\n\n' }, // a paragraph split
      { start: mid, end: mid, text: ' said Ann Berg, the mayor. "Not now," she said.' },
    ];
    assert.ok(relayAt > 0, 'a relay written out in the second half');
    edits.push({ start: relayAt + 2, end: relayAt + 2, text: 'q' }, { start: relayAt + 2, end: relayAt + 3, text: 'q' });
    for (const e of edits) {
      check(base, text, e, `from the first analysis: ${JSON.stringify(e)}`);
      assert.strictEqual(JSON.stringify(base), was, `the first analysis after ${JSON.stringify(e)}`);
    }
    // A chain from it (each edit from the last analysis), then the same edits from it again.
    let prev = base;
    let t = text;
    for (const e of [edits[1], { start: relayAt + 3, end: relayAt + 3, text: 'x' }, edits[0]]) {
      prev = check(prev, t, e, `chain ${JSON.stringify(e)}`);
      t = apply(t, e);
    }
    for (const e of edits) assert.deepStrictEqual(reanalyze(base, apply(text, e), e), analyzeText(apply(text, e)), `again from the first: ${JSON.stringify(e)}`);
    assert.strictEqual(JSON.stringify(base), was, 'the first analysis at the end');
  });
});
