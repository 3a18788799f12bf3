// Groups body lines into paragraphs. Saved articles separate paragraphs by blank lines, by single
// line breaks, or hard-wrap them at a fixed width; a line joins the previous one only when the
// block is hard-wrapped or the break falls mid-sentence.
import type { Span } from '../types';
import type { Line } from './lines';

export interface BodyLine {
  line: Line;
  /** Where the body text starts on this line (after a lead dateline or link words). */
  start: number;
}

function endsSentence(s: string): boolean {
  return /[.!?:"”’)\]…]$/.test(s);
}

function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c > 0xbf && s[0] !== s[0].toUpperCase());
}

/** A block wrapped at a fixed width: three or more lines of similar length but the last. */
function hardWrapped(lines: Line[]): boolean {
  if (lines.length < 3) return false;
  let min = Infinity;
  let max = 0;
  for (let k = 0; k < lines.length - 1; k++) {
    const len = lines[k].end - lines[k].start;
    min = Math.min(min, len);
    max = Math.max(max, len);
  }
  return min >= 40 && max <= 110 && max - min <= 25;
}

export function groupParagraphs(body: BodyLine[], blockLines: Map<number, Line[]>): Span[] {
  const out: Span[] = [];
  let cur: Span | null = null;
  let prev: BodyLine | null = null;
  for (const b of body) {
    const joins =
      cur !== null && prev !== null && prev.line.block === b.line.block && prev.line.index === b.line.index - 1 &&
      (hardWrapped(blockLines.get(b.line.block) ?? []) ||
        startsLower(b.line.text) ||
        (prev.line.end - prev.line.start >= 50 && !endsSentence(prev.line.text)));
    if (joins && cur) cur[1] = b.line.end;
    else {
      if (cur) out.push(cur);
      cur = [b.start, b.line.end];
    }
    prev = b;
  }
  if (cur) out.push(cur);
  return out;
}

/** Removes the (sorted, disjoint) `holes` from `span`; returns the non-empty pieces. */
export function subtract(span: Span, holes: Span[]): Span[] {
  const out: Span[] = [];
  let s = span[0];
  for (const h of holes) {
    if (h[1] <= s || h[0] >= span[1]) continue;
    if (h[0] > s) out.push([s, h[0]]);
    s = Math.max(s, h[1]);
  }
  if (s < span[1]) out.push([s, span[1]]);
  return out;
}
