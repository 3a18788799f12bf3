// A speaker's mention that ends where text is inserted ("Valdez|, said", a line break typed after a
// name) keeps its end: all its characters come before the insertion. Moved as an offset at or past
// the change, it came out two characters long too after "\r\n" was typed (found by the fuzzer).
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { reanalyze } from '../../src/core/incremental';

const ARTICLE = `Harbour board backs new ferry contract

BERGEN, May 3 -- The harbour board on Tuesday approved a new ferry contract, Mayor Lena Holm said.

"This is a clear improvement for the island," Anna Valdez said. "Nobody wants another winter like the last one."

Valdez, the board's chair, said the contract would run for ten years.

"We looked at every offer," Valdez added, "and this one was the cheapest."

Piet Vos, a ferry captain, said the crews had not been asked.
`;

describe('incremental analysis: mentions that end where text is inserted', function () {
  this.timeout(120000);

  it('keep their end, for line breaks, spaces and punctuation typed at the end of every word', () => {
    let checked = 0;
    for (const typed of ['\r\n', '\n', ' ', ',', '\n\n']) {
      for (let at = 1; at < ARTICLE.length; at++) {
        // Only at a word's end: typed inside a word, the word (and any name) changes.
        if (!/[a-z]/i.test(ARTICLE[at - 1]) || /[a-z]/i.test(ARTICLE[at])) continue;
        const text = ARTICLE.slice(0, at) + typed + ARTICLE.slice(at);
        const got = reanalyze(reanalyze(null, ARTICLE), text, { start: at, end: at, text: typed });
        assert.deepStrictEqual(got, analyzeText(text), `${JSON.stringify(typed)} typed after ${JSON.stringify(ARTICLE.slice(at - 12, at))}`);
        checked++;
      }
    }
    assert.ok(checked > 300, `${checked} edits`);
  });

  it('a replacement that begins where a mention ends leaves the mention where it was', () => {
    const at = ARTICLE.indexOf('Valdez said') + 'Valdez'.length;
    const text = ARTICLE.slice(0, at) + '\n' + ARTICLE.slice(at + 1);
    assert.deepStrictEqual(reanalyze(reanalyze(null, ARTICLE), text, { start: at, end: at + 1, text: '\n' }), analyzeText(text));
  });
});
