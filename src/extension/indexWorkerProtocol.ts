// Messages between the workspace index (extension host) and its analysis worker, and the
// worker's side of them. Pure (no `vscode`, no Node modules): the Node and the browser worker
// entries both wrap `handleIndexRequest`, and unit tests call it directly.
import { analyzeText } from '../core/analyze';
import type { Analysis } from '../core/types';

/** A batch of texts to analyse (the host reads the files: it owns `vscode.workspace.fs`). */
export interface IndexRequest {
  type: 'analyze';
  batch: number;
  items: Array<{ id: string; text: string }>;
}

export type IndexResult = { id: string; analysis: Analysis } | { id: string; error: string };

export interface IndexResponse {
  type: 'analyzed';
  batch: number;
  results: IndexResult[];
}

/** Analyses each text of a batch with the same `analyzeText` as the editor; one failure does not sink the batch. */
export function handleIndexRequest(req: IndexRequest): IndexResponse {
  const results: IndexResult[] = req.items.map(({ id, text }) => {
    try {
      return { id, analysis: analyzeText(text) };
    } catch (err) {
      return { id, error: (err as Error)?.message ?? String(err) };
    }
  });
  return { type: 'analyzed', batch: req.batch, results };
}

export function isIndexRequest(m: unknown): m is IndexRequest {
  return !!m && typeof m === 'object' && (m as IndexRequest).type === 'analyze' && Array.isArray((m as IndexRequest).items);
}
