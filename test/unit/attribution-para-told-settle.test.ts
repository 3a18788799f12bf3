// The object of "told" as a relay (attribution/index.ts toldVia, read in one walk over its words)
// and a quote's spans after settling (settle.ts normalize, which keeps a list already in order).
// Sentences of our own.
import * as assert from 'node:assert/strict';
import { attribute, quoteWith, spanTexts } from './attribution-helpers';

describe('attribution: the object of "told"', () => {
  it('an outlet told is the relay: capitals-only words, an outlet name, a broadcaster', () => {
    for (const [object, via] of [['NBC News', 'NBC News'], ['Harbour FM', 'Harbour FM'], ['the BBC', 'the BBC']]) {
      const r = attribute(`Linda Shaw told ${object} the harbour would reopen.`);
      const q = quoteWith(r, 'harbour would reopen');
      assert.equal(q.via, via, object);
      assert.equal(q.speaker.entity, 'Linda Shaw', object);
    }
  });

  it('a person, a pronoun or an audience told is no relay', () => {
    for (const object of ['Ray Santos', 'him', 'members of the press', 'reporters']) {
      const r = attribute(`Linda Shaw told ${object} the harbour would reopen.`);
      const q = quoteWith(r, 'harbour would reopen');
      assert.equal(q.via, null, object);
      assert.equal(q.speaker.entity, 'Linda Shaw', object);
    }
  });
});

describe('attribution: settled spans', () => {
  it('a quotation split by its cue keeps both parts, in text order', () => {
    const r = attribute('"The port," said Linda Shaw, "will reopen on Monday."');
    const q = quoteWith(r, 'The port');
    assert.equal(q.type, 'direct');
    assert.deepEqual(spanTexts(r.text, q), ['"The port,"', '"will reopen on Monday."']);
    assert.ok(q.spans[0][1] <= q.spans[1][0]);
    assert.equal(q.text, '"The port," "will reopen on Monday."');
  });

  it('a quotation running over two paragraphs is one quote whose spans follow the text', () => {
    const r = attribute('"The port will reopen on Monday.\n\n"The dredging starts in May," Linda Shaw said.');
    const q = quoteWith(r, 'dredging');
    assert.equal(r.quotes.filter((x) => x.text.includes('port will reopen')).length, 1);
    for (let k = 1; k < q.spans.length; k++) assert.ok(q.spans[k - 1][1] <= q.spans[k][0]);
  });
});
