// Grouping behind the Quotes by Speaker view: one node per entity within and across articles,
// unnamed sources kept apart, filters and sort orders.
import * as assert from 'assert';
import fc from 'fast-check';
import type { Finding, Quote, Span } from '../../src/core/types';
import { countFindings, findingCounter, firstWords, normaliseName, SpeakerDirectory, UNRESOLVED_KEY, type ArticleEntry, type ViewOptions } from '../../src/extension/quotesTreeModel';
import { quote, spanOf, speaker } from './extension-helpers';

const A = 'Mayor Ana Ruiz said "the pier opens in May." Ruiz said the budget was balanced. The mayor said "no more delays." Officials said the contract was rushed. "It was a mistake," one voter said.';
const B = 'Ruiz told reporters that the pier was late. Port chief Eli Moss said "we need two more months."';

function articleA(): ArticleEntry {
  const ruiz = speaker(A, 's1', 'Ana Ruiz', 'person', ['Mayor Ana Ruiz', 'Ruiz', 'The mayor'], 'Mayor', 'Harbourtown');
  const off = speaker(A, 's2', 'officials', 'anonymous', ['Officials']);
  return {
    uri: 'file:///ws/a.txt',
    title: 'Pier opening',
    speakers: [ruiz, off],
    quotes: [
      quote(A, 'q1', 'direct', '"the pier opens in May."', 'said', ruiz, 'Mayor Ana Ruiz'),
      quote(A, 'q2', 'indirect', 'the budget was balanced', 'said', ruiz, 'Ruiz'),
      quote(A, 'q3', 'direct', '"no more delays."', 'said', ruiz, 'The mayor'),
      quote(A, 'q4', 'indirect', 'the contract was rushed', 'said', off, 'Officials'),
      quote(A, 'q5', 'direct', '"It was a mistake,"', 'said', null, null),
    ],
    findings: [{ rule: 'contradiction', severity: 'warning', span: spanOf(A, '"no more delays."'), message: 'x', related: [{ span: spanOf(A, '"the pier opens in May."'), message: 'y' }] }],
  };
}

function articleB(): ArticleEntry {
  const ruiz = speaker(B, 's1', 'Ruiz', 'person', ['Ruiz']);
  const moss = speaker(B, 's2', 'Eli Moss', 'person', ['Port chief Eli Moss'], 'port chief');
  return {
    uri: 'file:///ws/b.txt',
    title: 'Pier late',
    speakers: [ruiz, moss],
    quotes: [quote(B, 'q1', 'indirect', 'that the pier was late', 'told', ruiz, 'Ruiz'), quote(B, 'q2', 'direct', '"we need two more months."', 'said', moss, 'Port chief Eli Moss')],
    findings: [],
  };
}

const all: ViewOptions = { scope: 'workspace', types: [], hasFindingsOnly: false, sort: 'count' };

