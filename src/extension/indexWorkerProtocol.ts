// Messages between the workspace index (extension host) and its analysis worker, and the
// worker's side of them. Pure (no `vscode`, no Node modules): the Node and the browser worker
// entries both wrap `handleIndexRequest`, and unit tests call it directly.
import { analyzeText } from '../core/analyze';
import type { Analysis, Article } from '../core/types';

/** A batch of texts to analyse (the host reads the files: it owns `vscode.workspace.fs`). */
export interface IndexRequest {
  type: 'analyze';
  batch: number;
  items: Array<{ id: string; text: string }>;
}

/**
 * An analysis without its article's text: the host sent the text and still holds it, so it does
 * not come back (the answer is copied between threads; the text is the largest part of it).
 */
export type TextlessAnalysis = Omit<Analysis, 'article'> & { article: Omit<Article, 'text'> };

export type IndexResult = { id: string; analysis: TextlessAnalysis } | { id: string; error: string };

/** The analysis again, with the text the host sent. */
export function withText(analysis: TextlessAnalysis, text: string): Analysis {
  return { ...analysis, article: { ...analysis.article, text } };
}

export interface IndexResponse {
  type: 'analyzed';
  batch: number;
  results: IndexResult[];
}

/** Analyses each text of a batch with the same `analyzeText` as the editor; one failure does not sink the batch. */
export function handleIndexRequest(req: IndexRequest): IndexResponse {
  const results: IndexResult[] = req.items.map(({ id, text }) => {
    try {
      const { article, ...rest } = analyzeText(text);
      const { text: _sent, ...textless } = article;
      return { id, analysis: { ...rest, article: textless } };
    } catch (err) {
      return { id, error: (err as Error)?.message ?? String(err) };
    }
  });
  return { type: 'analyzed', batch: req.batch, results };
}

export function isIndexRequest(m: unknown): m is IndexRequest {
  return !!m && typeof m === 'object' && (m as IndexRequest).type === 'analyze' && Array.isArray((m as IndexRequest).items);
}
