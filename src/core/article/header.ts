// The top of the page: headline, dateline and byline. Reads the lines after the headline until
// the dateline turns up (or a few body lines have gone by), and notes where body text starts on
// a line that a dateline opens ("MOSCOW, Oct. 25 (Reuters) - The ...").
import type { Dateline, Headline, Span, TextSpan } from '../types';
import { trimSpan, type Line } from './lines';
import { linkPrefix, type FurnitureKind } from './furniture';
import { readDateline, readLead, isByline, isNameLine, agencyName, agencyIn, type DatelineMatch } from './dateline';
import { findDate } from './dates';
import { looksLikeHeadline } from './headline';
import { detached } from '../detached';

/** How many body lines after the headline may still hold the dateline. */
const DATELINE_WINDOW = 8;

export interface Header {
  headline: Headline | null;
  /** Line index of the headline, -1 when there is none. */
  headlineLine: number;
  dateline: Dateline | null;
  byline: TextSpan | null;
  /** Lines that belong wholly to the headline, dateline or byline. */
  taken: Set<number>;
  /** Where body text starts on a line opened by a dateline. */
  bodyStart: Map<number, number>;
  /** Link words in front of a dateline ("Print E-mail Xinhua, ..."). */
  furniture: Span[];
  /** The last line the header was read from: the header depends on no line after it (but for
   *  whether any text follows the headline). */
  scanned: number;
}

/** Finds the header; may mark further date stamps under the dateline in `lineKinds`. */
export function readHeader(text: string, lines: Line[], lineKinds: (FurnitureKind | null)[]): Header {
  const hd: Header = { headline: null, headlineLine: -1, dateline: null, byline: null, taken: new Set(), bodyStart: new Map(), furniture: [], scanned: -1 };
  let datelineLine = -1;

  const take = (l: Line, offset: number, dm: DatelineMatch) => {
    const s = l.start + offset;
    hd.dateline = { text: detached(text.slice(s + dm.start, s + dm.end)), span: [s + dm.start, s + dm.end], agency: dm.agency, place: dm.place, date: dm.date };
    datelineLine = l.index;
    if (dm.bodyStart < 0) hd.taken.add(l.index);
    else hd.bodyStart.set(l.index, s + dm.bodyStart);
  };

  // Headline: the first line that is neither furniture nor a date line.
  const last = lastText(lines);
  for (const l of lines) {
    hd.scanned = l.index;
    if (!l.text || lineKinds[l.index]) continue;
    const dm = hd.dateline ? null : readDateline(l.text);
    if (dm && dm.bodyStart === -1) {
      take(l, 0, dm);
      continue;
    }
    if (looksLikeHeadline(l, l.index < last)) {
      hd.headlineLine = l.index;
      hd.headline = { text: l.text, span: [l.start, l.end] };
      hd.taken.add(l.index);
    }
    break;
  }

  // Dateline and byline: among the first lines after the headline.
  let bylineAgency: string | null = null;
  let bylineLine = -1;
  let seen = 0;
  for (let i = hd.headlineLine + 1; i < lines.length && seen < DATELINE_WINDOW && !hd.dateline; i++) {
    const l = lines[i];
    hd.scanned = Math.max(hd.scanned, i);
    if (!l.text || lineKinds[i]) continue;
    // Link words run into the dateline ("0 Comments Print E-mail Xinhua, May 2, 2019") count as
    // furniture only when a dateline follows them: "Share prices fell" is prose.
    const lp = linkPrefix(l.text);
    const behindLinks = lp.count > 0 && lp.end < l.text.length ? readDateline(l.text.slice(lp.end)) : null;
    if (behindLinks) {
      take(l, lp.end, behindLinks);
      const span = trimSpan(text, l.start, l.start + lp.end);
      if (span) hd.furniture.push(span);
      break;
    }
    const dm = readDateline(l.text);
    if (dm) {
      take(l, 0, dm);
      break;
    }
    if (!hd.byline && isByline(l.text)) {
      hd.byline = { text: l.text, span: [l.start, l.end] };
      hd.taken.add(i);
      bylineLine = i;
      continue;
    }
    // "By JOHN SMITH" over "Associated Press": the agency line belongs to the byline.
    if (hd.byline && !bylineAgency && i === bylineLine + 1 && agencyName(l.text)) {
      bylineAgency = agencyName(l.text);
      hd.byline = { text: detached(text.slice(hd.byline.span[0], l.end)), span: [hd.byline.span[0], l.end] };
      hd.taken.add(i);
      continue;
    }
    seen++;
  }

  const dateline = hd.dateline as Dateline | null; // assigned inside take(), unseen by the compiler
  if (dateline && hd.taken.has(datelineLine)) {
    // "Kim Park in Leeds" over the date line reads as the byline.
    const above = previousText(lines, datelineLine);
    if (!hd.byline && above > hd.headlineLine && !lineKinds[above] && !hd.taken.has(above) && isNameLine(lines[above].text)) {
      hd.byline = { text: lines[above].text, span: [lines[above].start, lines[above].end] };
      hd.taken.add(above);
    }
    // Further stamps under the date line ("Last modified on ...") are page furniture.
    for (let i = datelineLine + 1; i < lines.length; i++) {
      const l = lines[i];
      hd.scanned = Math.max(hd.scanned, i);
      if (!l.text) continue;
      if (lineKinds[i] || readDateline(l.text)?.bodyStart !== -1 || !findDate(l.text)) break;
      lineKinds[i] = 'notice';
    }
    // A dated byline line, then "RIVERSIDE - The council ...": the place belongs to the dateline.
    if (!dateline.place) {
      for (let i = datelineLine + 1; i < lines.length; i++) {
        const l = lines[i];
        hd.scanned = Math.max(hd.scanned, i);
        if (!l.text || lineKinds[i]) continue;
        const lead = readLead(l.text);
        if (lead) {
          dateline.place = lead.place;
          dateline.agency ??= lead.agency;
          dateline.date ??= lead.date;
          hd.bodyStart.set(i, l.start + lead.bodyStart);
        }
        break;
      }
    }
  }
  bylineAgency ??= hd.byline ? agencyIn(hd.byline.text) : null;
  if (dateline && !dateline.agency && bylineAgency) dateline.agency = bylineAgency;
  return hd;
}

function previousText(lines: Line[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (lines[k].text) return k;
  return -1;
}

function lastText(lines: Line[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i].text) return i;
  return -1;
}
