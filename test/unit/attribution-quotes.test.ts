// Quotation marks and quote shapes: direct, mixed, indirect, split, multi-paragraph, floating;
// curly, straight, guillemet and nested marks; inch signs and apostrophes that are not quotes.
import * as assert from 'node:assert/strict';
import { findQuoteRegions } from '../../src/core/attribution/quoteMarks';
import { attribute, quoteWith, spanTexts } from './attribution-helpers';

describe('attribution: quotation marks', () => {
  it('pairs curly marks and keeps them in the span', () => {
    const text = 'She said: “The bridge will open in May.” Then she left.';
    const regions = findQuoteRegions(text, [[0, text.length]]);
    assert.equal(regions.length, 1);
    assert.equal(text.slice(...regions[0].spans[0]), '“The bridge will open in May.”');
  });

  it('pairs guillemets', () => {
    const text = 'He wrote « nothing has changed » in his note.';
    const regions = findQuoteRegions(text, [[0, text.length]]);
    assert.equal(text.slice(...regions[0].spans[0]), '« nothing has changed »');
  });

  it('keeps single quotes nested inside double quotes, and a straight quote nested in straight ones', () => {
    const text = `"People keep telling me 'wait and see', and I am tired of the "official" line," she said.`;
    const regions = findQuoteRegions(text, [[0, text.length]]);
    assert.equal(regions.length, 1);
    assert.equal(text.slice(...regions[0].spans[0]), `"People keep telling me 'wait and see', and I am tired of the "official" line,"`);
    const nested = regions[0].nested.map((s) => text.slice(...s)).sort();
    assert.deepEqual(nested, [`"official"`, `'wait and see'`]);
  });

  it('does not open a quote on an inch sign or an apostrophe', () => {
    const text = `The 6" pipe and the Smiths' 5'11" son don't matter in the ’90s.`;
    assert.deepEqual(findQuoteRegions(text, [[0, text.length]]), []);
  });

  it('stops an unclosed quote at its paragraph end instead of swallowing the article', () => {
    const p1 = 'The chief said "we are ready for anything';
    const p2 = 'Later the storm arrived.';
    const text = `${p1}\n\n${p2}`;
    const regions = findQuoteRegions(text, [[0, p1.length], [p1.length + 2, text.length]]);
    assert.equal(regions.length, 1);
    assert.equal(regions[0].closed, false);
    assert.equal(text.slice(...regions[0].spans[0]), '"we are ready for anything');
    assert.equal(regions[0].spans.length, 1);
  });

  it('runs a quote over paragraphs when the next paragraph reopens it', () => {
    const p1 = '“The first phase is finished.';
    const p2 = '“The second phase starts in June,” the engineer said.';
    const text = `${p1}\n\n${p2}`;
    const regions = findQuoteRegions(text, [[0, p1.length], [p1.length + 2, text.length]]);
    assert.equal(regions.length, 1);
    assert.deepEqual(regions[0].spans.map((s) => text.slice(...s)), [p1, '“The second phase starts in June,”']);
  });

  it('never throws on stray marks', () => {
    for (const body of ['”', '"', '« »» «', '“ ” ” “ "', "' ' ’ ‘", '"a "b "c']) {
      assert.doesNotThrow(() => attribute(`The mayor said ${body} it was fine.`));
    }
  });
});

describe('attribution: quote types and spans', () => {
  it('a direct quote spans its marks and inner punctuation', () => {
    const r = attribute('"We will rebuild the pier before summer," the mayor said.');
    const q = quoteWith(r, 'rebuild');
    assert.equal(q.type, 'direct');
    assert.deepEqual(spanTexts(r.text, q), ['"We will rebuild the pier before summer,"']);
  });

  it('a mixed quote covers the whole reported clause, marks included', () => {
    const r = attribute('Harbour master Ellen Park said the fleet was "in no danger at all."');
    const q = quoteWith(r, 'fleet');
    assert.equal(q.type, 'mixed');
    assert.deepEqual(spanTexts(r.text, q), ['the fleet was "in no danger at all."']);
  });

  it('an indirect quote starts at "that" and ends before the period', () => {
    const r = attribute('The harbour master said that the fleet would stay in port until Friday.');
    const q = quoteWith(r, 'fleet');
    assert.equal(q.type, 'indirect');
    assert.deepEqual(spanTexts(r.text, q), ['that the fleet would stay in port until Friday']);
  });

  it('an indirect quote before its cue ends at the comma', () => {
    const r = attribute('The ferry will not run on Sunday, the port authority said Tuesday.');
    const q = quoteWith(r, 'ferry');
    assert.equal(q.type, 'indirect');
    assert.deepEqual(spanTexts(r.text, q), ['The ferry will not run on Sunday']);
    assert.equal(q.cue?.text, 'said');
  });

  it('a quote split by its cue is one quote with two spans', () => {
    const r = attribute('"The tide was higher than forecast," she added, "and the wall held."');
    assert.equal(r.quotes.length, 1);
    assert.deepEqual(spanTexts(r.text, r.quotes[0]), ['"The tide was higher than forecast,"', '"and the wall held."']);
  });

  it('a quote continued by a second quoted sentence in the paragraph keeps both spans', () => {
    const r = attribute('"The tide was higher than forecast," the engineer said. "The wall held anyway."');
    assert.equal(r.quotes.length, 1);
    assert.deepEqual(spanTexts(r.text, r.quotes[0]), ['"The tide was higher than forecast,"', '"The wall held anyway."']);
  });

  it('an indirect clause split by a parenthetical cue has two spans', () => {
    const r = attribute('The repairs, he added, would cost twice the estimate.');
    const q = r.quotes[0];
    assert.deepEqual(spanTexts(r.text, q), ['The repairs', 'would cost twice the estimate']);
  });

  it('a quote running over paragraphs is one quote', () => {
    const r = attribute('Engineer Tom Baines said: “The first phase is finished.\n\n“The second phase starts in June.”');
    const q = quoteWith(r, 'first phase');
    assert.equal(q.spans.length, 2);
    assert.deepEqual(spanTexts(r.text, q), ['“The first phase is finished.', '“The second phase starts in June.”']);
    assert.equal(q.speaker.entity, 'Tom Baines');
  });

  it('a floating quote paragraph takes the speaker of the quote before it', () => {
    const r = attribute('Engineer Tom Baines said the pier was safe.\n\n"Nobody should worry about the pier."');
    const q = quoteWith(r, 'Nobody');
    assert.equal(q.type, 'direct');
    assert.equal(q.speaker.entity, 'Tom Baines');
    assert.equal(q.speaker.mention, null);
    assert.equal(q.cue, null);
  });

  it('scare quotes with no cue are not quotes', () => {
    const r = attribute('The so-called "harbour plan" was published in the spring.');
    assert.deepEqual(r.quotes, []);
  });
});
