// An analysis kept across edits must not keep old versions of the text alive: the incremental path
// reuses lines, statements, mentions and drafts of paragraphs an edit did not touch, and a string
// sliced from a text keeps that whole text alive in V8 (src/core/detached.ts).
import * as assert from 'node:assert';
import { analyzeText, reanalyze, type Analysis } from '../../src/core';
import { detached } from '../../src/core/detached';
import { heapAfterGc } from './heap';

const PARAGRAPHS = [
  'Ferry fares to rise as harbour board votes on new contract',
  'PORTVALE, May 7, 2024 (Valley Post) - Harbourmaster Ida Voss said on Tuesday that ferry fares would rise by 12 percent in June.',
  '"We have no other way to pay for the new pier," Voss told reporters at the harbour office.',
  'Councillor Marten Holloway, who chairs the transport committee, said the board had not seen the final figures.',
  '"Nobody has shown us the contract," Holloway said. "We will not vote on numbers we cannot check."',
  'The pier has cost the city $48 million so far, twice the original estimate.',
  'According to the harbour authority, about 3,200 passengers use the ferry every day.',
  'Two officials said the contractor had asked for a further delay of six months.',
  'The Valley Post quoted Voss as saying the fares would be reviewed again next year.',
  'The harbourmaster added that no jobs would be lost at the terminal.',
  // A leading relay, a joint mention, long names, traits and a long cue: each kept in drafts.
  'Speaking to the Associated Press, the harbourmaster said the terminal would stay open.',
  'Voss and Holloway said in a joint statement that the talks would resume in September.',
  'An Environmental Protection Agency spokeswoman, acknowledging the delay, said the permits were ready.',
  'A senior administration official said the budget for the pier was final.',
];

/** The article with 4 MB of padding: a blank line, cheap to analyse, in every version of the text. */
function padded(paragraphs = PARAGRAPHS): string {
  return `${paragraphs.join('\n\n')}\n\n${' '.repeat(4_000_000)}\n\nThe board meets again on Friday.\n`;
}

/** `n` one-letter edits, each in the next paragraph after the headline, from `cur`. A function of
 *  its own, so that no variable of the caller's frame still holds an old text when it is measured. */
function edited(cur: Analysis, n: number, paragraphs = PARAGRAPHS): Analysis {
  // Where each paragraph after the headline starts (letters are replaced, so they stay there).
  const starts = paragraphs.map((_, k) => paragraphs.slice(0, k).join('\n\n').length + (k ? 2 : 0)).slice(1);
  for (let i = 0; i < n; i++) {
    const t = cur.article.text;
    const para = starts[i % starts.length];
    const at = t.indexOf(' ', para + 12) + 2; // a letter inside a word of that paragraph
    assert.ok(at > para && at < para + 60, 'the edit is in the paragraph');
    const letter = t[at] === 'q' ? 'z' : 'q';
    cur = reanalyze(cur, t.slice(0, at) + letter + t.slice(at + 1), { start: at, end: at + 1, text: letter });
  }
  return cur;
}

describe('incremental analysis keeps no old text alive', () => {
  it('detached() gives an equal string', () => {
    const big = 'x'.repeat(1000) + 'Harbourmaster Ida Voss' + 'y'.repeat(1000);
    for (const s of [big.slice(1000, 1022), big.slice(1000, 1005), '', 'a long enough string here']) assert.strictEqual(detached(s), s);
  });

  it('sixteen edits in different paragraphs of a text with 4 MB of padding leave the heap as one text, not seventeen', function () {
    this.timeout(120_000);
    let cur: Analysis = analyzeText(padded());
    const before = heapAfterGc();
    cur = edited(cur, 16);
    assert.strictEqual(cur.article.text.length, padded().length);
    // The language check remembers the last text it read (one text, whichever it was): give it another.
    analyzeText(PARAGRAPHS.join('\n\n'));
    const grown = heapAfterGc() - before;
    // One old version kept would add 4 MB.
    assert.ok(grown < 3, `heap grew ${grown.toFixed(1)} MB over 16 edits`);
  });

  it('a paragraph never edited keeps no old text through its nationality words (13 characters and more)', function () {
    this.timeout(120_000);
    // Read once by the first analysis and kept by every edit after it, which touch other paragraphs.
    const paragraphs = [...PARAGRAPHS, "A Turkmenistani envoy said Afghanistan's border posts would reopen in spring."];
    let cur: Analysis = analyzeText(padded(paragraphs));
    const before = heapAfterGc();
    cur = edited(cur, 4, paragraphs);
    assert.strictEqual(cur.article.text.length, padded(paragraphs).length);
    analyzeText(PARAGRAPHS.join('\n\n'));
    const grown = heapAfterGc() - before;
    // The first version kept would add 4 MB.
    assert.ok(grown < 3, `heap grew ${grown.toFixed(1)} MB over 4 edits`);
  });
});
