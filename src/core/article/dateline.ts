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

const MONTH_WORD = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?$/i;

/** The words after a date, as split() by the date line's separators would leave them (no empty ones). */
const AFTER_WORD = /[^\s|,·•/()–—-]+/g;

/** A short line that is only a date, optionally with a publisher name, labels and a time. */
function dateLine(s: string): DatelineMatch | null {
  if (s.length > 160) return null;
  // The date before the word count: most lines hold no digit, which findDate tells at once.
  const d = findDate(s);
  if (!d) return null;
  // What follows the date may only be times, zones, labels and separators: read word by word from
  // the date's end, a line of prose fails on its first (and is neither split nor counted).
  AFTER_WORD.lastIndex = d.end;
  for (let m: RegExpExecArray | null; (m = AFTER_WORD.exec(s)); ) {
    const w = m[0];
    if (/^\d{1,2}(?:[:.]\d{2}){1,2}(?:[ap]\.?m\.?)?$/i.test(w) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(w) || MONTH_WORD.test(w)) continue;
    if (!DATE_WORDS.has(w.toLowerCase().replace(/[:.]$/, ''))) return null;
  }
  if (wordCount(s, 25) > 24) return null;
  const before = s.slice(0, d.start);
  // What precedes it: labels, a time, or a publisher name of a few capitalised words.
  let agency: string | null = null;
  const words = before.split(/[\s|,·•–—]+/).filter((w) => w && w !== '-' && w !== ':');
  const name: string[] = [];
  for (const w of words) {
    const lw = w.toLowerCase().replace(/:$/, '');
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

const STRIP_SEPARATOR = /[|·•]/;

// Labelled parts of a byline strip: "Source: Xinhua | 2014-10-25 18:03 | Editor: Li".
const LABEL = /^(Source|Editor|Author|Writer|Reporter|Edited by|Written by|Text|Agency)\s*:\s*(.{1,60})$/i;

/**
 * A strip of parts divided by "|", "·" or "•": one part a date, the others bylines, labelled
 * parts or a publisher's name ("Jan. 17, 2020 | By Jim Park, Defense News").
 */
function dateStrip(s: string): DatelineMatch | null {
  if (s.length > 200 || !STRIP_SEPARATOR.test(s)) return null;
  // A loop, not map().filter(): an optimised map() is holey, a map filter() had not seen here.
  const parts: string[] = [];
  for (const p of s.split(STRIP_SEPARATOR)) {
    const t = p.trim();
    if (t) parts.push(t);
  }
  if (parts.length < 2) return null;
  let date: DatelineMatch | null = null;
  let agency: string | null = null;
  for (const part of parts) {
    const d: DatelineMatch | null = !date ? dateLine(part) : null;
    if (d) {
      date = d;
      agency ??= d.agency;
      continue;
    }
    const label = LABEL.exec(part);
    if (label) {
      if (/source|agency/i.test(label[1])) agency = label[2].trim();
      continue;
    }
    if (/^By\s+\p{Lu}/u.test(part) && wordCount(part) <= 12) {
      agency ??= agencyIn(part);
      continue;
    }
    if (agencyName(part)) {
      agency ??= agencyName(part);
      continue;
    }
    return null;
  }
  return date ? { start: 0, end: s.length, agency, place: null, date: date.date, bodyStart: -1 } : null;
}

/** "By Jane Doe, Staff Writer | March 3, 2021": a dateline when it carries a date. */
export function bylineDate(s: string): DatelineMatch | null {
  if (s.charCodeAt(0) !== 66 /* B */ || !/^By\s+\p{Lu}/u.test(s) || s.length > 200) return null;
  const d = findDate(s);
  if (!d) return null;
  const m = AGENCY_RE.exec(s.slice(0, d.start)) ?? AGENCY_RE.exec(s.slice(d.end));
  return { start: 0, end: s.length, agency: m ? m[1] : null, place: null, date: d.iso, bodyStart: -1 };
}

/** "Kim Park in Leeds", "Ana Diaz and Lee Chan": a byline without "By", told by where it stands. */
export function isNameLine(s: string): boolean {
  return /^\p{Lu}[\p{L}.'’-]+(?:\s(?:\p{Lu}[\p{L}.'’-]*|in|and|for|at|&)){1,6}$/u.test(s) && /\s\p{Lu}/u.test(s);
}

/** "By C. Todd Lopez", "By JOHN SMITH Associated Press": a byline without a date. */
export function isByline(s: string): boolean {
  return s.charCodeAt(0) === 66 /* B */ && /^By\s+\p{Lu}/u.test(s) && wordCount(s) <= 12 && !/[.!?]["”]?$/.test(s.replace(/\b\p{Lu}\.$/u, ''));
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

// Capitalised labels that open a paragraph like a place would, but are not places.
const NOT_PLACES = new Set([
  'BREAKING', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'WATCH', 'LISTEN', 'READ', 'PHOTOS', 'VIDEO', 'ANALYSIS', 'OPINION',
  'CORRECTION', 'NOTE', 'LIVE', 'EDITOR\'S NOTE', 'EDITORS NOTE', 'FACT CHECK', 'CLAIM', 'VERDICT', 'WARNING', 'ALERT',
  'DEVELOPING', 'URGENT', 'FLASH', 'BULLETIN', 'Q', 'A', 'FILE', 'COMMENT', 'REVIEW', 'INTERVIEW', 'PODCAST', 'FEATURE',
]);

/** "(CNN) — " or "(AP) " opening a paragraph: the agency alone. */
function agencyLead(s: string): DatelineMatch | null {
  if (s.charCodeAt(0) !== 40 /* ( */) return null;
  const m = /^\(([^()\n]{1,30})\)(\s*(?:--|[-–—:])?\s*)/.exec(s);
  if (!m || !(agencyName(m[1]) || /^\p{Lu}[\p{Lu}\d&.-]{1,9}$/u.test(m[1]))) return null;
  if (m[0].length >= s.length) return null;
  return { start: 0, end: m[1].length + 2, agency: m[1], place: null, date: null, bodyStart: m[0].length };
}

/** A dateline opening a body paragraph. */
export function leadDateline(s: string): DatelineMatch | null {
  // Both forms open with a capital: an ASCII character that is not one rules them out.
  const c0 = s.charCodeAt(0);
  if (c0 < 128 && !(c0 >= 65 && c0 <= 90)) return null;
  // A place in capitals has a capital or . ' ’ - second: a lower-case ASCII letter there ("The") rules it out.
  const c1 = s.charCodeAt(1);
  let m = c1 >= 97 && c1 <= 122 ? null : LEAD.exec(s);
  let mixed = false;
  // The mixed-case form needs its agency in brackets.
  if (!m && s.includes('(')) {
    m = LEAD_MIXED.exec(s);
    mixed = true;
  }
  if (!m) return null;
  const place = m[1];
  const extra = m[2] ?? '';
  const paren = m[3] ?? null;
  if (!mixed && place.replace(/[^\p{L}]/gu, '').length < 3) return null;
  if (NOT_PLACES.has(place.replace(/[’]/g, "'"))) return null;
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
  return dateStrip(s) ?? bylineDate(s) ?? dateLine(s) ?? leadDateline(s) ?? agencyLead(s);
}

/** A place or agency opening the first paragraph under a dated byline ("RIVERSIDE - ..."). */
export function readLead(s: string): DatelineMatch | null {
  return leadDateline(s) ?? agencyLead(s);
}
