// The article model: headline, dateline/byline, page furniture, body paragraphs and sentences,
// all as offsets into the text. Each step is a linear pass over lines or characters:
//   lines.ts       text -> lines with offsets (\n, \r\n, lone \r)
//   furniture.ts   which lines are page furniture, alone and in groups
//   header.ts      headline, dateline and byline (dateline.ts forms, dates.ts ISO dates)
//   paragraphs.ts  body lines -> paragraphs; glosses.ts cuts non-English glosses out of them
//   sentences.ts   paragraphs -> sentences
import type { Article, Span } from '../types';
import { splitLines, trimSpan, type Line } from './lines';
import { classifyLine, markFurniture, type FurnitureKind } from './furniture';
import { readHeader } from './header';
import { groupParagraphs, subtract, type BodyLine } from './paragraphs';
import { findGlosses, glossHints } from './glosses';
import { splitSentences, terminalMarks } from './sentences';

export { splitSentences } from './sentences';
export type { FurnitureKind } from './furniture';

/** How many non-blank lines at the top of a page may hold long site notices. */
const EDGE_TOP = 4;

/** Line classifications kept between analyses by the incremental API: by line text, for lines
 *  below the top of the page (classifyLine is a function of the text and that flag). */
export interface LineKindCache {
  get(line: string): FurnitureKind | null | undefined;
  set(line: string, kind: FurnitureKind | null): void;
}

export function parseArticle(text: string, lineKindCache?: LineKindCache): Article {
  const lines = splitLines(text);
  // Site notices sit near the top of a page (comment policies at the bottom: markFurniture).
  let seenText = 0;
  const classify = (line: string): FurnitureKind | null => {
    const edge = ++seenText <= EDGE_TOP;
    if (edge || !lineKindCache) return classifyLine(line, edge);
    let k = lineKindCache.get(line);
    if (k === undefined) lineKindCache.set(line, (k = classifyLine(line, false)));
    return k;
  };
  const kindsOfLines = lines.map((l) => (l.text ? classify(l.text) : null));
  const header = readHeader(text, lines, kindsOfLines);
  const kinds = markFurniture(lines, kindsOfLines, header.taken);

  const furniture: { span: Span; kind: FurnitureKind | 'gloss' }[] = header.furniture.map((span) => ({ span, kind: 'share' }));
  for (const l of lines) {
    const k = kinds[l.index];
    if (k && l.text) furniture.push({ span: [l.start, l.end], kind: k });
  }

  // Body lines: everything else after the headline.
  const body: BodyLine[] = [];
  const blockLines = new Map<number, Line[]>();
  for (const l of lines) {
    if (!l.text || l.index <= header.headlineLine || kinds[l.index] || header.taken.has(l.index)) continue;
    const start = header.bodyStart.get(l.index) ?? l.start;
    if (start >= l.end) continue;
    body.push({ line: l, start });
    const list = blockLines.get(l.block);
    if (list) list.push(l);
    else blockLines.set(l.block, [l]);
  }
  const paragraphs: Span[] = [];
  const sentences: Span[] = [];
  const hints = glossHints(text);
  const marks = terminalMarks(text);
  for (const p of groupParagraphs(body, blockLines)) {
    const glosses = findGlosses(text, p[0], p[1], hints);
    for (const g of glosses) furniture.push({ span: g, kind: 'gloss' });
    for (const piece of subtract(p, glosses)) {
      const t = trimSpan(text, piece[0], piece[1]);
      if (!t) continue;
      paragraphs.push(t);
      splitSentences(text, t[0], t[1], sentences, marks);
    }
  }

  furniture.sort((a, b) => a.span[0] - b.span[0]);
  return {
    text,
    headline: header.headline,
    dateline: header.dateline,
    boilerplate: mergeSpans(text, furniture.map((f) => f.span)),
    paragraphs,
    sentences,
    byline: header.byline,
    furniture,
  };
}

/** Sorted spans, merged where only white space lies between them. */
function mergeSpans(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && (s[0] <= last[1] || trimSpan(text, last[1], s[0]) === null)) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}