describe('extension quotes tree model', () => {
  it('one node per entity in an article, whatever the mention', () => {
    const d = new SpeakerDirectory([articleA()]);
    const ruiz = d.view(all).find((g) => g.name === 'Ana Ruiz');
    assert.strictEqual(ruiz?.quotes.length, 3);
    assert.strictEqual(ruiz?.role, 'Mayor');
  });

  it('merges a bare surname in another article with the one full name ending in it', () => {
    const d = new SpeakerDirectory([articleA(), articleB()]);
    const groups = d.view(all);
    const ruiz = groups.filter((g) => /Ruiz/.test(g.name));
    assert.strictEqual(ruiz.length, 1);
    assert.strictEqual(ruiz[0].name, 'Ana Ruiz');
    assert.deepStrictEqual(new Set(ruiz[0].quotes.map((q) => q.uri)), new Set(['file:///ws/a.txt', 'file:///ws/b.txt']));
    assert.strictEqual(d.keyOf('file:///ws/b.txt', 's1'), d.keyOf('file:///ws/a.txt', 's1'));
  });

  it('a bare surname tagged as an organization still joins the one person it names', () => {
    const base = articleB();
    const b = { ...base, speakers: [{ ...base.speakers[0], kind: 'organization' as const }, ...base.speakers.slice(1)] };
    const d = new SpeakerDirectory([b, articleA()]);
    assert.strictEqual(d.keyOf(b.uri, 's1'), d.keyOf('file:///ws/a.txt', 's1'));
    const g = d.groups.get(d.keyOf(b.uri, 's1'))!;
    assert.strictEqual(g.kind, 'person');
    assert.strictEqual(g.name, 'Ana Ruiz');
  });

  it('does not merge a surname shared by two different full names', () => {
    const extra: ArticleEntry = { uri: 'file:///ws/c.txt', title: 'C', speakers: [speaker('Luis Ruiz spoke.', 's1', 'Luis Ruiz', 'person', ['Luis Ruiz'])], quotes: [], findings: [] };
    const d = new SpeakerDirectory([articleA(), articleB(), extra]);
    assert.notStrictEqual(d.keyOf('file:///ws/b.txt', 's1'), d.keyOf('file:///ws/a.txt', 's1'));
  });

  it('keeps unnamed sources of different articles apart and puts unresolved quotes last', () => {
    const other: ArticleEntry = { ...articleA(), uri: 'file:///ws/a2.txt' };
    const groups = new SpeakerDirectory([articleA(), other]).view(all);
    assert.strictEqual(groups.filter((g) => g.kind === 'anonymous').length, 2);
    assert.strictEqual(groups[groups.length - 1].key, UNRESOLVED_KEY);
  });

  it('filters by article, type, findings and speaker', () => {
    const d = new SpeakerDirectory([articleA(), articleB()]);
    const active = d.view({ ...all, scope: 'active', activeUri: 'file:///ws/b.txt' });
    assert.deepStrictEqual(active.flatMap((g) => g.quotes.map((q) => q.uri)).every((u) => u === 'file:///ws/b.txt'), true);
    const direct = d.view({ ...all, types: ['direct'] });
    assert.ok(direct.every((g) => g.quotes.every((q) => q.quote.type === 'direct')));
    const withFindings = d.view({ ...all, hasFindingsOnly: true });
    assert.deepStrictEqual(withFindings.flatMap((g) => g.quotes.map((q) => q.quote.id)).sort(), ['q1', 'q3']);
    const key = d.keyOf('file:///ws/b.txt', 's2');
    assert.deepStrictEqual(d.view({ ...all, speakerKey: key }).map((g) => g.name), ['Eli Moss']);
  });

  it('sorts by count or by name', () => {
    const d = new SpeakerDirectory([articleA(), articleB()]);
    assert.strictEqual(d.view(all)[0].name, 'Ana Ruiz');
    const byName = d.view({ ...all, sort: 'name' }).map((g) => g.name);
    assert.deepStrictEqual(byName.slice(0, -1), [...byName.slice(0, -1)].sort((a, b) => a.localeCompare(b)));
  });

  it('counts findings on either side of a quote', () => {
    const a = articleA();
    assert.strictEqual(countFindings(a.quotes[0], a.findings), 1);
    assert.strictEqual(countFindings(a.quotes[1], a.findings), 0);
  });

  it('the interval finding counter agrees with the plain count on random spans', () => {
    const span = fc.tuple(fc.nat(500), fc.integer({ min: 1, max: 80 })).map(([s, n]): Span => [s, s + n]);
    fc.assert(
      fc.property(fc.array(fc.tuple(span, fc.array(span, { maxLength: 2 })), { maxLength: 15 }), fc.array(fc.array(span, { minLength: 1, maxLength: 3 }), { maxLength: 10 }), (fs, qs) => {
        const findings: Finding[] = fs.map(([s, rel]) => ({ rule: 'contradiction', severity: 'warning', span: s, message: '', related: rel.map((r) => ({ span: r, message: '' })) }));
        const count = findingCounter(findings);
        for (const spans of qs) {
          const q = { spans } as Quote;
          assert.strictEqual(count(q), countFindings(q, findings));
        }
      }),
    );
  });

  it('normalises names and shortens labels', () => {
    assert.strictEqual(normaliseName('  The  Ministry of Défense '), 'ministry of defense');
    assert.strictEqual(firstWords('one two three four five six seven eight nine', 8), 'one two three four five six seven eight…');
    assert.strictEqual(firstWords('short one'), 'short one');
  });
});
