// Which lines of an article fold away as page furniture. Pure (no `vscode`) so it is unit-tested.
import type { Span } from '../core/types';

/** Inclusive 0-based line range. */
export type LineRange = [number, number];

/** Line number of each offset, by counting line breaks (CRLF counts as one break). */
function lineOf(text: string, offset: number, from: { offset: number; line: number }): number {
  let line = from.line;
  // indexOf jumps from break to break: the text is a whole article, asked for after every edit.
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n', from.offset); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Furniture spans that touch or are separated only by whitespace become one block; each block
 * that covers two lines or more becomes a folding range. One-line furniture cannot fold.
 */
export function furnitureFoldLines(text: string, spans: readonly Span[]): LineRange[] {
  const sorted = spans
    .filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && s < text.length)
    .map(([s, e]): Span => [s, Math.min(e, text.length)])
    .sort((a, b) => a[0] - b[0]);
  const blocks: Span[] = [];
  for (const span of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && (span[0] <= last[1] || text.slice(last[1], span[0]).trim() === '')) last[1] = Math.max(last[1], span[1]);
    else blocks.push([span[0], span[1]]);
  }
  const ranges: LineRange[] = [];
  let cursor = { offset: 0, line: 0 };
  for (const [s, e] of blocks) {
    const startLine = lineOf(text, s, cursor);
    cursor = { offset: s, line: startLine };
    // The last character of the block, not the end offset, which may sit after its line break.
    let last = e - 1;
    while (last > s && (text[last] === '\n' || text[last] === '\r')) last--;
    const endLine = lineOf(text, last, cursor);
    cursor = { offset: last, line: endLine };
    if (endLine > startLine) ranges.push([startLine, endLine]);
  }
  return ranges;
}

/** One line's share of a furniture span: 0-based line, start column and length, in UTF-16 units. */
export interface LineSegment {
  line: number;
  start: number;
  length: number;
}

/**
 * Furniture spans cut at line breaks, in document order, blank parts dropped: the shape semantic
 * tokens need, since a token cannot cross a line.
 */
export function furnitureLineSegments(text: string, spans: readonly Span[]): LineSegment[] {
  const sorted = spans
    .filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && s < text.length)
    .map(([s, e]): Span => [s, Math.min(e, text.length)])
    .sort((a, b) => a[0] - b[0]);
  const out: LineSegment[] = [];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let line = 0;
  let covered = 0;
  for (const [s0, e] of sorted) {
    const s = Math.max(s0, covered);
    if (s >= e) continue;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= s) line++;
    for (let l = line, from = s; from < e; l++) {
      const lineEnd = l + 1 < lineStarts.length ? lineStarts[l + 1] - 1 : text.length;
      let to = Math.min(e, lineEnd);
      if (to > from && text[to - 1] === '\r') to--;
      const part = text.slice(from, to);
      const lead = part.length - part.trimStart().length;
      const body = part.trim();
      if (body) out.push({ line: l, start: from - lineStarts[l] + lead, length: body.length });
      from = lineEnd + 1;
      line = l;
    }
    covered = e;
  }
  return out;
}
