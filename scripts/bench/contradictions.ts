// Cross-article search (the core's workspace rules) over the analyses of a generated workspace,
// reused from the index run so they are not computed twice. Measured in CPU time (the machine is
// shared), with what the search reports about itself (statements, pairs compared, keys too common
// to pair on, findings capped per statement).
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import { findCrossArticleFindings, type Analysis, type Finding } from '../../src/core';
import type { CrossArticleSlices, CrossArticleStats } from '../../src/core/workspace';

export interface ContradictionCost {
  articles: number;
  api: string;
  /** CPU time, ms. */
  ms: number | null;
  wallMs: number | null;
  found: number | null;
  byRule?: Record<string, number>;
  stats?: CrossArticleStats;
  note: string;
}

/** An Analysis back from a CLI jsonl line: the article fields are flattened; the text is re-read. */
export function analysisFromLine(line: Record<string, unknown>): { file: string; analysis: Analysis } {
  const { file, quotes, speakers, findings, ...article } = line as Record<string, never>;
  const text = fs.readFileSync(file as string, 'utf8');
  return { file, analysis: { article: { ...(article as object), text } as Analysis['article'], quotes, speakers, findings } };
}

function count(result: Map<string, Finding[]>): { found: number; byRule: Record<string, number> } {
  const byRule: Record<string, number> = {};
  let found = 0;
  for (const l of result.values())
    for (const f of l) {
      found++;
      byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    }
  return { found, byRule };
}

export function contradictionCost(docs: { file: string; analysis: Analysis }[]): ContradictionCost {
  const stats = {} as CrossArticleStats;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  try {
    const r = findCrossArticleFindings(docs, { stats });
    const c = process.cpuUsage(c0);
    return { articles: docs.length, api: 'findCrossArticleFindings', ms: (c.user + c.system) / 1000, wallMs: performance.now() - t0, ...count(r), stats, note: '' };
  } catch (e) {
    return { articles: docs.length, api: 'findCrossArticleFindings', ms: null, wallMs: null, found: null, note: `threw: ${String(e).slice(0, 120)}` };
  }
}

export interface SlicedCost {
  /** Calls the editor would make (one per slice). */
  slices: number;
  /** Per call, wall time (ms): median, 95th percentile, longest. On a shared machine a slice also
   *  waits for a core, and V8's collector pauses land in whichever slice allocates. */
  wallP50Ms: number;
  wallP95Ms: number;
  wallMaxMs: number;
  /** The longest call in process CPU time (all threads: the collector's helper threads count too). */
  longestCpuMs: number;
  /** Whether the findings equal those of the search in one go. */
  same: boolean;
}

/**
 * The search as the editor runs it: in slices of `sliceMs` (findCrossArticleFindings with
 * `slices`), each call timed; the analyses' digests are made first, as the editor does.
 */
export function slicedCost(docs: { file: string; analysis: Analysis }[], sliceMs = 15): SlicedCost {
  const expected = findCrossArticleFindings(docs);
  const slices: CrossArticleSlices = { sliceMs };
  let longestCpu = 0;
  const walls: number[] = [];
  let found = new Map<string, Finding[]>();
  while (!slices.done) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    found = findCrossArticleFindings(docs, { slices });
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    longestCpu = Math.max(longestCpu, (c.user + c.system) / 1000);
  }
  walls.sort((a, b) => a - b);
  const at = (q: number) => walls[Math.min(walls.length - 1, Math.floor(q * walls.length))];
  return { slices: walls.length, wallP50Ms: at(0.5), wallP95Ms: at(0.95), wallMaxMs: walls[walls.length - 1], longestCpuMs: longestCpu, same: JSON.stringify([...found]) === JSON.stringify([...expected]) };
}
