// Findings with 1-based line/column ranges: what `check` prints and SARIF reports.
import type { Finding, RuleId, Severity, Span } from '../core';
import type { LineIndex } from './lineIndex';

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LocatedRelated extends Range {
  file: string;
  span: Span;
  message: string;
}

export interface LocatedFinding extends Range {
  file: string;
  rule: RuleId;
  severity: Severity;
  message: string;
  span: Span;
  related: LocatedRelated[];
  data?: Record<string, unknown>;
}

export function rangeOf(span: Span, lines: LineIndex): Range {
  const start = lines.position(span[0]);
  const end = lines.position(span[1]);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/**
 * `linesOf` gives the line index of another file named by a cross-article related location;
 * when it has none, that location keeps its span and gets line 0.
 */
export function locateFindings(
  file: string,
  findings: Finding[],
  lines: LineIndex,
  linesOf: (file: string) => LineIndex | undefined = () => undefined,
): LocatedFinding[] {
  return findings.map((f) => {
    const located: LocatedFinding = {
      file,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      span: f.span,
      ...rangeOf(f.span, lines),
      related: (f.related ?? []).map((r) => {
        const otherFile = r.file ?? file;
        const otherLines = r.file === undefined || r.file === file ? lines : linesOf(otherFile);
        const range = otherLines ? rangeOf(r.span, otherLines) : { line: 0, column: 0, endLine: 0, endColumn: 0 };
        return { file: otherFile, span: r.span, message: r.message, ...range };
      }),
    };
    if (f.data !== undefined) located.data = f.data;
    return located;
  });
}
