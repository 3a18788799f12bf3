// Per-rule severity: `newsfact.rules.<ruleId>`, one setting per rule declared in package.json.
import * as vscode from 'vscode';
import type { RuleId } from '../core/types';

export type RuleLevel = 'error' | 'warning' | 'information' | 'hint' | 'off';

export const RULE_DEFAULTS: Record<RuleId, RuleLevel> = {
  unattributed: 'information',
  contradiction: 'warning',
  'position-change': 'information',
  misquote: 'warning',
  'name-variant': 'hint',
  'anonymous-source': 'information',
};

const LEVELS: Record<Exclude<RuleLevel, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The configured severity of a rule for a document, or undefined when the rule is off. */
export function ruleSeverity(rule: string, scope?: vscode.Uri): vscode.DiagnosticSeverity | undefined {
  const fallback = RULE_DEFAULTS[rule as RuleId] ?? 'information';
  const level = vscode.workspace.getConfiguration('newsfact.rules', scope).get<string>(rule, fallback);
  if (level === 'off') return undefined;
  return LEVELS[level as keyof typeof LEVELS] ?? LEVELS[fallback === 'off' ? 'information' : fallback];
}
