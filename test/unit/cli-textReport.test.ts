// The `analyze` text summary, on an analysis built here by hand (so it does not depend on the engine).
import * as assert from 'assert';
import type { Analysis } from '../../src/core';
import { LineIndex } from '../../src/cli/lineIndex';
import { renderTextReport } from '../../src/cli/textReport';
import { toJson } from '../../src/cli/toJson';

const text = [
  'Bridge to reopen in May',
  'HARBURG, April 2 (Rivernews) - The old bridge will reopen in May.',
  '"We are on schedule," city engineer Lena Voss told Rivernews.',
  'Voss said the repairs cost 12 million euros.',
  '"It was never safe," a resident said.',
].join('\n');
const at = (s: string): [number, number] => {
  const i = text.indexOf(s);
  return [i, i + s.length];
};

const analysis: Analysis = {
  article: {
    text,
    headline: { text: 'Bridge to reopen in May', span: at('Bridge to reopen in May') },
    dateline: { text: 'HARBURG, April 2 (Rivernews)', span: at('HARBURG, April 2 (Rivernews)'), agency: 'Rivernews', place: 'HARBURG', date: null },
    boilerplate: [],
    paragraphs: [at('The old bridge will reopen in May.')],
    sentences: [at('The old bridge will reopen in May.')],
  },
  quotes: [
    {
      id: 'q1',
      type: 'direct',
      spans: [at('"We are on schedule,"')],
      text: '"We are on schedule,"',
      cue: { text: 'told', span: at('told') },
      speaker: { id: 's1', entity: 'Lena Voss', mention: 'city engineer Lena Voss', mentionSpan: at('city engineer Lena Voss') },
      via: 'Rivernews',
    },
    {
      id: 'q2',
      type: 'indirect',
      spans: [at('the repairs cost 12 million euros')],
      text: 'the repairs cost 12 million euros',
      cue: { text: 'said', span: at('said the') },
      speaker: { id: 's1', entity: 'Lena Voss', mention: 'Voss', mentionSpan: at('Voss said') },
      via: null,
    },
    {
      id: 'q3',
      type: 'direct',
      spans: [at('"It was never safe,"')],
      text: '"It was never safe,"',
      cue: null,
      speaker: { id: null, entity: null, mention: null, mentionSpan: null },
      via: null,
    },
  ],
  speakers: [{ id: 's1', entity: 'Lena Voss', kind: 'person', role: 'city engineer', affiliation: 'Harburg', mentions: [] }],
  findings: [
    {
      rule: 'contradiction',
      severity: 'warning',
      span: at('"It was never safe,"'),
      message: 'safe / not safe',
      related: [{ span: at('"We are on schedule,"'), message: 'the other side' }],
    },
  ],
};

describe('cli renderTextReport', () => {
  const lines = renderTextReport('news/bridge.txt', analysis, new LineIndex(text)).split('\n');

  it('opens with the file, headline, dateline and counts', () => {
    assert.deepStrictEqual(lines.slice(0, 5), [
      '== news/bridge.txt',
      'Headline: Bridge to reopen in May',
      'Dateline: HARBURG, April 2 (Rivernews)  [Rivernews | HARBURG]',
      'Body: 1 paragraph, 1 sentence, 0 page-furniture spans skipped',
      'Quotes: 3 (2 direct, 0 mixed, 1 indirect) from 1 speaker; 1 finding',
    ]);
  });

  it('groups quotes by speaker with cue, relay and line, then unattributed quotes', () => {
    const start = lines.indexOf('Quotes by speaker');
    assert.deepStrictEqual(lines.slice(start + 1, start + 6), [
      '  Lena Voss (city engineer, Harburg)',
      '    [direct] "We are on schedule," (told, via Rivernews)  L3',
      '    [indirect] the repairs cost 12 million euros (said)  L4',
      '  (no speaker found)',
      '    [direct] "It was never safe,"  L5',
    ]);
  });

  it('lists findings with their place and related lines', () => {
    const start = lines.indexOf('Findings');
    assert.deepStrictEqual(lines.slice(start + 1, start + 3), ['  L5:1 warning contradiction: safe / not safe', '    see L3: the other side']);
  });
});

describe('cli toJson', () => {
  it('flattens the article model next to quotes, speakers and findings', () => {
    const o = toJson('news/bridge.txt', analysis);
    assert.deepStrictEqual(Object.keys(o), ['file', 'headline', 'dateline', 'boilerplate', 'paragraphs', 'sentences', 'quotes', 'speakers', 'findings']);
    assert.strictEqual(o.dateline, analysis.article.dateline);
    assert.strictEqual(o.quotes, analysis.quotes);
    assert.ok(!('text' in o), 'the article text is not repeated in the output');
  });
});
