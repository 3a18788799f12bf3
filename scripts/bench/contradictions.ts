// Cross-article contradiction search (the core's workspace rules) over the analyses of a generated
// workspace, reused from the index run so they are not computed twice. The entry point is looked
// up by name at run time, so the bench still runs while that API settles.
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import * as core from '../../src/core';
import type { Analysis, Finding } from '../../src/core';

export interface ContradictionCost {
  articles: number;
  api: string;
  ms: number | null;
  found: number | null;
  byRule?: Record<string, number>;
  note: string;
}

type Search = (docs: { file: string; analysis: Analysis }[]) => unknown;

function findSearch(): { name: string; fn: Search } | null {
  for (const [name, v] of Object.entries(core)) {
    if (typeof v === 'function' && /crossArticle|contradiction/i.test(name) && !/^compare/.test(name)) return { name, fn: v as Search };
  }
  return null;
}

/** An Analysis back from a CLI jsonl line: the article fields are flattened; the text is re-read. */
export function analysisFromLine(line: Record<string, unknown>): { file: string; analysis: Analysis } {
  const { file, quotes, speakers, findings, ...article } = line as Record<string, never>;
  const text = fs.readFileSync(file as string, 'utf8');
  return { file, analysis: { article: { ...(article as object), text } as Analysis['article'], quotes, speakers, findings } };
}

function count(result: unknown): { found: number | null; byRule: Record<string, number> } {
  const byRule: Record<string, number> = {};
  let lists: Finding[][] = [];
  if (result instanceof Map) lists = [...result.values()] as Finding[][];
  else if (Array.isArray(result)) lists = [result as Finding[]];
  else return { found: null, byRule };
  let found = 0;
  for (const l of lists) for (const f of l) {
    found++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  return { found, byRule };
}

export function contradictionCost(docs: { file: string; analysis: Analysis }[]): ContradictionCost {
  const search = findSearch();
  if (!search) return { articles: docs.length, api: 'none', ms: null, found: null, note: 'the core offers no cross-article search' };
  const t0 = performance.now();
  try {
    const r = search.fn(docs);
    const ms = performance.now() - t0;
    return { articles: docs.length, api: search.name, ms, ...count(r), note: '' };
  } catch (e) {
    return { articles: docs.length, api: search.name, ms: null, found: null, note: `threw: ${String(e).slice(0, 120)}` };
  }
}
