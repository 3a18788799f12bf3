// What the CLI says about each rule: a title for reports and SARIF, and where the README explains it.
import type { RuleId, Severity } from '../core';
import { repository } from '../../package.json';

export interface RuleInfo {
  id: RuleId;
  title: string;
}

export const RULES: RuleInfo[] = [
  { id: 'unattributed', title: 'Check-worthy statement with no source' },
  { id: 'contradiction', title: 'Two statements that cannot both hold' },
  { id: 'position-change', title: 'A speaker changed position between dates' },
  { id: 'anonymous-source', title: 'Statement credited to an unnamed source' },
  { id: 'misquote', title: 'The same quote worded differently in two articles' },
  { id: 'name-variant', title: 'One name spelled two ways' },
];

const README_URL = repository.url.replace(/\.git$/, '') + '/blob/main/README.md';

export function ruleHelpUri(id: string): string {
  return `${README_URL}#rule-${id}`;
}

export const SEVERITY_RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };
