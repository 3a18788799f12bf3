// A cheap guess whether a plain text file is a news article, so the editor can offer the
// News Article language for `.txt` files no pattern claims. It reads only the start of the text
// and uses no NLP: it runs on every plain text file the user opens.

export interface ArticleEvidence {
  /** Words in the part of the text looked at. */
  words: number;
  /** Non-empty blocks separated by blank lines (or lines, for one-line paragraphs). */
  paragraphs: number;
  /** A short first line with no closing full stop, followed by more text. */
  headline: boolean;
  /** A dateline ("PARIS (AP) —"), an agency/date byline ("Reuters, May 3, 2021") or a "By ..." byline. */
  dateline: boolean;
  /** Paragraphs holding a quotation of at least three words. */
  quoteParagraphs: number;
  /** Reporting cues: "said", "told", "according to", ... outside quotation marks. */
  cues: number;
  /** Distinct news-report markers: weekdays, months, officials' titles, "told reporters"... */
  newsTerms: number;
  /** Share of non-empty lines that look like markup, lists or code (changelogs, READMEs, source). */
  markupShare: number;
}

export interface ArticleGuess {
  isArticle: boolean;
  evidence: ArticleEvidence;
  /** Plain-language reasons, for the message that offers the switch. */
  reasons: string[];
}

/** Past this many characters the answer no longer changes much and the cost would. */
const MAX_CHARS = 20_000;

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE = `(?:${MONTH} \\d{1,2}(?:, \\d{4})?|\\d{1,2} ${MONTH}(?: \\d{4})?|\\d{4}-\\d{2}-\\d{2})`;

// "MOSCOW, Oct. 25 (Xinhua) --", "WASHINGTON (AP) —", "PHNOM PENH -", "SÃO PAULO, Brazil —".
const PLACE_DATELINE = new RegExp(
  `^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?:, ${DATE})?(?: ?\\([A-Za-z][\\w .&-]{0,30}\\))? ?(?:--|[-–—:])\\s`,
);
// "Xinhua, October 25, 2014" or "Saturday, 25 October 2014" ending a short line.
const DATE_BYLINE = new RegExp(`(?:^|\\s)(?:[A-Z][\\w.&-]*(?: [A-Z][\\w.&-]*){0,3}, )?${DATE}\\s*$`);
// "By Jane Doe", "By Jane Doe and Sam Lee, Reuters".
const BY_BYLINE = /^By [A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|and|de|van|von))*(?:,? [A-Z].*)?$/;

const QUOTE = /"([^"\n]{3,}?)"|“([^”\n]{3,}?)(?:”|$)|«([^»\n]{3,}?)»/g;

const CUE = /\b(?:said|says|say|told|tells|added|adds|stated|states|according to|explained|noted|claimed|insisted|warned|replied|announced|confirmed|denied|argued|declared|commented|acknowledged|admitted|asserted|quoted\b[^.\n]{0,60}?\bas saying)\b/g;

const NEWS_TERMS: RegExp[] = [
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/,
  new RegExp(`\\b${MONTH} \\d{1,2}\\b`),
  /\b(?:spokes(?:man|woman|person)|official|officials|minister|president|governor|mayor|police|prosecutors?|ministry|agency|government)\b/i,
  /\btold (?:reporters|journalists|the press|a news conference|a press conference)\b/,
  /\baccording to\b/,
  /\b(?:said in a statement|in a statement|news conference|press conference|press release)\b/,
  /\b(?:Reuters|Associated Press|AP|AFP|Xinhua|Agence France-Presse|Bloomberg|Interfax|Tass|BBC|CNN)\b/,
  /\b(?:on condition of anonymity|declined to comment|did not respond to a request for comment)\b/,
];

