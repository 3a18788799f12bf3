// findCues reads what it asks of a cue word (noun of saying, verb of speech or with an object, verb
// only before a quotation, noun homograph) from one record per word (cues.ts CUE_WORDS): each of
// those answers must still decide the cue as the word lists do.
import * as assert from 'assert';
import { findCues } from '../../src/core/attribution/cues';
import { tokenize } from '../../src/core/attribution/tokens';

/** The cues of a sentence: first word, lemma and kind. */
function cues(s: string): [string, string, string][] {
  const toks = tokenize(s, 0, s.length);
  return findCues(toks, 0, toks.length).map((c) => [toks[c.a].text, c.lemma, c.kind]);
}

describe('attribution cues: one record per cue word', () => {
  it('reads a verb of speech and a verb with an object with their lemmas', () => {
    assert.deepStrictEqual(cues('Smith said the vote failed.'), [['said', 'say', 'speech']]);
    assert.deepStrictEqual(cues('Officials report that the bridge is closed.'), [['report', 'report', 'speech']]);
    assert.deepStrictEqual(cues('Smith criticized the plan.'), [['criticized', 'criticize', 'object']]);
  });

  it('takes a verb that only introduces quotations as such, and a noun of saying after a possessive', () => {
    assert.deepStrictEqual(cues('He continued, “We will win.”'), [['continued', 'continued', 'quoteOnly']]);
    assert.deepStrictEqual(cues("Smith's remarks that the vote failed were wrong."), [['remarks', 'remarks', 'noun']]);
  });

  it('turns away a noun homograph without a subject before it', () => {
    assert.deepStrictEqual(cues('A UN report found errors.'), []);
    assert.deepStrictEqual(cues('A UN statement followed.'), []);
  });
});
