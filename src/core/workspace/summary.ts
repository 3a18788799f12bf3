// What a workspace index keeps of an article it is not showing: everything but the article's
// layout (paragraphs, sentences, furniture), which is a function of the text and rebuilt only when
// the cross-article search needs the statements again, and but each speaker's mentions after the
// first (where a name-variant hint goes; the rest serve an open article's hovers and outline); the
// strings that recur across articles (names, cues, ids, rule names) one copy each; the quotes
// packed (packedQuotes.ts: a typed array instead of seven objects each).
import type { Analysis, Article, Quote } from '../types';
import { packQuotes, poolPackStrings, quoteViews, type QuotePack } from './packedQuotes';
import { parseArticle } from '../article';
import { detectLanguage } from '../language/detectLanguage';

type Layout = 'paragraphs' | 'sentences' | 'boilerplate' | 'furniture';

/** An analysis without its article's layout (see `fullAnalysis`), each speaker with its first mention only. */
export interface AnalysisSummary extends Omit<Analysis, 'article'> {
  article: Omit<Article, Layout> & Partial<Pick<Article, Layout>>;
}

/** Strings shared between summaries; forgotten wholesale when large (that only loses sharing). */
const pool = new Map<string, string>();
const POOL_MAX = 200_000;

export function intern(s: string): string {
  const have = pool.get(s);
  if (have !== undefined) return have;
  if (pool.size >= POOL_MAX) pool.clear();
  pool.set(s, s);
  return s;
}

/** Every string in `x` (article text excepted) replaced by its pooled copy, in place. */
function internAll(x: unknown, text: string): unknown {
  if (typeof x === 'string') return x === text ? text : intern(x);
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) x[i] = internAll(x[i], text);
    return x;
  }
  if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = internAll(o[k], text);
  }
  return x;
}

/**
 * Makes an analysis the caller owns (a worker's answer, say) its summary, in place: the same
 * object (caches keyed by it stay valid), its strings pooled, its article model without the layout.
 * `pool`: false in a worker thread, whose pool would not outlive the copy sent to the host (the
 * host pools the copy with `poolSummaryStrings`).
 */
export function summariseAnalysis(analysis: Analysis, pool = true): AnalysisSummary {
  for (const s of analysis.speakers) if (s.mentions.length > 1) s.mentions = s.mentions.slice(0, 1);
  const { paragraphs: _p, sentences: _s, boilerplate: _b, furniture: _f, ...article } = analysis.article;
  const summary = analysis as unknown as AnalysisSummary;
  summary.article = article;
  if (!pool) return summary;
  summary.quotes = unpackQuotes(packQuotes(analysis.quotes, article.text), article.text);
  return poolSummaryStrings(summary);
}

/** Quotes read from a pack (made in this thread or another), the pack's strings pooled. */
export function unpackQuotes(pack: QuotePack, text: string): Quote[] {
  return quoteViews(poolPackStrings(pack, intern), text);
}

/**
 * Every string of a summary (its article's text excepted) replaced by its pooled copy, in place;
 * quotes that come as a pack (a worker's answer: see `QuotePack`) are read from it.
 */
export function poolSummaryStrings(summary: AnalysisSummary): AnalysisSummary {
  const { text } = summary.article;
  const quotes = summary.quotes as Quote[] | QuotePack;
  if (!Array.isArray(quotes)) summary.quotes = unpackQuotes(quotes, text);
  for (const q of summary.quotes) if (Object.getPrototypeOf(q) === Object.prototype) internAll(q, text);
  internAll(summary.speakers, text);
  internAll(summary.findings, text);
  if (summary.article.headline) internAll(summary.article.headline, text);
  if (summary.article.dateline) internAll(summary.article.dateline, text);
  return summary;
}

/** The analysis with its article's layout (rebuilt from the text if the summary left it out); a summary's speakers keep their first mention only. */
export function fullAnalysis(a: Analysis | AnalysisSummary): Analysis {
  if (a.article.sentences && a.article.paragraphs && a.article.boilerplate) return a as Analysis;
  // As analyzeText reads it (src/core/analyze.ts): the layout is a function of the text alone.
  const article = parseArticle(a.article.text);
  article.language = a.article.language ?? detectLanguage(a.article.text);
  return { ...a, article };
}
