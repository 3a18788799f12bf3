// `newsfact check` text and JSON rendering: linter-style lines and a closing summary.
import type { Severity } from '../core';
import type { LocatedFinding } from './locate';

export function renderFindingLine(f: LocatedFinding): string {
  const lines = [`${f.file}:${f.line}:${f.column}: ${f.severity} ${f.rule} ${oneLine(f.message)}`];
  // Indented, so tools that match `path:line:col:` at the start of a line take only the finding.
  for (const r of f.related) {
    const where = r.line > 0 ? `${r.file}:${r.line}:${r.column}` : r.file;
    lines.push(`  ${where}: related: ${oneLine(r.message)}`);
  }
  return lines.join('\n') + '\n';
}

export type SeverityCounts = Record<Severity, number>;

export function emptyCounts(): SeverityCounts {
  return { error: 0, warning: 0, information: 0, hint: 0 };
}

export function renderSummary(counts: SeverityCounts, files: number, failedFiles: number): string {
  const total = counts.error + counts.warning + counts.information + counts.hint;
  let s =
    `${total} finding${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ` +
    `${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.information} information, ` +
    `${counts.hint} hint${counts.hint === 1 ? '' : 's'}) in ${files} file${files === 1 ? '' : 's'}`;
  if (failedFiles) s += `; ${failedFiles} file${failedFiles === 1 ? '' : 's'} could not be checked`;
  return s + '\n';
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
