// Per-article findings: unattributed statements, contradictions, anonymous sources. Consumes the
// article model and the attribution engine's quotes and speakers; adds nothing to either.
import type { Article, Finding, Span, Speaker } from '../types';
import type { Attribution } from '../attribution';
import { findAnonymousSources } from './anonymousSource';
import { findContradictions, type ContradictionMemo } from './contradictions';
import { articleStatements, bodySentences, type Statement } from './statements';
import { findUnattributed, type VerdictCache } from './unattributed';
import { looksEnglish, type Words } from './text';


export { compareStatements, eachIndexKey, indexKeys } from './contradiction';
export type { Clash, ClashKind } from './contradiction';
export { articleStatements, quoteStatement, ownStatement, bodySentences } from './statements';
export type { Statement } from './statements';
export { checkWorthiness } from './unattributed';
export { contradictionFindings, findContradictions } from './contradictions';

export { contradictionMemo } from './contradictions';
export type { ContradictionMemo } from './contradictions';
export type { Verdict, VerdictCache } from './unattributed';

/** What an incremental re-analysis lends the findings (src/core/incremental); all optional. */
export interface FindingsCaches {
  statements?: (article: Article, attribution: Attribution, sentences: Span[]) => Statement[];
  verdicts?: VerdictCache;
  contradictions?: ContradictionMemo;
  /** Handed the article's statements once they are made, so a caller that needs them too (the
   *  workspace index's cross-article share) does not make them again. */
  onStatements?: (statements: Statement[]) => void;
}

export function findFindings(article: Article, attribution: Attribution, caches: FindingsCaches = {}): Finding[] {
  try {
    if (!looksEnglish(article.text)) return findAnonymousSources(attribution.quotes, attribution.speakers);
    const sentences = bodySentences(article);
    // Sentences outside quotes are tokenized once, for their statements, and read again by the unattributed rule.
    const ownWords = new Map<number, Words>();
    // Own statements that can clash with none are left unmade (their words only) when no one else
    // reads the statements: the incremental path's memo keeps answers by statement.
    const alone: Words[] | undefined = caches.statements || caches.onStatements || caches.contradictions ? undefined : [];
    const statements = caches.statements ? caches.statements(article, attribution, sentences) : articleStatements(article, attribution, sentences, ownWords, alone);
    caches.onStatements?.(statements);
    // concat, not push(...): a huge article has more findings than a call may take arguments.
    const findings: Finding[] = findUnattributed(article, sentences, attribution.quotes, caches.verdicts, ownWords).concat(
      findContradictions(statements, caches.contradictions, alone),
      findAnonymousSources(attribution.quotes, attribution.speakers),
    );
    return findings.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  } catch {
    // Bad input never breaks the editor: an article we cannot reason about has no findings.
    return [];
  }
}

export type { Speaker };
