// The citation quick fix's text: where the citation goes, how it reads in each style, and which
// sources are offered first.
import * as assert from 'assert';
import { citationEdit, formatDate, hasBracketCitation, rankSources } from '../../src/extension/citation';
import type { Span } from '../../src/core/types';
import { analysis, quote, spanOf, speaker } from './extension-helpers';

function apply(text: string, e: { start: number; end: number; text: string }): string {
  return text.slice(0, e.start) + e.text + text.slice(e.end);
}

describe('extension citation text', () => {
  const text = 'The bridge cost $40 million to build. Traffic fell by half.';
  const s1 = spanOf(text, 'The bridge cost $40 million to build.');

  it('attribution style goes before the closing period', () => {
    assert.strictEqual(apply(text, citationEdit(text, s1, { name: 'the city auditor' }, 'attribution')), 'The bridge cost $40 million to build, according to the city auditor. Traffic fell by half.');
  });

  it('a known date gives a parenthetical news-style citation', () => {
    const e = citationEdit(text, s1, { name: 'Harbour Times', date: '2014-10-25' }, 'attribution');
    assert.strictEqual(apply(text, e), 'The bridge cost $40 million to build (Harbour Times, Oct. 25, 2014). Traffic fell by half.');
  });

  it('bracket style goes after the sentence', () => {
    assert.strictEqual(apply(text, citationEdit(text, s1, { name: 'Harbour Times' }, 'bracket')), 'The bridge cost $40 million to build. [source: Harbour Times] Traffic fell by half.');
  });

  it('trailing spaces in the sentence span do not push the citation past them', () => {
    const t = 'Rents doubled.   Next.';
    const e = citationEdit(t, [0, 17] as Span, { name: 'a tenants group' }, 'attribution');
    assert.strictEqual(apply(t, e), 'Rents doubled, according to a tenants group.   Next.');
  });

  it('a period inside closing quotation marks moves out, American style', () => {
    const t = 'The plan was called “a disgrace.”';
    assert.strictEqual(apply(t, citationEdit(t, [0, t.length], { name: 'the union' }, 'attribution')), 'The plan was called “a disgrace,” according to the union.');
  });

  it('an abbreviation that ends the sentence keeps its period', () => {
    const t = 'The parts were shipped from the U.S.';
    assert.strictEqual(apply(t, citationEdit(t, [0, t.length], { name: 'customs records' }, 'attribution')), 'The parts were shipped from the U.S., according to customs records.');
  });

  it('a sentence without final punctuation gets the citation at its end', () => {
    const t = 'Forty homes flooded';
    assert.strictEqual(apply(t, citationEdit(t, [0, t.length], { name: 'the fire service' }, 'attribution')), 'Forty homes flooded, according to the fire service');
  });

  it('formats ISO dates AP style and keeps other text', () => {
    assert.strictEqual(formatDate('2019-09-05'), 'Sept. 5, 2019');
    assert.strictEqual(formatDate('2020-03-01'), 'March 1, 2020');
    assert.strictEqual(formatDate('last spring'), 'last spring');
    assert.strictEqual(formatDate(''), undefined);
  });

  it('recognises a bracket citation right after a sentence', () => {
    const t = 'Prices rose. [source: Ledger] More.';
    assert.ok(hasBracketCitation(t, spanOf(t, 'Prices rose.')));
    assert.ok(hasBracketCitation(t, spanOf(t, 'Prices rose. [source: Ledger]')), 'a splitter may keep the bracket in the sentence');
    assert.ok(!hasBracketCitation(t, spanOf(t, 'More.')));
    const mid = 'He cited [source: Ledger] data. Prices rose.';
    assert.ok(!hasBracketCitation(mid, spanOf(mid, 'Prices rose.')));
    assert.ok(!hasBracketCitation(mid, spanOf(mid, 'He cited [source: Ledger] data.')), 'only at the end of the sentence');
  });

  describe('ranking sources', () => {
    const t =
      'Mayor Ana Ruiz opened the pier on Monday. Ruiz said "it will bring jobs." Ruiz also said the port would expand. ' +
      'Union leader Tom Park said the jobs were temporary. The pier cost $9 million. Officials said the contract was rushed.';
    const ruiz = speaker(t, 's1', 'Ana Ruiz', 'person', ['Mayor Ana Ruiz', 'Ruiz', 'Ruiz'], 'Mayor');
    const park = speaker(t, 's2', 'Tom Park', 'person', ['Union leader Tom Park'], 'union leader');
    const officials = speaker(t, 's3', 'officials', 'anonymous', ['Officials']);
    const a = analysis(t, [quote(t, 'q1', 'direct', '"it will bring jobs."', 'said', ruiz, 'Ruiz')], [ruiz, park, officials]);

    it('puts the nearest source first and never offers an unnamed one', () => {
      const ranked = rankSources(a, spanOf(t, 'The pier cost $9 million.'));
      assert.deepStrictEqual(ranked.map((r) => r.name), ['Tom Park', 'Ana Ruiz']);
    });

    it('frequency decides between sources about as near', () => {
      const t2 = 'Ann Lee spoke first. Ann Lee. The fund is empty. Bo Kim. Then the vote.';
      const lee = speaker(t2, 's1', 'Ann Lee', 'person', ['Ann Lee', 'Ann Lee']);
      const kim = speaker(t2, 's2', 'Bo Kim', 'person', ['Bo Kim']);
      const ranked = rankSources(analysis(t2, [], [lee, kim]), spanOf(t2, 'The fund is empty.'));
      assert.deepStrictEqual(ranked.map((r) => [r.name, r.count]), [['Ann Lee', 2], ['Bo Kim', 1]]);
    });

    it('offers the outlet that relayed a quote and the dateline agency with its date', () => {
      const t3 = 'WIRE, 2020-01-02 - Ann Lee said the fund was empty, the Courier reported. Taxes rose.';
      const lee = speaker(t3, 's1', 'Ann Lee', 'person', ['Ann Lee']);
      const q = quote(t3, 'q1', 'indirect', 'the fund was empty', 'said', lee, 'Ann Lee', 'the Courier');
      const an = analysis(t3, [q], [lee]);
      an.article.dateline = { text: 'WIRE, 2020-01-02', span: [0, 16], agency: 'Wire Service', place: null, date: '2020-01-02' };
      const ranked = rankSources(an, spanOf(t3, 'Taxes rose.'));
      const names = ranked.map((r) => r.name);
      assert.ok(names.includes('the Courier'));
      const agency = ranked.find((r) => r.origin === 'dateline');
      assert.strictEqual(agency?.date, '2020-01-02');
    });
  });
});
