// Small analyses built by hand for the cross-article tests: the rules see exactly the quotes and
// speakers a test names, whatever the attribution engine would make of the text.
import * as assert from 'assert';
import type { Analysis, Quote, Span, Speaker } from '../../src/core/types';

export const sp = (id: string, entity: string, extra: Partial<Speaker> = {}): Speaker => ({ id, entity, kind: 'person', role: null, affiliation: null, mentions: [], ...extra });

/** One-paragraph article with a dateline date and quotes located by their text. */
export function analysis(date: string, text: string, quotes: [string, Speaker, Quote['type']][]): Analysis {
  const qs: Quote[] = quotes.map(([content, s, type], i) => {
    const start = text.indexOf(content);
    assert.ok(start >= 0, content);
    return { id: `q${i + 1}`, type, spans: [[start, start + content.length] as Span], text: content, cue: null, speaker: { id: s.id, entity: s.entity, mention: s.entity, mentionSpan: null }, via: null };
  });
  return {
    article: { text, headline: null, dateline: { text: date, span: [0, 0], agency: null, place: null, date }, boilerplate: [], paragraphs: [[0, text.length]], sentences: [[0, text.length]] },
    quotes: qs,
    speakers: [...new Map(quotes.map(([, s]) => [s.id, s])).values()],
    findings: [],
  };
}
