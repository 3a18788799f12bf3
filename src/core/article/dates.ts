// Finds a calendar date in a short string ("Oct. 25, 2014", "25 October 2014", "2014-10-25",
// "10/25/2014") and normalises it to ISO. Used on dateline candidates only, never on whole bodies.

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const WEEKDAY = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?,?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

// Each form is linear: fixed alternations and bounded digit runs, no nested quantifiers.
const MONTH_FIRST = new RegExp(`\\b${WEEKDAY}${MONTH}\\s+${DAY}(?:,?\\s*(\\d{4}))?\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const SLASHED = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const HAS_DIGIT = /\d/;

export interface FoundDate {
  /** ISO "YYYY-MM-DD", or null when the year is missing or the date is impossible. */
  iso: string | null;
  /** Offsets of the date words inside the searched string. */
  start: number;
  end: number;
}

function iso(y: number, m: number, d: number): string | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && y >= 1000)) return null;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (d > days[m - 1]) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The earliest date in `s`, or null. */
export function findDate(s: string): FoundDate | null {
  // Every form has a number in it (a day, a year): most candidate lines have none.
  if (!HAS_DIGIT.test(s)) return null;
  const found: FoundDate[] = [];
  let m = MONTH_FIRST.exec(s);
  if (m) {
    const year = m[3] ? Number(m[3]) : NaN;
    found.push({ iso: m[3] ? iso(year, MONTHS[m[1].toLowerCase()], Number(m[2])) : null, start: m.index, end: m.index + m[0].length });
  }
  m = DAY_FIRST.exec(s);
  if (m) found.push({ iso: iso(Number(m[3]), MONTHS[m[2].toLowerCase()], Number(m[1])), start: m.index, end: m.index + m[0].length });
  m = ISO.exec(s);
  if (m) found.push({ iso: iso(Number(m[1]), Number(m[2]), Number(m[3])), start: m.index, end: m.index + m[0].length });
  m = SLASHED.exec(s);
  if (m) {
    // US order (month first) unless the first number cannot be a month.
    let mo = Number(m[1]);
    let d = Number(m[2]);
    if (mo > 12) [mo, d] = [d, mo];
    found.push({ iso: iso(Number(m[3]), mo, d), start: m.index, end: m.index + m[0].length });
  }
  if (!found.length) return null;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found[0];
}
