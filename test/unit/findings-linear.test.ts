// The findings' fast paths give the same answers as the plain all-pairs / rescanning definitions
// they replace, and a long single line no longer takes quadratic time (issue 7).
import * as assert from 'assert';
import fc from 'fast-check';
import { dropRestatements } from '../../src/core/findings/contradictions';
import { insideQuotation } from '../../src/core/findings/unattributed';
import { parseArticle } from '../../src/core/article';
import { findAttributions } from '../../src/core/attribution';
import { findFindings, type Statement } from '../../src/core/findings';
import type { Article, Span } from '../../src/core/types';

/** The definition: count the quote marks from the paragraph's start up to the sentence. */
function insideQuotationReference(article: Article, span: Span): boolean {
  const para = article.paragraphs.find((p) => p[0] <= span[0] && span[0] < p[1]);
  if (!para) return false;
  let open = 0;
  for (const ch of article.text.slice(para[0], span[0])) {
    if (ch === '\u201C') open++;
    else if (ch === '\u201D') open = Math.max(0, open - 1);
    else if (ch === '"') open = open ? 0 : 1;
  }
  return open > 0;
}

/** The definition: every pair of one speaker's statements compared. */
function dropRestatementsReference(statements: Statement[]): Statement[] {
  const rank = (s: Statement) => (s.type === 'direct' ? 2 : s.type === 'mixed' ? 1 : 0);
  const denies = (x: Statement, y: Statement) => [...x.denied].some((k) => y.pos.has(k));
  const drop = new Set<Statement>();
  const quotes = statements.filter((s) => s.source === 'quote' && s.speakerId);
  for (let i = 0; i < quotes.length; i++)
    for (let j = i + 1; j < quotes.length; j++) {
      const a = quotes[i];
      const b = quotes[j];
      if (a.speakerId !== b.speakerId) continue;
      let common = 0;
      for (const k of a.keys) if (b.keys.has(k)) common++;
      if (common < 4 || common < 0.4 * Math.min(a.keys.size, b.keys.size)) continue;
      if (denies(a, b) || denies(b, a)) continue;
      if (rank(a) !== rank(b)) drop.add(rank(a) > rank(b) ? b : a);
      else if (rank(a) === 0) drop.add(a.keys.size >= b.keys.size ? b : a);
    }
  return statements.filter((s) => !drop.has(s));
}

describe('findings: fast paths agree with their definitions', () => {
  it('insideQuotation matches counting quote marks from each paragraph start', () => {
    // A dash makes a text of straight marks a two-byte string too (searched as curly text is).
    const piece = fc.constantFrom('The ferry ran late. ', '"It is fine," ', 'she said. ', '\u201CWe waited. ', 'Then it left.\u201D ', '\n', 'Boats sank. ', '" ', 'Calm \u2014 mostly. ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const article = parseArticle(pieces.join(''));
        // Every piece start is a sentence candidate, in shuffled order to test the sorting.
        const spans: Span[] = [];
        let at = 0;
        for (const p of pieces) {
          spans.push([at, at + p.length]);
          at += p.length;
        }
        spans.reverse();
        const fast = insideQuotation(article, spans);
        assert.deepStrictEqual(fast, spans.map((s) => insideQuotationReference(article, s)));
      }),
      { numRuns: 300 },
    );
  });

  it('dropRestatements keeps the same statements as comparing every pair', () => {
    const keys = ['tide', 'gate', 'harbour', 'ferry', 'storm', 'wall'];
    const stmt = fc.record({
      speaker: fc.constantFrom('p1', 'p2', null),
      own: fc.boolean(),
      type: fc.constantFrom('direct', 'mixed', 'indirect') as fc.Arbitrary<Statement['type']>,
      pos: fc.subarray(keys),
      neg: fc.subarray(keys, { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(stmt, { maxLength: 14 }), (specs) => {
        // Few keys and a few shapes, so identical and restating statements are common.
        const statements = specs.map((x, i) => {
          const pos = new Set(x.pos);
          const denied = new Set(x.neg);
          return {
            id: `q${i}`,
            source: x.own ? 'own' : 'quote',
            spans: [[i * 10, i * 10 + 5]],
            speakerId: x.speaker,
            type: x.own ? 'own' : x.type,
            pos,
            denied,
            keys: new Set([...pos, ...denied]),
          } as unknown as Statement;
        });
        const ids = (list: Statement[]) => list.map((s) => s.id);
        assert.deepStrictEqual(ids(dropRestatements(statements)), ids(dropRestatementsReference(statements)));
      }),
      { numRuns: 500 },
    );
  });

  it('of two equally full paraphrases the later gives way, also when one is repeated', () => {
    const para = (id: string, at: number, keys: string[]) =>
      ({ id, source: 'quote', spans: [[at, at + 5]], speakerId: 'p1', type: 'indirect', pos: new Set(keys), denied: new Set(), keys: new Set(keys) }) as unknown as Statement;
    const a1 = para('a1', 0, ['tide', 'gate', 'harbour', 'ferry', 'storm']);
    const b = para('b', 10, ['tide', 'gate', 'harbour', 'ferry', 'wall']);
    const a2 = para('a2', 20, ['tide', 'gate', 'harbour', 'ferry', 'storm']);
    // a1 restates nothing earlier; b and a2 each restate a1.
    assert.deepStrictEqual(dropRestatements([a1, b, a2]).map((s) => s.id), ['a1']);
    assert.deepStrictEqual(dropRestatements([b, a1, a2]).map((s) => s.id), ['b']);
  });
});
