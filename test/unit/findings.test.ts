// Findings rules on sentences of our own: what is flagged, what is left alone, and why.
import * as assert from 'assert';
import { compareStatements, ownStatement, quoteStatement, findFindings, checkWorthiness } from '../../src/core/findings';
import { findQuantities, quantitiesClash } from '../../src/core/findings/numbers';
import { tokenize, stem, keyOf } from '../../src/core/findings/text';
import type { Article, Quote, Span, Speaker } from '../../src/core/types';

/** Builds a quote over `content` found in `text`, said by `speaker` with `cue`. */
function quote(text: string, id: string, content: string, speaker: Speaker, cue = 'said', type: Quote['type'] = 'indirect'): Quote {
  const start = text.indexOf(content);
  assert.ok(start >= 0, `content not in text: ${content}`);
  const span: Span = [start, start + content.length];
  const cs = text.indexOf(cue);
  return {
    id,
    type,
    spans: [span],
    text: content,
    cue: cs >= 0 ? { text: cue, span: [cs, cs + cue.length] } : null,
    speaker: { id: speaker.id, entity: speaker.entity, mention: speaker.entity, mentionSpan: null },
    via: null,
  };
}
const person = (id: string, entity: string): Speaker => ({ id, entity, kind: 'person', role: null, affiliation: null, mentions: [] });
const st = (text: string, q: Quote, sp: Speaker[]) => quoteStatement(text, q, new Map(sp.map((s) => [s.id, s])));

function article(text: string): Article {
  const paragraphs: Span[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) paragraphs.push([m.index, m.index + m[0].length]);
  return { text, headline: null, dateline: null, boilerplate: [], paragraphs, sentences: paragraphs.slice() };
}

describe('findings: text helpers', () => {
  it('makes inflections and derivations meet', () => {
    assert.strictEqual(stem('agreed'), stem('agreement'));
    assert.strictEqual(stem('shared'), stem('sharing'));
    assert.strictEqual(keyOf('information'), keyOf('intelligence'));
    assert.strictEqual(keyOf('cooperation'), keyOf('sharing'));
    assert.strictEqual(keyOf('the'), null);
  });
  it('keeps offsets of tokens', () => {
    const t = tokenize('The U.S. sent 1,200 troops.', 10);
    const n = t.find((x) => x.text === '1,200')!;
    assert.deepStrictEqual([n.start, n.end], [24, 29]);
  });
});

describe('findings: figures', () => {
  it('reads bounds, ranges and "all but"', () => {
    const [a] = findQuantities(tokenize('up to 9 years in prison'));
    assert.deepStrictEqual([a.kind, a.lo, a.hi], ['prison-years', 0, 9]);
    const [b] = findQuantities(tokenize('between 12 and 15 people were missing'));
    assert.deepStrictEqual([b.kind, b.lo, b.hi], ['missing', 12, 15]);
    const [c] = findQuantities(tokenize('all but two of the nine passengers died'));
    assert.deepStrictEqual([c.kind, c.lo, c.hi], ['dead', 7, 7]);
  });
  it('tells clashing figures from compatible ones', () => {
    const q = (s: string) => findQuantities(tokenize(s))[0];
    assert.ok(quantitiesClash(q('four Dutch tourists were killed'), q('seven Dutch tourists died')));
    assert.ok(!quantitiesClash(q('at least four people were killed'), q('seven people died')));
    assert.ok(!quantitiesClash(q('four children were killed'), q('seven people died'))); // a subset
  });
});

