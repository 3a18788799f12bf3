// The article model: headline, dateline/byline, page furniture, body paragraphs and sentences,
// all as offsets into the text. Runs in linear time over the text (see DEVELOPERS.md, speed).
import type { Article, Dateline, Span, TextSpan } from '../types';
import { splitLines, trimSpan, type Line } from './lines';
import { classifyLine, linkPrefix, markFurniture, type FurnitureKind } from './furniture';
import { readDateline, readLead, isByline, isNameLine, agencyName, agencyIn } from './dateline';
import { findDate } from './dates';
import { looksLikeHeadline } from './headline';
import { groupParagraphs, subtract, type BodyLine } from './paragraphs';
import { findGlosses } from './glosses';
import { splitSentences } from './sentences';

export { splitSentences } from './sentences';
export type { FurnitureKind } from './furniture';

/** How many non-blank lines at the top of a page may hold long site notices. */
const EDGE_TOP = 4;
/** How many body lines after the headline may still hold the dateline. */
const DATELINE_WINDOW = 8;

export function parseArticle(text: string): Article {
  const lines = splitLines(text);
  // Site notices sit near the top of a page (and comment policies at the bottom: markFurniture).
  let seenText = 0;
  const lineKinds = lines.map((l) => (l.text ? classifyLine(l.text, ++seenText <= EDGE_TOP) : null));
  const protect = new Set<number>();
  const furniture: { span: Span; kind: FurnitureKind | 'gloss' }[] = [];

  let dateline: Dateline | null = null;
  let datelineLine = -1;
  let byline: TextSpan | null = null;
  let bylineAgency: string | null = null;
  /** Body start on a line when a dateline or link words open it. */
  const lineStart = new Map<number, number>();

  const takeDateline = (l: Line, offset: number, rest: string): boolean => {
    const dm = readDateline(rest);
    if (!dm) return false;
    const s = l.start + offset;
    dateline = { text: text.slice(s + dm.start, s + dm.end), span: [s + dm.start, s + dm.end], agency: dm.agency, place: dm.place, date: dm.date };
    datelineLine = l.index;
    if (dm.bodyStart < 0) protect.add(l.index);
    else lineStart.set(l.index, s + dm.bodyStart);
    return true;
  };

  // Headline: the first line that is neither furniture nor a date line.
  let headline: Article['headline'] = null;
  let h = -1;
  const lastText = lastNonBlank(lines);
  for (const l of lines) {
    if (!l.text || lineKinds[l.index]) continue;
    if (!dateline && readDateline(l.text)?.bodyStart === -1 && takeDateline(l, 0, l.text)) continue;
    if (looksLikeHeadline(l, l.index < lastText)) {
      h = l.index;
      headline = { text: l.text, span: [l.start, l.end] };
      protect.add(h);
    }
    break;
  }

  // Dateline and byline: among the first lines after the headline, behind any link words.
  let seen = 0;
  for (let i = h + 1; i < lines.length && seen < DATELINE_WINDOW && !dateline; i++) {
    const l = lines[i];
    if (!l.text || lineKinds[i]) continue;
    // Link words run into the dateline ("0 Comments Print E-mail Xinhua, May 2, 2019") count as
    // furniture only when a dateline follows them: "Share prices fell" is prose.
    const lp = linkPrefix(l.text);
    if (lp.count > 0 && lp.end < l.text.length && takeDateline(l, lp.end, l.text.slice(lp.end))) {
      const span = trimSpan(text, l.start, l.start + lp.end);
      if (span) furniture.push({ span, kind: 'share' });
      break;
    }
    const offset = 0;
    const rest = l.text;
    if (takeDateline(l, offset, rest)) break;
    if (!byline && isByline(rest)) {
      byline = { text: rest, span: [l.start + offset, l.end] };
      protect.add(i);
      continue;
    }
    // "By JOHN SMITH" over "Associated Press": the agency line belongs to the byline.
    if (byline && !bylineAgency && i === bylineLine(byline, lines) + 1 && agencyName(rest)) {
      bylineAgency = agencyName(rest);
      byline = { text: text.slice(byline.span[0], l.end), span: [byline.span[0], l.end] };
      protect.add(i);
      continue;
    }
    seen++;
  }
  const header = dateline as Dateline | null;
  if (header && protect.has(datelineLine)) {
    // "Kim Park in Leeds" over the date line reads as the byline.
    const above = previousText(lines, datelineLine);
    if (!byline && above > h && !lineKinds[above] && !protect.has(above) && isNameLine(lines[above].text)) {
      byline = { text: lines[above].text, span: [lines[above].start, lines[above].end] };
      protect.add(above);
    }
    // Further stamps under the date line ("Last modified on ...") are page furniture.
    for (let i = datelineLine + 1; i < lines.length; i++) {
      const l = lines[i];
      if (!l.text) continue;
      if (lineKinds[i] || readDateline(l.text)?.bodyStart !== -1 || !findDate(l.text)) break;
      lineKinds[i] = 'notice';
    }
  }

  // `dateline` is assigned inside takeDateline, which the compiler cannot see.
  // A dated byline line, then "RIVERSIDE - The council ...": the place belongs to the dateline.
  const first = dateline as Dateline | null;
  if (first && protect.has(datelineLine) && !first.place) {
    for (let i = datelineLine + 1; i < lines.length; i++) {
      const l = lines[i];
      if (!l.text || lineKinds[i]) continue;
      const lead = readLead(l.text);
      if (lead) {
        first.place = lead.place;
        first.agency ??= lead.agency;
        first.date ??= lead.date;
        lineStart.set(i, l.start + lead.bodyStart);
      }
      break;
    }
  }
  bylineAgency ??= byline ? agencyIn(byline.text) : null;
  if (first && !first.agency && bylineAgency) first.agency = bylineAgency;

  const kinds = markFurniture(lines, lineKinds, protect);
  for (const l of lines) {
    const k = kinds[l.index];
    if (k && l.text) furniture.push({ span: [l.start, l.end], kind: k });
  }

  // Body lines: everything else after the headline.
  const body: BodyLine[] = [];
  const blockLines = new Map<number, Line[]>();
  for (const l of lines) {
    if (!l.text || l.index <= h || kinds[l.index] || protect.has(l.index)) continue;
    const start = lineStart.get(l.index) ?? l.start;
    if (start >= l.end) continue;
    body.push({ line: l, start });
    const list = blockLines.get(l.block);
    if (list) list.push(l);
    else blockLines.set(l.block, [l]);
  }
  const paragraphs: Span[] = [];
  const sentences: Span[] = [];
  for (const p of groupParagraphs(body, blockLines)) {
    const glosses = findGlosses(text, p[0], p[1]);
    for (const g of glosses) furniture.push({ span: g, kind: 'gloss' });
    for (const piece of subtract(p, glosses)) {
      const t = trimSpan(text, piece[0], piece[1]);
      if (!t) continue;
      paragraphs.push(t);
      splitSentences(text, t[0], t[1], sentences);
    }
  }

  furniture.sort((a, b) => a.span[0] - b.span[0]);
  const article: Article = {
    text,
    headline,
    dateline,
    boilerplate: mergeSpans(text, furniture.map((f) => f.span)),
    paragraphs,
    sentences,
  };
  article.byline = byline;
  article.furniture = furniture;
  return article;
}

function bylineLine(byline: TextSpan, lines: Line[]): number {
  for (const l of lines) if (l.end >= byline.span[1] && l.start <= byline.span[1]) return l.index;
  return -1;
}

function previousText(lines: Line[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (lines[k].text) return k;
  return -1;
}

function lastNonBlank(lines: Line[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i].text) return i;
  return -1;
}

/** Sorted spans, merged where only white space lies between them. */
function mergeSpans(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) {
      last[1] = Math.max(last[1], s[1]);
      continue;
    }
    if (last && trimSpan(text, last[1], s[0]) === null) {
      last[1] = Math.max(last[1], s[1]);
      continue;
    }
    out.push([s[0], s[1]]);
  }
  return out;
}
