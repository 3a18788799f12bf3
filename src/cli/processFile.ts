// The work done for one file, in a worker thread or inline: read, decode, analyse, and render
// what the command prints, so that only small strings and records cross back to the main thread.
import { analyzeText, type Analysis } from '../core';
import { readArticleFile } from './readArticleFile';
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
  analysis?: Analysis;
  lineStarts?: number[];
}

export async function processFile(task: Task): Promise<TaskResult> {
  const base = { index: task.index, file: task.file };
  if (task.error) return { ...base, error: task.error, notes: [] };
  const decoded = await readArticleFile(task.file, { maxBytes: task.maxBytes });
  if (!decoded.ok) return { ...base, error: decoded.error, notes: [] };
  let analysis: Analysis;
  try {
    analysis = analyzeText(decoded.text);
  } catch (err) {
    // An engine bug must not take the other files down with it.
    return { ...base, error: `analysis failed: ${(err as Error)?.message ?? String(err)}`, notes: decoded.notes };
  }
  const result: TaskResult = { ...base, error: null, notes: decoded.notes };
  const lines = new LineIndex(decoded.text);
  if (task.mode === 'analyze') {
    if (task.format === 'text') result.output = renderTextReport(task.file, analysis, lines);
    else result.output = JSON.stringify(toJson(task.file, analysis));
  } else {
    result.findings = locateFindings(task.file, analysis.findings, lines);
  }
  if (task.keepAnalysis) {
    // Held for the cross-article pass until every file is done: its own findings are already out.
    result.analysis = { ...analysis, findings: [] };
    result.lineStarts = lines.lineStarts;
  }
  return result;
}
