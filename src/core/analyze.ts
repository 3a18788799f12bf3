// One article, end to end: text -> article model -> attribution -> findings.
import type { Analysis } from './types';
import { parseArticle } from './article';
import { findAttributions } from './attribution';
import { findFindings } from './findings';

export function analyzeText(text: string): Analysis {
  const article = parseArticle(text);
  const attribution = findAttributions(article);
  const findings = findFindings(article, attribution);
  return { article, quotes: attribution.quotes, speakers: attribution.speakers, findings };
}
