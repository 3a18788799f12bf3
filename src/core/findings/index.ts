// Placeholder: per-article findings (unattributed statements, contradictions, anonymous sources).
import type { Article, Finding } from '../types';
import type { Attribution } from '../attribution';

export function findFindings(_article: Article, _attribution: Attribution): Finding[] {
  return [];
}
