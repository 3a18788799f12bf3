// The one place that maps the core's `Analysis` to the CLI's per-file JSON object: the article
// model's fields flattened next to quotes, speakers and findings, plus the file path.
import type { Analysis, Dateline, Finding, Headline, Quote, Span, Speaker } from '../core';

export interface ArticleJson {
  file: string;
  headline: Headline | null;
  dateline: Dateline | null;
  boilerplate: Span[];
  paragraphs: Span[];
  sentences: Span[];
  quotes: Quote[];
  speakers: Speaker[];
  findings: Finding[];
}

export function toJson(file: string, analysis: Analysis): ArticleJson {
  const { article } = analysis;
  return {
    file,
    headline: article.headline ?? null,
    dateline: article.dateline ?? null,
    boilerplate: article.boilerplate,
    paragraphs: article.paragraphs,
    sentences: article.sentences,
    quotes: analysis.quotes,
    speakers: analysis.speakers,
    findings: analysis.findings,
  };
}