describe('findings: contradiction', () => {
  const mayor = person('s1', 'Ana Ruiz');
  const union = person('s2', 'Tom Hale');
  it('flags a denial of what the other side asserts (negation, with synonyms)', () => {
    const text = 'Ruiz said the council had agreed to share payroll data with the union. Hale said there was no agreement to exchange payroll information with the council.';
    const a = st(text, quote(text, 'q1', 'the council had agreed to share payroll data with the union', mayor), [mayor, union]);
    const b = st(text, quote(text, 'q2', 'there was no agreement to exchange payroll information with the council', union), [mayor, union]);
    assert.deepStrictEqual(compareStatements(a, b)?.kind, 'negation');
  });
  it('does not flag two statements that merely share words', () => {
    const text = 'Ruiz said the council had agreed to share payroll data. Hale said the union would not strike this winter.';
    const a = st(text, quote(text, 'q1', 'the council had agreed to share payroll data', mayor), [mayor, union]);
    const b = st(text, quote(text, 'q2', 'the union would not strike this winter', union), [mayor, union]);
    assert.strictEqual(compareStatements(a, b), null);
  });
  it('flags different figures for one count, not a figure that changed over time', () => {
    const text = 'Ruiz said five Dutch tourists were injured in the crash. Hale said nine Dutch tourists were injured. Hale said the toll rose from five Dutch tourists injured to nine.';
    const a = st(text, quote(text, 'q1', 'five Dutch tourists were injured in the crash', mayor), [mayor, union]);
    const b = st(text, quote(text, 'q2', 'nine Dutch tourists were injured', union), [mayor, union]);
    const c = st(text, quote(text, 'q3', 'the toll rose from five Dutch tourists injured to nine', union), [mayor, union]);
    assert.strictEqual(compareStatements(a, b)?.kind, 'numeric');
    assert.strictEqual(compareStatements(a, c), null);
  });
  it('flags competing causes (accident against a deliberate act)', () => {
    const text = 'Fire officials said a gas leak caused the blast. Police said the blast was caused by a bomb.';
    const a = st(text, quote(text, 'q1', 'a gas leak caused the blast', mayor), [mayor, union]);
    const b = st(text, quote(text, 'q2', 'the blast was caused by a bomb', union), [mayor, union]);
    assert.strictEqual(compareStatements(a, b)?.kind, 'factual');
  });
  it('reports a clash on both sides, each pointing at the other', () => {
    const text = 'Ruiz said the bridge had been repaired by the city. Hale said the bridge had not been repaired.';
    const q1 = quote(text, 'q1', 'the bridge had been repaired by the city', mayor);
    const q2 = quote(text, 'q2', 'the bridge had not been repaired', union);
    const findings = findFindings(article(text), { quotes: [q1, q2], speakers: [mayor, union] }).filter((f) => f.rule === 'contradiction');
    assert.strictEqual(findings.length, 2);
    assert.deepStrictEqual(findings[0].related[0].span, q2.spans[0]);
    assert.deepStrictEqual(findings[1].related[0].span, q1.spans[0]);
    assert.strictEqual(findings[0].severity, 'warning');
    assert.deepStrictEqual(findings[0].data?.speakers, ['Ana Ruiz', 'Tom Hale']);
    assert.match(findings[0].message, /Ana Ruiz.*Tom Hale/);
  });
  it('reads a negation inside an if-clause as a hypothesis, not a denial', () => {
    const text = 'Ruiz said if the board does not approve the loan, the ferry will stop. Hale said the board approved the ferry loan.';
    const a = st(text, quote(text, 'q1', 'if the board does not approve the loan, the ferry will stop', mayor), [mayor, union]);
    const b = st(text, quote(text, 'q2', 'the board approved the ferry loan', union), [mayor, union]);
    assert.strictEqual(a.denied.size, 0);
    assert.strictEqual(compareStatements(a, b), null);
  });
  it('lets a denying cue deny the predicate, not its subject', () => {
    const text = 'The ministry denied the two fires were linked. Hale said the two fires started in the same warehouse.';
    const a = st(text, quote(text, 'q1', 'the two fires were linked', mayor, 'denied'), [mayor, union]);
    const b = st(text, quote(text, 'q2', 'the two fires started in the same warehouse', union), [mayor, union]);
    assert.ok(a.denied.has(keyOf('linked')!));
    assert.ok(!a.denied.has(keyOf('fires')!));
    assert.strictEqual(compareStatements(a, b, true), null);
  });
  it('closes a negation at the full stop', () => {
    const text = 'Hale said: "We are not leaving. The union plans a new vote."';
    const q = quote(text, 'q1', '"We are not leaving. The union plans a new vote."', union, 'said', 'direct');
    const s = st(text, q, [union]);
    assert.ok(s.pos.has(keyOf('plans')!));
  });
  it('flags a speaker contradicting themselves only when the remarks sit together', () => {
    const claim = 'Ruiz said the council had agreed to share payroll data with the union.';
    const denial = 'Ruiz said there was no agreement to share payroll data with the union.';
    const filler = ' The weather in the valley was mild for the season and the river stayed within its banks.'.repeat(4);
    for (const [text, expected] of [
      [`${claim} ${denial}`, 2],
      [`${claim}${filler} ${denial}`, 0],
    ] as const) {
      const q1 = quote(text, 'q1', 'the council had agreed to share payroll data with the union', mayor);
      const start = text.lastIndexOf('there was no agreement');
      const q2: Quote = { ...quote(text, 'q2', 'there was no agreement to share payroll data with the union', mayor), spans: [[start, start + 59]] };
      const found = findFindings(article(text), { quotes: [q1, q2], speakers: [mayor] }).filter((f) => f.rule === 'contradiction');
      assert.strictEqual(found.length, expected, text.length.toString());
    }
  });
  it('does not set the article against itself', () => {
    const text = 'The bridge had been repaired. The bridge had not been repaired.';
    const a = ownStatement(text, [0, 29]);
    const b = ownStatement(text, [30, text.length]);
    assert.strictEqual(compareStatements(a, b, true), null);
  });
});

