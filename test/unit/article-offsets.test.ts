import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseArticle } from '../../src/core';
import type { Article } from '../../src/core';
import { slice } from './article-helpers';

/** Every span of the model, checked to be in range, ordered and disjoint where promised. */
function checkInvariants(a: Article) {
  const n = a.text.length;
  const all = [a.headline?.span, a.dateline?.span, ...a.boilerplate, ...a.paragraphs, ...a.sentences].filter(Boolean) as [number, number][];
  for (const [s, e] of all) assert.ok(0 <= s && s <= e && e <= n, `span [${s}, ${e}] out of range ${n}`);
  const taken = [a.headline?.span, a.dateline?.span, ...a.boilerplate].filter(Boolean) as [number, number][];
  for (const p of a.paragraphs) for (const t of taken) assert.ok(p[1] <= t[0] || p[0] >= t[1], 'paragraph overlaps headline/dateline/boilerplate');
  for (const s of a.sentences) assert.ok(a.paragraphs.some((p) => p[0] <= s[0] && s[1] <= p[1]), 'sentence outside paragraphs');
  for (const list of [a.paragraphs, a.sentences, a.boilerplate]) {
    for (let i = 1; i < list.length; i++) assert.ok(list[i - 1][1] <= list[i][0], 'spans out of order or overlapping');
  }
  for (const [s, e] of [...a.paragraphs, ...a.sentences]) assert.ok(a.text.slice(s, e).trim().length > 0, 'blank paragraph or sentence');
}

describe('article model: offsets and odd input', () => {
  it('counts CRLF as two code units', () => {
    const text = 'Dam holds after storm\r\n\r\nEngineers checked the dam. It held.\r\n\r\nThe river fell overnight.\r\n';
    const a = parseArticle(text);
    checkInvariants(a);
    assert.equal(slice(text, a.headline!.span), 'Dam holds after storm');
    assert.deepEqual(a.sentences.map((s) => slice(text, s)), ['Engineers checked the dam.', 'It held.', 'The river fell overnight.']);
    assert.equal(a.sentences[2][0], text.indexOf('The river'));
  });

  it('treats a lone CR as a line end', () => {
    const text = 'Dam holds after storm\r\rEngineers checked the dam.\r\rThe river fell overnight.';
    const a = parseArticle(text);
    assert.equal(a.headline?.text, 'Dam holds after storm');
    assert.deepEqual(a.paragraphs.map((s) => slice(text, s)), ['Engineers checked the dam.', 'The river fell overnight.']);
  });

  it('skips a leading BOM without shifting offsets', () => {
    const text = '\uFEFFDam holds after storm\n\nEngineers checked the dam.';
    const a = parseArticle(text);
    assert.deepEqual(a.headline?.span, [1, 22]);
    assert.equal(slice(text, a.sentences[0]), 'Engineers checked the dam.');
  });

  it('counts an emoji as two code units', () => {
    const text = 'Fans cheer 🎉 as team wins\n\n“We did it 💪,” the captain said. The parade is on Friday.';
    const a = parseArticle(text);
    checkInvariants(a);
    assert.equal(a.headline?.text, 'Fans cheer 🎉 as team wins');
    assert.deepEqual(a.sentences.map((s) => slice(text, s)), ['“We did it 💪,” the captain said.', 'The parade is on Friday.']);
    assert.equal(a.sentences[1][0], text.indexOf('The parade'));
  });

  it('handles empty and whitespace-only text', () => {
    for (const text of ['', ' ', '\n\n\n', '\r\n \t\r\n', '\uFEFF']) {
      const a = parseArticle(text);
      assert.deepEqual([a.headline, a.dateline, a.boilerplate, a.paragraphs, a.sentences], [null, null, [], [], []]);
    }
  });

  it('joins a hard-wrapped paragraph into one', () => {
    const text = 'Dam holds after storm\n\nEngineers inspected the old dam on Tuesday morning and\nfound that the concrete wall had held against the flood\nwaters, officials said in a statement on Wednesday.';
    const a = parseArticle(text);
    assert.equal(a.paragraphs.length, 1);
    assert.equal(a.sentences.length, 1);
  });

  it('treats single line breaks between full sentences as paragraph breaks', () => {
    const text = 'Dam holds after storm\nEngineers inspected the dam on Tuesday.\nThe wall held, officials said.\nRepairs start soon.';
    const a = parseArticle(text);
    assert.equal(a.paragraphs.length, 3);
  });

  it('keeps its invariants on random mixes of article pieces (property test)', () => {
    const pieces = [
      'Harbor closes', 'MOSCOW, Oct. 25 (Reuters) - ', 'WASHINGTON (AP) — ', 'By Jane Roe', 'Friday, May 3, 2019',
      'Print E-mail', 'XS', 'SM', '—Ana Diaz, a resident', '██ Zone', '((es))Spanish language: la ciudad', 'Photo by Lee Chan',
      'The U.S. Navy said.', '"We ... tried," he said.', 'It rained.', 'Gen. Smith left at 5 p.m. (1500 GMT).', 'Related',
      '\n', '\n\n', '\r\n', '\r', ' ', '\uFEFF', '🎉', '"', '“', '”', '...', '(', ')', 'A', '.',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        checkInvariants(parseArticle(parts.join('')));
      }),
      { seed: 7, numRuns: 400 },
    );
  });

  it('keeps its invariants on arbitrary UTF-16, lone surrogates and control characters included', () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), fc.constantFrom('\n', '\r', ' ', '.', '"', 'A'));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), (text) => {
        const a = parseArticle(text);
        assert.equal(a.text, text);
        checkInvariants(a);
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it('finishes on a 100,000-character adversarial line with consistent spans', () => {
    const lines = [
      'U.S. '.repeat(20000), '"'.repeat(100000), 'WASHINGTON '.repeat(9000) + '- x', '— '.repeat(50000),
      '(('.repeat(50000), 'Print E-mail '.repeat(7000), 'By A. '.repeat(16000), 'Oct. 5, '.repeat(12000), 'x'.repeat(100000),
      '((es))' + 'Si el '.repeat(16000), ' language: '.repeat(9000), '██ '.repeat(30000),
    ];
    for (const line of lines) {
      const text = `Headline here\n\n${line}\n\nThe end.`;
      const a = parseArticle(text);
      checkInvariants(a);
      assert.equal(a.headline?.text, 'Headline here');
      assert.equal(slice(text, a.sentences[a.sentences.length - 1]), 'The end.');
    }
  });
});
