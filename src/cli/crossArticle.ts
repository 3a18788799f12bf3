// Findings between articles (the same event told differently), from the core's workspace rules,
// located in each file. `check` keeps analyses for this only up to a cap, so memory stays bounded.
import { findCrossArticleFindings, type Analysis } from '../core';
import { LineIndex } from './lineIndex';
import { locateFindings, type LocatedFinding } from './locate';

export interface CheckedArticle {
  file: string;
  analysis: Analysis;
  lineStarts: number[];
}

export const crossArticleAvailable = true;

/** Above this many files `check` drops cross-article checks rather than hold every analysis. */
export const CROSS_ARTICLE_MAX_FILES = 10_000;

export function crossArticleFindings(articles: CheckedArticle[]): LocatedFinding[] {
  const lines = new Map(articles.map((a) => [a.file, LineIndex.fromStarts(a.lineStarts)]));
  const byFile = findCrossArticleFindings(articles.map(({ file, analysis }) => ({ file, analysis })));
  const out: LocatedFinding[] = [];
  for (const a of articles) {
    const findings = byFile.get(a.file) ?? [];
    if (findings.length) out.push(...locateFindings(a.file, findings, lines.get(a.file)!, (f) => lines.get(f)));
  }
  return out;
}
