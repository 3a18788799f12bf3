// One article, end to end: text -> article model -> attribution -> findings.
import type { Analysis } from './types';
import { parseArticle } from './article';
import { findAttributions } from './attribution';
import { findFindings } from './findings';
import { detectLanguage } from './language/detectLanguage';

export function analyzeText(text: string): Analysis {
  const article = parseArticle(text);
  article.language = detectLanguage(text);
  const attribution = findAttributions(article);
  // The findings' lexicons are English: on other languages they would only produce noise.
  const findings = article.language === 'other' ? [] : findFindings(article, attribution);
  return { article, quotes: attribution.quotes, speakers: attribution.speakers, findings };
}
