// `newsfact check`: findings like a linter (text), as a JSON array, or as SARIF for CI.
import { promises as fsp } from 'fs';
import type { CliOptions } from './args';
import { emptyCounts, renderFindingLine, renderSummary } from './checkReport';
import { CROSS_ARTICLE_MAX_FILES, crossArticleAvailable, crossArticleFindings, keepForCrossArticle, tooManyFilesNote, type CheckedArticle } from './crossArticle';
import type { LocatedFinding } from './locate';
import { SEVERITY_RANK } from './rules';
import { runFiles, type Io } from './runFiles';
import { sarifFooter, sarifHeader, sarifResult, type Notification } from './sarif';
import { readAhead, walkInputs, type WalkItem } from './walk';
import { version } from '../../package.json';

/** `maxCrossFiles`: the cross-article cap (a parameter only so tests can use a small one). */
export async function checkCommand(opts: CliOptions, io: Io, cwd = process.cwd(), maxCrossFiles = CROSS_ARTICLE_MAX_FILES): Promise<number> {
  const { stdout } = io;
  const counts = emptyCounts();
  const threshold = opts.failOn === 'none' ? Infinity : SEVERITY_RANK[opts.failOn];
  let failing = false;
  let written = 0;
  const notifications: Notification[] = [];
  // Cross-article checks need every article's quotes and findings at the end; only then are they kept.
  let crossArticle = opts.crossArticle && crossArticleAvailable && (opts.inputs.length > 1 || (await anyFolder(opts.inputs)));
  // Decided before the run, by reading the walk one file past the cap: over it, no file is kept and
  // no worker makes the summary, so memory stays as `analyze`'s instead of climbing to the cap first.
  let items: AsyncGenerator<WalkItem> | undefined;
  if (crossArticle) {
    const ahead = await readAhead(walkInputs(opts.inputs), maxCrossFiles + 1);
    items = ahead.items;
    if (ahead.files > maxCrossFiles) {
      crossArticle = false;
      io.stderr.write(tooManyFilesNote(maxCrossFiles) + '\n');
    }
  }
  let kept: CheckedArticle[] = [];
  let crossFailed = false;

  const emit = (f: LocatedFinding) => {
    counts[f.severity] = (counts[f.severity] ?? 0) + 1;
    if ((SEVERITY_RANK[f.severity] ?? 0) >= threshold) failing = true;
    if (opts.format === 'text') stdout.write(renderFindingLine(f));
    else if (opts.format === 'json') stdout.write((written ? ',\n' : '\n') + JSON.stringify(f));
    else stdout.write((written ? ',\n' : '') + sarifResult(f, cwd));
    written++;
  };

  if (opts.format === 'json') stdout.write('[');
  if (opts.format === 'sarif') stdout.write(sarifHeader(version, cwd));
  const stats = await runFiles(opts, { mode: 'check', ordered: true, keepAnalysis: crossArticle, items }, io, (r) => {
    if (opts.format === 'sarif') {
      for (const note of r.notes) notifications.push({ file: r.file, message: note, level: 'note' });
      if (r.error !== null) notifications.push({ file: r.file, message: r.error, level: 'error' });
    }
    for (const f of r.findings ?? []) emit(f);
    if (crossArticle && r.analysis && r.lineStarts) kept.push(keepForCrossArticle(r.file, r.analysis, r.lineStarts, r.digest));
  });
  if (crossArticle && kept.length > 1) {
    try {
      const cross = crossArticleFindings(kept);
      for (const f of cross.findings) emit(f);
      if (cross.note) io.stderr.write(`newsfact: note: ${cross.note}\n`);
    } catch (err) {
      io.stderr.write(`newsfact: cross-article checks failed: ${(err as Error)?.message ?? String(err)}\n`);
      crossFailed = true;
    }
  }
  kept = [];

  if (opts.format === 'json') stdout.write(written ? '\n]\n' : ']\n');
  if (opts.format === 'sarif') stdout.write(sarifFooter(stats.failed === 0, notifications, cwd));
  const summary = renderSummary(counts, stats.files - stats.failed, stats.failed);
  // The summary is for people: on stdout with text output, on stderr when stdout is data.
  if (opts.format === 'text') stdout.write(summary);
  else io.stderr.write(`newsfact: ${summary}`);

  if (stats.files === 0) {
    io.stderr.write(`newsfact: no .txt files found in ${opts.inputs.join(', ')}\n`);
    return 2;
  }
  if (stats.failed || crossFailed) return 2;
  return failing ? 1 : 0;
}

async function anyFolder(inputs: string[]): Promise<boolean> {
  for (const p of inputs) {
    try {
      if ((await fsp.stat(p)).isDirectory()) return true;
    } catch {
      // Reported by the walk.
    }
  }
  return false;
}
