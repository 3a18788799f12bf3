// One article, end to end: text -> article model -> attribution -> findings.
import type { Analysis } from './types';
import { parseArticle, type LineKindCache } from './article';
import { findAttributions, type AttributionCaches } from './attribution';
import { findFindings, type FindingsCaches } from './findings';
import { detectLanguage } from './language/detectLanguage';

/** Caches an incremental re-analysis hands down (src/core/incremental); absent for a plain analysis. */
export interface StageCaches extends AttributionCaches {
  lineKinds?: LineKindCache;
  findings?: FindingsCaches;
}

export function analyzeText(text: string): Analysis {
  return analyzeWith(text, {});
}

export function analyzeWith(text: string, caches: StageCaches): Analysis {
  const article = parseArticle(text, caches.lineKinds);
  article.language = detectLanguage(text);
  const attribution = findAttributions(article, caches);
  // The findings' lexicons are English: on other languages they would only produce noise.
  const findings = article.language === 'other' ? [] : findFindings(article, attribution, caches.findings);
  return { article, quotes: attribution.quotes, speakers: attribution.speakers, findings };
}