// Markdown headings, list items, code fences, indented code, tables, code-ish line endings.
const MARKUP_LINE = /^\s*(?:#{1,6}\s|[-*+]\s|\d+\.\s|```|\||<\/?[a-z]|\/\/|\/\*)|[{};]\s*$|^(?: {4}|\t)\S/;

function countWords(text: string): number {
  return (text.match(/[A-Za-z\u00C0-\u024F][\w'’-]*/g) ?? []).length;
}

/** Text outside quotation marks, so that "said" inside a quote is not taken as a cue. */
function outsideQuotes(text: string): string {
  return text.replace(QUOTE, ' ');
}

function findHeadline(lines: string[]): boolean {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return false;
  const line = lines[first].trim();
  const words = countWords(line);
  const rest = lines.slice(first + 1).some((l) => l.trim() !== '');
  // A headline is short, has letters, and does not end like a sentence of body text.
  return rest && words >= 2 && words <= 25 && line.length <= 200 && !/[.:;,]$/.test(line) && /[A-Za-z]/.test(line);
}

function findDateline(lines: string[]): boolean {
  // Datelines and bylines sit in the first few non-empty lines.
  const top = lines.filter((l) => l.trim() !== '').slice(0, 6);
  return top.some((raw) => {
    const line = raw.trim();
    if (PLACE_DATELINE.test(line)) return true;
    if (line.length <= 120 && DATE_BYLINE.test(line)) return true;
    return line.length <= 100 && BY_BYLINE.test(line);
  });
}

function splitParagraphs(text: string): string[] {
  const blocks = text.split(/\r?\n\s*\r?\n/).map((b) => b.trim()).filter((b) => b !== '');
  // Some saved pages put one paragraph per line with no blank lines between.
  if (blocks.length <= 2) {
    const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
    if (lines.length > blocks.length) return lines;
  }
  return blocks;
}

function countQuoteParagraphs(paragraphs: string[]): number {
  let n = 0;
  for (const p of paragraphs) {
    QUOTE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = QUOTE.exec(p))) {
      const inner = m[1] ?? m[2] ?? m[3] ?? '';
      if (countWords(inner) >= 3) {
        n++;
        break;
      }
    }
  }
  return n;
}

function markupShare(lines: string[]): number {
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  if (!nonEmpty.length) return 0;
  return nonEmpty.filter((l) => MARKUP_LINE.test(l)).length / nonEmpty.length;
}

export function looksLikeArticle(input: string): ArticleGuess {
  const text = (input ?? '').slice(0, MAX_CHARS).replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  const paragraphs = splitParagraphs(text);
  const body = outsideQuotes(text);
  const evidence: ArticleEvidence = {
    words: countWords(text),
    paragraphs: paragraphs.length,
    headline: findHeadline(lines),
    dateline: findDateline(lines),
    quoteParagraphs: countQuoteParagraphs(paragraphs),
    cues: (body.match(CUE) ?? []).length,
    newsTerms: NEWS_TERMS.filter((re) => re.test(body)).length,
    markupShare: markupShare(lines),
  };
  const e = evidence;
  // Indirect speech alone ("officials said") counts only with news vocabulary to back it.
  const reportsSpeech = e.cues >= 2 && (e.quoteParagraphs >= 1 || (e.cues >= 3 && e.newsTerms >= 2));
  // Dialogue in fiction also has quotes and "said"; news adds a dateline or news vocabulary.
  const isArticle =
    e.words >= 60 &&
    e.paragraphs >= 3 &&
    e.markupShare < 0.2 &&
    reportsSpeech &&
    (e.dateline || (e.headline && e.newsTerms >= 2));

  const reasons: string[] = [];
  if (e.dateline) reasons.push('a dateline or byline');
  if (e.headline) reasons.push('a headline line');
  if (e.quoteParagraphs) reasons.push(`${e.quoteParagraphs} paragraph${e.quoteParagraphs === 1 ? '' : 's'} with quotations`);
  if (e.cues) reasons.push(`${e.cues} reporting verb${e.cues === 1 ? '' : 's'} ("said", "told"...)`);
  return { isArticle, evidence, reasons };
}
