// Dateline and byline forms news pages open with:
//   a date line        "Wednesday, January 8, 2020", "Published: 3 March 2021 10:05 GMT"
//   agency and date    "Xinhua, October 25, 2014", "Reuters | March 3, 2021"
//   a byline           "By Jane Doe, Staff Writer | March 3, 2021" (a dateline when it has a date)
//   a lead dateline    "MOSCOW, Oct. 25 (Reuters) -", "WASHINGTON (AP) —", "PHNOM PENH - ",
//                      "WASHINGTON (Jan. 08, 2020) --", "KABUL, Afghanistan (AP) —"
import { findDate } from './dates';
import { wordCount } from './lines';

export interface DatelineMatch {
  /** Offsets inside the searched string. */
  start: number;
  end: number;
  agency: string | null;
  place: string | null;
  date: string | null;
  /** Where the body resumes in the searched string (after the separator), or -1 for a whole line. */
  bodyStart: number;
}

// Wire services and outlets that appear by name in bylines ("By Jane Doe, Associated Press").
const AGENCIES = [
  'Associated Press', 'AP', 'Reuters', 'AFP', 'Agence France-Presse', 'Xinhua', 'UPI', 'Bloomberg', 'dpa', 'EFE',
  'ANSA', 'Kyodo', 'Yonhap', 'TASS', 'Itar-Tass', 'RIA Novosti', 'Interfax', 'PTI', 'IANS', 'ANI', 'CNN', 'BBC',
  'VOA', 'Anadolu', 'Al Jazeera', 'Bernama', 'Antara', 'Press Association', 'PA', 'Canadian Press', 'AAP', 'NPR',
  'CNA', 'Kyodo News', 'Yonhap News', 'Sputnik', 'IRNA', 'WAFA', 'MENA', 'SPA', 'KCNA', 'Prensa Latina',
];
const AGENCY_RE = new RegExp(`(?:^|[\\s,(|/–—-])(${AGENCIES.map((a) => a.replace(/[-.]/g, '\\$&')).join('|')})(?=$|[\\s,)|/–—-])`);

// Words a date line may carry around the date itself.
const DATE_WORDS = new Set([
  'published', 'updated', 'posted', 'last', 'modified', 'on', 'at', 'date', 'dated', 'first', 'am', 'pm', 'a.m.',
  'p.m.', 'gmt', 'utc', 'bst', 'cet', 'cest', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'pt', 'pst', 'pdt', 'mt', 'ist',
  'jst', 'aest', 'local', 'time', 'hkt', 'sgt', 'wib', 'msk', 'and', 'min', 'mins', 'read', 'minute', 'minutes',
  'hours', 'ago', 'hour', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
]);

function cleanAgency(s: string): string | null {
  const t = s.replace(/^[\s|,:;·•/–—-]+|[\s|,:;·•/–—-]+$/g, '');
  return t || null;
}

/** A short line that is only a date, optionally with a publisher name, labels and a time. */
function dateLine(s: string): DatelineMatch | null {
  if (s.length > 160 || wordCount(s) > 16) return null;
  const d = findDate(s);
  if (!d) return null;
  const before = s.slice(0, d.start);
  const after = s.slice(d.end);
  // What follows the date may only be times, zones, labels and separators.
  for (const w of after.split(/[\s|,·•/()–—-]+/)) {
    if (!w) continue;
    if (/^\d{1,2}(?:[:.]\d{2}){1,2}(?:[ap]\.?m\.?)?$/i.test(w) || /^\d{1,3}$/.test(w)) continue;
    if (!DATE_WORDS.has(w.toLowerCase().replace(/[:.]$/, ''))) return null;
  }
  // What precedes it: labels, a time, or a publisher name of a few capitalised words.
  let agency: string | null = null;
  const words = before.split(/[\s|,·•:–—-]+/).filter(Boolean);
  const name: string[] = [];
  for (const w of words) {
    const lw = w.toLowerCase();
    if (DATE_WORDS.has(lw) || /^\d{1,2}(?:[:.]\d{2}){1,2}$/.test(w)) {
      if (name.length) return null;
      continue;
    }
    if (!/^[A-Z0-9]/.test(w)) return null;
    name.push(w);
  }
  if (name.length > 4) return null;
  if (name.length) agency = cleanAgency(before.replace(/^\s*(?:published|updated|posted)\s*:?/i, ''));
  return { start: 0, end: s.length, agency, place: null, date: d.iso, bodyStart: -1 };
}

