import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core';
import { splitSentences } from '../../src/core/article';
import type { Span } from '../../src/core';

function split(text: string): string[] {
  const out: Span[] = [];
  splitSentences(text, 0, text.length, out);
  return out.map(([s, e]) => text.slice(s, e));
}

describe('article model: sentence splitting', () => {
  it('splits plain sentences on periods, question and exclamation marks', () => {
    assert.deepEqual(split('The ferry sank. Nobody was hurt! Why did it sink? Divers will look.'), [
      'The ferry sank.', 'Nobody was hurt!', 'Why did it sink?', 'Divers will look.',
    ]);
  });

  it('keeps "U.S." inside a sentence before a name but ends one before an opener', () => {
    assert.deepEqual(split('The U.S. Treasury froze the funds. Officials left the U.S. The talks ended.'), [
      'The U.S. Treasury froze the funds.', 'Officials left the U.S.', 'The talks ended.',
    ]);
  });

  it('does not split after month abbreviations before a day', () => {
    assert.deepEqual(split('The vote was held on Oct. 14 in the capital. It passed.'), ['The vote was held on Oct. 14 in the capital.', 'It passed.']);
  });

  it('does not split after titles such as Gen., Mr., Dr. and St.', () => {
    assert.deepEqual(split('Gen. Ada Novak met Mr. Ortiz and Dr. Lee near St. Mary Church. They spoke briefly.'), [
      'Gen. Ada Novak met Mr. Ortiz and Dr. Lee near St. Mary Church.', 'They spoke briefly.',
    ]);
  });

  it('does not split "No. 2"', () => {
    assert.deepEqual(split('She is ranked No. 2 in the world. Her rival is third.'), ['She is ranked No. 2 in the world.', 'Her rival is third.']);
  });

  it('keeps initials with the name ("John Q. Public")', () => {
    assert.deepEqual(split('The letter was signed by John Q. Public and Mary T. Okafor. Both are lawyers.'), [
      'The letter was signed by John Q. Public and Mary T. Okafor.', 'Both are lawyers.',
    ]);
  });

  it('keeps "a.m." and "p.m." times inside the sentence', () => {
    assert.deepEqual(split('The blast came at 6 a.m. local time and the fire at 5 p.m. (1500 GMT) that day. Crews left.'), [
      'The blast came at 6 a.m. local time and the fire at 5 p.m. (1500 GMT) that day.', 'Crews left.',
    ]);
  });

  it('keeps an ellipsis inside a quotation in one sentence', () => {
    assert.deepEqual(split('"We ... provided the data in good time," the minister said. He did not elaborate.'), [
      '"We ... provided the data in good time," the minister said.', 'He did not elaborate.',
    ]);
    assert.deepEqual(split('“We … tried everything,” she said.'), ['“We … tried everything,” she said.']);
  });

  it('ends a sentence after a closing quotation mark', () => {
    assert.deepEqual(split('The mayor said: "The bridge is closed." Traffic was diverted.'), ['The mayor said: "The bridge is closed."', 'Traffic was diverted.']);
    assert.deepEqual(split('“We will rebuild,” he said. “It will take time.” Work starts Monday.'), [
      '“We will rebuild,” he said.', '“It will take time.”', 'Work starts Monday.',
    ]);
  });

  it('does not split at a question or exclamation mark inside a quote followed by the cue', () => {
    assert.deepEqual(split('"Who pays for this?" asked one resident. "Not us!" shouted another.'), [
      '"Who pays for this?" asked one resident.', '"Not us!" shouted another.',
    ]);
  });

  it('keeps a quote closed by ? or ! together with a cue that follows it', () => {
    assert.deepEqual(split('"Who pays for this?" Ana Diaz asked. "Not us!" Mayor Tom Reed said. Nobody answered.'), [
      '"Who pays for this?" Ana Diaz asked.', '"Not us!" Mayor Tom Reed said.', 'Nobody answered.',
    ]);
    assert.deepEqual(split('"Is it safe?" The answer came later.'), ['"Is it safe?"', 'The answer came later.']);
    assert.deepEqual(split('She called it "a disgrace." Tom Reed said nothing.'), ['She called it "a disgrace."', 'Tom Reed said nothing.']);
  });

  it('does not split decimals, web addresses or a period with no space after it', () => {
    assert.deepEqual(split('Output fell 5.7 percent, the site example.org reported. Prices rose.'), [
      'Output fell 5.7 percent, the site example.org reported.', 'Prices rose.',
    ]);
  });

  it('keeps the last sentence even without a final period', () => {
    assert.deepEqual(split('The storm passed. Schools reopen tomorrow'), ['The storm passed.', 'Schools reopen tomorrow']);
  });

  it('finds each kind of mark across many paragraphs of one text', () => {
    const text = 'Head line\n\nIt fell. It rose.\n\nWho knew? Nobody.\n\nStop! Go.\n\nThen… Later.\n\nNo marks here';
    const a = parseArticle(text);
    assert.deepEqual(a.sentences.map((s) => text.slice(s[0], s[1])), [
      'It fell.', 'It rose.', 'Who knew?', 'Nobody.', 'Stop!', 'Go.', 'Then…', 'Later.', 'No marks here',
    ]);
  });

  it('keeps sentences inside their paragraphs in a whole article', () => {
    const text = 'Storm closes harbor\n\nThe harbor closed at noon. Ships waited offshore.\n\nThe port reopened on Friday.';
    const a = parseArticle(text);
    assert.equal(a.sentences.length, 3);
    for (const s of a.sentences) assert.ok(a.paragraphs.some((p) => p[0] <= s[0] && s[1] <= p[1]));
  });

  it('finishes on a 100,000-character adversarial line and keeps every character in a sentence', () => {
    for (const line of ['U.S. '.repeat(20000), 'a.'.repeat(50000), '"'.repeat(100000), '. '.repeat(50000), 'Mr. X. '.repeat(14285), '…'.repeat(100000)]) {
      const out: Span[] = [];
      splitSentences(line, 0, line.length, out);
      assert.ok(out.length >= 1);
      // Sentences are ordered, disjoint and cover all non-space text.
      let prev = 0;
      let covered = 0;
      for (const [s, e] of out) {
        assert.ok(s >= prev && e > s);
        covered += line.slice(s, e).replace(/\s/g, '').length;
        prev = e;
      }
      assert.equal(covered, line.replace(/\s/g, '').length);
    }
  });
});
