// One article, end to end: text -> article model -> attribution -> findings.
import type { Analysis, Article, Finding } from './types';
import { parseArticle, reparseArticle, type ArticleChange, type LineKindCache } from './article';
import { findAttributions, type Attribution, type AttributionCaches } from './attribution';
import { findFindings, type FindingsCaches } from './findings';
import { detectLanguage } from './language/detectLanguage';

/** Caches an incremental re-analysis hands down (src/core/incremental); absent for a plain analysis. */
export interface StageCaches extends AttributionCaches {
  lineKinds?: LineKindCache;
  /** With the previous text's model (`prev`) and where the text changed since (a PositionMap of
   *  src/core/diff.ts fits), only the blocks around the change are parsed again. The article
   *  model keeps what that needs when this or `lineKinds` is present (an analysis an edit may
   *  follow), so `{}` asks for it without a previous model. */
  article?: { prev?: Article; change?: ArticleChange };
  findings?: FindingsCaches;
  /** The findings from the last analysis's, when the edit allows it exactly; null: findFindings. */
  findingsSplice?: (article: Article, attribution: Attribution) => Finding[] | null;
}

export function analyzeText(text: string): Analysis {
  return analyzeWith(text, {});
}

export function analyzeWith(text: string, caches: StageCaches): Analysis {
  const reuse = caches.article;
  const article = reuse?.prev
    ? reparseArticle(reuse.prev, text, reuse.change, caches.lineKinds)
    : parseArticle(text, caches.lineKinds, reuse !== undefined || caches.lineKinds !== undefined);
  article.language = detectLanguage(text);
  const attribution = findAttributions(article, caches);
  // The findings' lexicons are English: on other languages they would only produce noise.
  const findings = article.language === 'other' ? [] : caches.findingsSplice?.(article, attribution) ?? findFindings(article, attribution, caches.findings);
  return { article, quotes: attribution.quotes, speakers: attribution.speakers, findings };
}