/** The agency when `s` is nothing but its name ("Associated Press"). */
export function agencyName(s: string): string | null {
  const t = s.replace(/^[\s,|–—-]+|[\s,.|–—-]+$/g, '');
  return AGENCIES.includes(t) ? t : null;
}

/** A wire service named inside a byline ("By Jane Doe, Associated Press"). */
export function agencyIn(s: string): string | null {
  return AGENCY_RE.exec(s)?.[1] ?? null;
}

/** "By Jane Doe, Staff Writer | March 3, 2021": a dateline when it carries a date. */
export function bylineDate(s: string): DatelineMatch | null {
  if (!/^By\s+\p{Lu}/u.test(s) || s.length > 200) return null;
  const d = findDate(s);
  if (!d) return null;
  const m = AGENCY_RE.exec(s.slice(0, d.start)) ?? AGENCY_RE.exec(s.slice(d.end));
  return { start: 0, end: s.length, agency: m ? m[1] : null, place: null, date: d.iso, bodyStart: -1 };
}

/** "By C. Todd Lopez", "By JOHN SMITH Associated Press": a byline without a date. */
export function isByline(s: string): boolean {
  return /^By\s+\p{Lu}/u.test(s) && wordCount(s) <= 12 && !/[.!?]["”]?$/.test(s.replace(/\b\p{Lu}\.$/u, ''));
}

// PLACE in capitals (a few words), then optional ", Region" and/or ", Date", optional "(Agency|Date)",
// then a dash or colon. Bounded repetition keeps the match linear.
const CAP_WORD = "\\p{Lu}[\\p{Lu}.'’-]*\\p{Lu}\\.?";
const LEAD = new RegExp(
  `^(${CAP_WORD}(?:\\s${CAP_WORD}){0,3})` + // PLACE
    `((?:,\\s[\\p{L}\\d.'’-]+(?:\\s[\\p{L}\\d.'’-]+){0,3}){0,2})` + // ", Region", ", Oct. 25"
    `(?:\\s*\\(([^()\\n]{1,60})\\))?` + // (AP) or (Jan. 8, 2020)
    `(\\s*(?:--|[-–—:])\\s+)`, // separator
  'u',
);
// Mixed-case place only with an agency in brackets: "Moscow (Reuters) - ".
const LEAD_MIXED = new RegExp(`^(\\p{Lu}[\\p{L}.'’-]+(?:\\s\\p{Lu}[\\p{L}.'’-]+){0,2})((?:,\\s[\\p{L}\\d.'’-]+(?:\\s[\\p{L}\\d.'’-]+){0,3}){0,2})\\s*\\(([^()\\n]{1,40})\\)(\\s*(?:--|[-–—:])\\s+)`, 'u');

/** A dateline opening a body paragraph. */
export function leadDateline(s: string): DatelineMatch | null {
  let m = LEAD.exec(s);
  let mixed = false;
  if (!m) {
    m = LEAD_MIXED.exec(s);
    mixed = true;
  }
  if (!m) return null;
  const place = m[1];
  const extra = m[2] ?? '';
  const paren = m[3] ?? null;
  if (!mixed && place.replace(/[^\p{L}]/gu, '').length < 3) return null;
  // ", Region" words must be capitalised or a date ("Oct. 25"); otherwise this is prose.
  if (extra && !/^(?:,\s(?:\p{Lu}|\d)[\p{L}\d.'’-]*(?:\s(?:\p{Lu}|\d)[\p{L}\d.'’-]*){0,3}){1,2}$/u.test(extra)) return null;
  let date: string | null = null;
  let agency: string | null = null;
  let region = '';
  if (extra) {
    const d = findDate(extra);
    if (d) {
      date = d.iso;
      region = extra.slice(0, d.start).replace(/,\s*$/, '');
    } else region = extra;
  }
  if (paren) {
    const d = findDate(paren);
    if (d) date = d.iso ?? date;
    else if (wordCount(paren) <= 5) agency = paren.trim();
    else return null;
  } else if (mixed) return null;
  const textEnd = m[0].length - m[4].length;
  return {
    start: 0,
    end: textEnd,
    agency,
    place: (place + region).trim(),
    date,
    bodyStart: m[0].length,
  };
}

/** Tries each form on one line (or what remains of it after page furniture). */
export function readDateline(s: string): DatelineMatch | null {
  return bylineDate(s) ?? dateLine(s) ?? leadDateline(s);
}
