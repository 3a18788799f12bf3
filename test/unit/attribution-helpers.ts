// Shared helpers for the attribution tests: run the real article model and engine on a body of
// our own sentences (a headline line is added on top, as saved articles have one).
import * as assert from 'node:assert/strict';
import { parseArticle, findAttributions, type Quote } from '../../src/core';

export const HEADLINE = 'Council weighs new harbour plan';

export function attribute(body: string) {
  const text = `${HEADLINE}\n\n${body}`;
  const result = findAttributions(parseArticle(text));
  return { text, ...result };
}

/** The quote whose text contains `needle`; fails the test when there is none. */
export function quoteWith(r: { quotes: Quote[] }, needle: string): Quote {
  const q = r.quotes.find((x) => x.text.includes(needle));
  assert.ok(q, `no quote containing ${JSON.stringify(needle)}; got ${JSON.stringify(r.quotes.map((x) => x.text))}`);
  return q;
}

/** Every span of the quote, as text. */
export function spanTexts(text: string, q: Quote): string[] {
  return q.spans.map(([s, e]) => text.slice(s, e));
}
