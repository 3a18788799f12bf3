// Findings between articles (the same event told differently), from the core's workspace rules,
// located in each file. `check` keeps analyses for this only up to a cap, so memory stays bounded.
import { findCrossArticleFindings, type Analysis } from '../core';
import { MAX_PER_STATEMENT, prepareForCrossArticle, type AnalysisSummary, type CrossArticleDigest, type CrossArticleStats } from '../core/workspace';
import { LineIndex } from './lineIndex';
import { locateFindings, type LocatedFinding } from './locate';

export interface CheckedArticle {
  file: string;
  /** Kept as its summary (see `keepForCrossArticle`): thousands of whole analyses would not fit. */
  analysis: Analysis | AnalysisSummary;
  lineStarts: number[];
}

/**
 * What `check` holds of one file until the cross-article pass: its share of the work done, its
 * layout dropped. A worker's summary (quotes packed) is made ready here, in place, adopting the
 * `digest` the worker worked out instead of working it out again.
 */
export function keepForCrossArticle(file: string, analysis: Analysis | AnalysisSummary, lineStarts: number[], digest?: CrossArticleDigest): CheckedArticle {
  return { file, analysis: prepareForCrossArticle(analysis, true, digest), lineStarts };
}

export const crossArticleAvailable = true;

/** Above this many files `check` drops cross-article checks rather than hold every analysis. */
export const CROSS_ARTICLE_MAX_FILES = 10_000;

/** What `check` tells the user when there are too many files to compare (stderr, once). */
export function tooManyFilesNote(max: number): string {
  return `newsfact: note: more than ${max.toLocaleString('en-US')} files, so articles are not compared with each other (cross-article checks take at most ${max.toLocaleString('en-US')}; check smaller folders for them)`;
}

/** `note` says what the search left out (findings over the per-statement cap), or is null. */
export function crossArticleFindings(articles: CheckedArticle[]): { findings: LocatedFinding[]; note: string | null } {
  const lines = new Map(articles.map((a) => [a.file, LineIndex.fromStarts(a.lineStarts)]));
  const stats = {} as CrossArticleStats;
  const byFile = findCrossArticleFindings(articles.map(({ file, analysis }) => ({ file, analysis })), { stats });
  const out: LocatedFinding[] = [];
  for (const a of articles) {
    const findings = byFile.get(a.file) ?? [];
    if (findings.length) out.push(...locateFindings(a.file, findings, lines.get(a.file)!, (f) => lines.get(f)));
  }
  return { findings: out, note: capNote(stats) };
}

function capNote(stats: CrossArticleStats): string | null {
  if (!stats.capped) return null;
  return `${stats.capped} more cross-article finding${stats.capped === 1 ? '' : 's'} not shown (at most ${MAX_PER_STATEMENT} per statement)`;
}
