// SARIF 2.1.0 for CI (GitHub code scanning and the like), written piece by piece so a large run
// never holds every result at once.
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Severity } from '../core';
import type { LocatedFinding, Range } from './locate';
import { RULES, ruleHelpUri } from './rules';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function sarifHeader(version: string, cwd: string): string {
  const driver = {
    name: 'newsfact',
    version,
    informationUri: ruleHelpUri('').replace(/#rule-$/, ''),
    rules: RULES.map((r) => ({
      id: r.id,
      name: r.id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
      shortDescription: { text: r.title },
      helpUri: ruleHelpUri(r.id),
    })),
  };
  const run = {
    tool: { driver },
    originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
    columnKind: 'utf16CodeUnits',
  };
  const head = JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] });
  // Reopen the run object to stream `results` into it.
  return head.slice(0, -3) + ',"results":[\n';
}

export function sarifResult(f: LocatedFinding, cwd: string): string {
  const ruleIndex = RULES.findIndex((r) => r.id === f.rule);
  const result: Record<string, unknown> = {
    ruleId: f.rule,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVEL[f.severity] ?? 'warning',
    message: { text: f.message },
    locations: [location(f.file, f, cwd)],
    properties: { severity: f.severity },
  };
  if (f.related.length) {
    result.relatedLocations = f.related.map((r, i) => ({
      id: i + 1,
      ...location(r.file, r.line > 0 ? r : null, cwd),
      message: { text: r.message },
    }));
  }
  return JSON.stringify(result);
}

export interface Notification {
  file: string;
  message: string;
  level: 'error' | 'note';
}

export function sarifFooter(successful: boolean, notifications: Notification[], cwd: string): string {
  const invocation = {
    executionSuccessful: successful,
    toolExecutionNotifications: notifications.map((n) => ({
      level: n.level,
      message: { text: n.message },
      locations: [location(n.file, null, cwd)],
    })),
  };
  return `\n],"invocations":[${JSON.stringify(invocation)}]}]}\n`;
}

function location(file: string, range: Range | null, cwd: string) {
  const physicalLocation: Record<string, unknown> = { artifactLocation: artifact(file, cwd) };
  if (range) {
    physicalLocation.region = {
      startLine: range.line,
      startColumn: range.column,
      endLine: range.endLine,
      endColumn: range.endColumn,
    };
  }
  return { physicalLocation };
}

/** Paths under the working folder are relative to SRCROOT (what code scanning expects); others absolute. */
function artifact(file: string, cwd: string) {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(cwd, abs);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
  }
  return { uri: pathToFileURL(abs).href };
}
