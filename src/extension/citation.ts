// Pure text building for the "insert a citation" quick fix: which sources to offer (ranked) and
// where in the sentence the citation goes. No `vscode`, unit-tested in plain Node.
import type { Analysis, Span } from '../core/types';

export type CitationStyle = 'attribution' | 'bracket';

/** A source to cite: a speaker of the article, an outlet, or an entry of the sources file. */
export interface CitationSource {
  name: string;
  title?: string;
  outlet?: string;
  url?: string;
  /** ISO date ("2014-10-25") or any text; an ISO date is printed "Oct. 25, 2014". */
  date?: string;
}

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** News style (AP) date: "Oct. 25, 2014"; other text is kept as written. */
export function formatDate(date: string | undefined): string | undefined {
  if (!date?.trim()) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.trim());
  if (!m) return date.trim();
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${month} ${Number(m[3])}, ${m[1]}` : date.trim();
}

const CLOSERS = `"”’')]»`;

/**
 * The edit that cites `source` for the sentence at `sentence` in `text`.
 * "attribution": ", according to X" (or " (X, Oct. 25, 2014)" when a date is known) just before the
 * sentence's closing punctuation, where a reporter would put it; "bracket": " [source: X]" after it.
 */
export function citationEdit(text: string, sentence: Span, source: CitationSource, style: CitationStyle): TextEdit {
  let end = sentence[1];
  while (end > sentence[0] && /\s/.test(text[end - 1])) end--;
  const name = source.name.trim();
  if (style === 'bracket') return { start: end, end, text: ` [source: ${name}]` };

  const date = formatDate(source.date);
  const phrase = date ? ` (${[name, source.outlet && source.outlet !== name ? source.outlet : null, date].filter(Boolean).join(', ')})` : `, according to ${name}`;

  // Peel closing quote marks/brackets, then the terminal punctuation.
  let closeStart = end;
  while (closeStart > sentence[0] && CLOSERS.includes(text[closeStart - 1])) closeStart--;
  let punctStart = closeStart;
  while (punctStart > sentence[0] && /[.!?…]/.test(text[punctStart - 1])) punctStart--;
  const hasPunct = punctStart < closeStart;
  const closers = text.slice(closeStart, end);

  if (!hasPunct) return { start: end, end, text: phrase };
  if (closers) {
    // `called it "a farce."` -> `called it "a farce," according to X.`: the period moves outside.
    const punct = text.slice(punctStart, closeStart);
    const inner = punct !== '.' ? punct : date ? '' : ',';
    const rest = date ? phrase : phrase.replace(/^,/, '');
    return { start: punctStart, end, text: `${inner}${closers}${rest}.` };
  }
  // "in the U.S." ends with an abbreviation whose period also ends the sentence: keep it, add after.
  if (/(?:\b\p{L}\.){2,}$/u.test(text.slice(Math.max(sentence[0], punctStart - 12), closeStart))) {
    return { start: end, end, text: `${phrase}.` };
  }
  return { start: punctStart, end: punctStart, text: phrase };
}

/**
 * True when the statement at `span` carries a bracket citation "[source: X]": at its end or right
 * after it (a sentence splitter may or may not count the bracket as part of the sentence).
 */
export function hasBracketCitation(text: string, span: Span): boolean {
  const tail = text.slice(Math.max(span[0], span[1] - 200), span[1] + 200);
  const at = Math.min(200, span[1] - span[0]);
  const re = /\[source:[^\]\n]+\]/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tail))) {
    const before = tail.slice(0, m.index);
    // Inside the span only as its last thing; after the span only with nothing but spaces between.
    if (m.index < at ? !tail.slice(m.index + m[0].length, at).trim() && /[.!?…]["”’)\]]*\s*$/.test(before) : !tail.slice(at, m.index).trim()) return true;
  }
  return false;
}

export interface RankedSource extends CitationSource {
  /** Why it is offered: "speaker", "outlet" or "dateline". */
  origin: 'speaker' | 'outlet' | 'dateline';
  count: number;
  distance: number;
  score: number;
}

/**
 * Sources named in the article, best first for a statement at `span`: nearer and more often
 * mentioned ranks higher. Unnamed sources ("officials") are not offered: citing them adds nothing.
 */
export function rankSources(analysis: Pick<Analysis, 'speakers' | 'quotes' | 'article'>, span: Span): RankedSource[] {
  const found = new Map<string, { source: CitationSource; origin: RankedSource['origin']; positions: Span[] }>();
  const add = (name: string, origin: RankedSource['origin'], pos: Span, date?: string) => {
    const key = name.trim().toLowerCase();
    if (!key) return;
    const entry = found.get(key) ?? { source: { name: name.trim(), date }, origin, positions: [] };
    entry.positions.push(pos);
    found.set(key, entry);
  };
  for (const s of analysis.speakers) {
    if (s.kind === 'anonymous') continue;
    for (const m of s.mentions) add(s.entity, 'speaker', m.span);
    if (s.mentions.length === 0) add(s.entity, 'speaker', [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]);
  }
  for (const q of analysis.quotes) if (q.via) add(q.via, 'outlet', q.cue?.span ?? q.spans[0] ?? [0, 0]);
  const d = analysis.article.dateline;
  if (d?.agency) add(d.agency, 'dateline', d.span, d.date ?? undefined);

  const ranked: RankedSource[] = [];
  for (const { source, origin, positions } of found.values()) {
    // Characters between the mention and the statement (0 when they touch or overlap).
    const distance = Math.min(...positions.map((p) => (p[1] <= span[0] ? span[0] - p[1] : p[0] >= span[1] ? p[0] - span[1] : 0)));
    // Nearness dominates (a source two sentences away is the likely one); frequency breaks ties.
    const score = 1 / (1 + distance / 150) + Math.log2(1 + positions.length) / 10;
    ranked.push({ ...source, origin, count: positions.length, distance, score });
  }
  return ranked.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
}
