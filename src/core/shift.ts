// Results moved by an edit's length: what the incremental analysis does to everything after an
// edit (spans, cue spans, mentions), in one place for every stage.
import type { Span, TextSpan } from './types';

export const shiftSpan = (s: Span, delta: number): Span => [s[0] + delta, s[1] + delta];

export const shiftTextSpan = (t: TextSpan, delta: number): TextSpan => ({ text: t.text, span: shiftSpan(t.span, delta) });

/** A mention record (offsets `s`, `e` and its nested parts) moved; itself when `delta` is 0. */
export function shiftMention<M extends { s: number; e: number; parts: M[] | null }>(m: M, delta: number): M {
  if (!delta) return m;
  return { ...m, s: m.s + delta, e: m.e + delta, parts: m.parts ? m.parts.map((x) => shiftMention(x, delta)) : null };
}
