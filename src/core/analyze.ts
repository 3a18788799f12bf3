// One article, end to end: text -> article model -> attribution -> findings.
import type { Analysis, Article } from './types';
import { parseArticle, reparseArticle, type ArticleChange, type LineKindCache } from './article';
import { findAttributions, type AttributionCaches } from './attribution';
import { findFindings, type FindingsCaches } from './findings';
import { detectLanguage } from './language/detectLanguage';

/** Caches an incremental re-analysis hands down (src/core/incremental); absent for a plain analysis. */
export interface StageCaches extends AttributionCaches {
  lineKinds?: LineKindCache;
  /** Present for an analysis an edit may follow: the article model keeps what reparseArticle
   *  needs. With the previous text's model (`prev`, from an analysis made so) and where the text
   *  changed since (a PositionMap of incremental/diff.ts fits), only the blocks around the change
   *  are parsed again. */
  article?: { prev?: Article; change?: ArticleChange };
  findings?: FindingsCaches;
}

export function analyzeText(text: string): Analysis {
  return analyzeWith(text, {});
}

export function analyzeWith(text: string, caches: StageCaches): Analysis {
  const reuse = caches.article;
  const article = reuse?.prev
    ? reparseArticle(reuse.prev, text, reuse.change, caches.lineKinds)
    : parseArticle(text, caches.lineKinds, reuse !== undefined);
  article.language = detectLanguage(text);
  const attribution = findAttributions(article, caches);
  // The findings' lexicons are English: on other languages they would only produce noise.
  const findings = article.language === 'other' ? [] : findFindings(article, attribution, caches.findings);
  return { article, quotes: attribution.quotes, speakers: attribution.speakers, findings };
}
