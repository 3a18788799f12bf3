// The work done for one file, in a worker thread or inline: read, decode, analyse, and render
// what the command prints, so that only small strings and records cross back to the main thread.
import type { Analysis } from '../core';
import { analyzeWith } from '../core/analyze';
import type { Statement } from '../core/findings';
import { crossArticleDigest, packQuotes, summariseAnalysis, type AnalysisSummary, type CrossArticleDigest } from '../core/workspace';
import { readArticleFileSync, type Decoded } from './readArticleFile';
import { toJson } from './toJson';
import { renderTextReport } from './textReport';
import { locateFindings, type LocatedFinding } from './locate';
import { LineIndex } from './lineIndex';

export type Mode = 'analyze' | 'check';
export type AnalyzeFormat = 'text' | 'json' | 'jsonl';

export interface Task {
  index: number;
  file: string;
  mode: Mode;
  format: AnalyzeFormat | 'json' | 'sarif' | 'text';
  maxBytes: number;
  /** Keep the analysis and line starts for cross-article checks in the main thread. */
  keepAnalysis: boolean;
  /** An error already known (from the folder walk): nothing to read. */
  error?: string;
}

export interface TaskResult {
  index: number;
  file: string;
  /** Why the file was skipped, or null when it was analysed. */
  error: string | null;
  /** Things worth telling the user that did not stop the analysis (encoding guesses). */
  notes: string[];
  /** `analyze`: the rendered text block or JSON for this file. */
  output?: string;
  /** `check`: findings with line and column. */
  findings?: LocatedFinding[];
  /**
   * `keepAnalysis`: the article's summary (core/workspace/summary.ts: no layout, its quotes packed
   * until `keepForCrossArticle` makes it ready on the thread that keeps it).
   */
  analysis?: AnalysisSummary;
  /** `keepAnalysis`: the article's share of the cross-article work, done here while its statements were at hand. */
  digest?: CrossArticleDigest;
  lineStarts?: number[];
}

/** A file read and decoded. */
export type ReadText = Extract<Decoded, { ok: true }>;

export async function processFile(task: Task): Promise<TaskResult> {
  return analyseRead(task, readTask(task));
}

/** The file's text, or the result that skips it (a known error, or one reading it). */
export function readTask(task: Task): ReadText | TaskResult {
  if (task.error) return { index: task.index, file: task.file, error: task.error, notes: [] };
  const decoded = readArticleFileSync(task.file, { maxBytes: task.maxBytes });
  if (!decoded.ok) return { index: task.index, file: task.file, error: decoded.error, notes: [] };
  return decoded;
}

/** Analyses and renders a file `readTask` read. */
export function analyseRead(task: Task, read: ReadText | TaskResult): TaskResult {
  if ('index' in read) return read;
  const decoded = read;
  const base = { index: task.index, file: task.file };
  let analysis: Analysis;
  // The findings make the article's statements; its cross-article share reuses them.
  let statements: Statement[] | undefined;
  try {
    analysis = analyzeWith(decoded.text, task.keepAnalysis ? { findings: { onStatements: (made) => void (statements = made) } } : {});
  } catch (err) {
    // An engine bug must not take the other files down with it.
    return { ...base, error: `analysis failed: ${(err as Error)?.message ?? String(err)}`, notes: decoded.notes };
  }
  const result: TaskResult = { ...base, error: null, notes: decoded.notes };
  // JSON output has offsets only: no line index to build.
  const json = task.mode === 'analyze' && task.format !== 'text';
  const lines = json && !task.keepAnalysis ? null : new LineIndex(decoded.text);
  if (json) result.output = JSON.stringify(toJson(task.file, analysis));
  else if (task.mode === 'analyze') result.output = renderTextReport(task.file, analysis, lines!);
  else result.findings = locateFindings(task.file, analysis.findings, lines!);
  if (task.keepAnalysis) {
    // Held for the cross-article pass until every file is done: its own findings are already out.
    // Its share of that pass is done here, on this thread (the main thread only stores it), and
    // only the summary crosses back: no layout, the quotes packed (a cheaper copy between threads).
    const digest = crossArticleDigest(analysis, statements);
    const quotes = packQuotes(analysis.quotes, decoded.text);
    const summary = summariseAnalysis({ ...analysis, findings: [] }, false);
    result.analysis = { ...summary, quotes } as unknown as AnalysisSummary;
    if (digest) result.digest = digest;
    result.lineStarts = lines!.lineStarts;
  }
  return result;
}