describe('findings: unattributed', () => {
  it('says why a sentence is check-worthy', () => {
    assert.strictEqual(checkWorthiness('About 400 workers lost their jobs at the plant.')?.why, 'a figure');
    assert.strictEqual(checkWorthiness('The manager was convicted of fraud in 2011.')?.why, 'an accusation');
    assert.strictEqual(checkWorthiness('The plant is the largest employer in the valley.')?.why, 'a superlative');
    assert.strictEqual(checkWorthiness('The plant opened on a Tuesday.'), null);
    assert.strictEqual(checkWorthiness('The river is 40 km long.'), null); // a measure, not a count
  });
  it('flags an unsourced claim, not a sourced one, the lead, nor a quotation', () => {
    const text = [
      'The mill closed on Friday after a long strike.',
      'About 400 workers lost their jobs, the union said.',
      'The owner was convicted of fraud in 2011.',
      '"We were never paid on time," one worker said.',
      'Some 3,000 families depend on the mill.',
    ].join('\n');
    const f = findFindings(article(text), { quotes: [], speakers: [] }).filter((x) => x.rule === 'unattributed');
    const flagged = f.map((x) => text.slice(x.span[0], x.span[1]));
    assert.deepStrictEqual(flagged, ['The owner was convicted of fraud in 2011.', 'Some 3,000 families depend on the mill.']);
    assert.match(f[0].message, /an accusation with no source/);
    assert.strictEqual(f[0].severity, 'information');
  });
  it('treats "reportedly" as no source', () => {
    const text = 'Lead sentence here.\nThe minister reportedly accepted bribes from two firms.';
    const f = findFindings(article(text), { quotes: [], speakers: [] }).filter((x) => x.rule === 'unattributed');
    assert.strictEqual(f.length, 1);
  });
  it('never throws on odd input', () => {
    assert.doesNotThrow(() => findFindings(article(''), { quotes: [], speakers: [] }));
    assert.doesNotThrow(() => findFindings(article('"\n\u201C\n12'), { quotes: [], speakers: [] }));
  });
});
