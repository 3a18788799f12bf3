// Findings between articles (the same event told differently). The core's cross-article rules
// are not written yet; until they are, `check` reports per-file findings only.
import type { Analysis } from '../core';
import type { LocatedFinding } from './locate';

export interface CheckedArticle {
  file: string;
  analysis: Analysis;
  lineStarts: number[];
}

/** False while the core has no cross-article rules, so `check` does not hold analyses for nothing. */
export const crossArticleAvailable = false;

export function crossArticleFindings(_articles: CheckedArticle[]): LocatedFinding[] {
  return [];
}
