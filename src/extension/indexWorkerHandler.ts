// The index worker's side of its messages: analyse each text and reduce it to what the host keeps
// (its summary) and its share of the cross-article work, while the article's layout is at hand.
// Pure (no `vscode`, no Node modules): the Node and the browser worker entries both wrap
// `handleIndexRequest`, and unit tests call it directly. Only the worker bundles import it (the
// extension bundle reaches the core through lazyCore.ts, which does not offer these functions).
import { analyzeWith } from '../core/analyze';
import type { Statement } from '../core/findings';
import type { Analysis, Article } from '../core/types';
import { crossArticleDigest, packQuotes, summariseAnalysis, type CrossArticleDigest } from '../core/workspace';
import type { IndexRequest, IndexResponse, IndexResult, TextlessSummary } from './indexWorkerProtocol';

/** Analyses each text of a batch with the same pipeline as the editor's `analyzeText`; one failure does not sink the batch. */
export function handleIndexRequest(req: IndexRequest): IndexResponse {
  const results: IndexResult[] = req.items.map(({ id, text }) => {
    try {
      // The findings make the article's statements; the cross-article share reuses them.
      let statements: Statement[] | undefined;
      const analysis = analyzeWith(text, { findings: { onStatements: (made) => { statements = made; } } });
      return { id, ...summaryFor(analysis, statements) };
    } catch (err) {
      return { id, error: (err as Error)?.message ?? String(err) };
    }
  });
  return { type: 'analyzed', batch: req.batch, results };
}

/** The part of a whole analysis the host keeps (its strings not pooled: this thread's pool would not reach the host), its quotes packed, and its cross-article share. */
export function summaryFor(analysis: Analysis, statements?: Statement[]): { summary: TextlessSummary; digest?: CrossArticleDigest } {
  const digest = crossArticleDigest(analysis, statements);
  const quotes = packQuotes(analysis.quotes, analysis.article.text);
  const summary = summariseAnalysis(analysis, false);
  const { text: _sent, ...article } = summary.article as Article;
  return { summary: { ...summary, article, quotes }, ...(digest ? { digest } : {}) };
}
