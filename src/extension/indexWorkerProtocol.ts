// Messages between the workspace index (extension host) and its analysis worker, and what the
// host makes of an answer. Pure (no `vscode`, no Node modules). The worker's side is
// indexWorkerHandler.ts.
import type { AnalysisSummary, CrossArticleDigest, QuotePack } from '../core/workspace';
import { prepareForCrossArticle } from '../core/workspace';

/**
 * Heap caps of a Node index worker. Without them V8 lets each worker's heap grow with its garbage
 * (about 130 MB each over a large workspace, against 80 with them, at the same CPU time); a batch
 * that needs more fails with an out-of-memory error and is analysed in the extension host instead.
 * The young generation: the analysis allocates ~100 MB per MB of text, nearly all short-lived; at
 * 8 MB a worker scavenged about twice as often and promoted more, for 4-6% more CPU than at 16 (the same
 * as 24-48 within noise; each MB more is resident in each worker).
 */
export const WORKER_RESOURCE_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };

/** Whether a worker stopped because it reached its heap cap (one batch too large: the next may fit). */
export function isOutOfMemory(err: unknown): boolean {
  return !!err && typeof err === 'object' && (err as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/** A batch of texts to analyse (the host reads the files: it owns `vscode.workspace.fs`). */
export interface IndexRequest {
  type: 'analyze';
  batch: number;
  items: Array<{ id: string; text: string }>;
}

/**
 * What the host keeps of a file, without its article's text and its quotes: the host sent the
 * text and still holds it, so it does not come back (the answer is copied between threads); the
 * quotes come packed (core/workspace/packedQuotes.ts), a typed array rather than thousands of
 * small objects to copy.
 */
export type TextlessSummary = Omit<AnalysisSummary, 'article' | 'quotes'> & { article: Omit<AnalysisSummary['article'], 'text'>; quotes: QuotePack };

/**
 * A file's summary (the analysis without its article's layout: see core/workspace/summary.ts),
 * its quotes packed, and its share of the cross-article work, all done in the worker so the host
 * only stores them.
 */
export type IndexResult = { id: string; summary: TextlessSummary; digest?: CrossArticleDigest } | { id: string; error: string };

export interface IndexResponse {
  type: 'analyzed';
  batch: number;
  results: IndexResult[];
}

/**
 * What the host keeps of a worker's answer (a copy it owns), undefined if the worker could not
 * analyse the text: the summary with its text put back (in place), its quotes read from their
 * pack, its strings pooled, the worker's cross-article share adopted (so the search does not work
 * it out again on the host).
 */
export function restoreSummary(r: IndexResult, text: string): AnalysisSummary | undefined {
  if (!('summary' in r)) return undefined;
  (r.summary.article as AnalysisSummary['article']).text = text;
  return prepareForCrossArticle(r.summary as unknown as AnalysisSummary, true, r.digest) as AnalysisSummary;
}

export function isIndexRequest(m: unknown): m is IndexRequest {
  return !!m && typeof m === 'object' && (m as IndexRequest).type === 'analyze' && Array.isArray((m as IndexRequest).items);
}
