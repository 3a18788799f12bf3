// Cross-article contradiction search over the generated workspaces, when `src/core/workspace`
// offers it. The module is looked up at run time so the bench runs before it exists.
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { analyzeText, type Analysis } from '../../src/core';
import { generateWorkspace } from './workspace';

export interface ContradictionCost {
  articles: number;
  api: string;
  ms: number | null;
  found: number | null;
  note: string;
}

type Search = (docs: { file: string; analysis: Analysis }[]) => unknown[];

function findSearch(): { name: string; fn: Search } | null {
  let mod: Record<string, unknown>;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require('../../src/core/workspace');
  } catch {
    return null;
  }
  for (const [name, v] of Object.entries(mod)) {
    if (typeof v === 'function' && /contradiction/i.test(name)) return { name, fn: v as Search };
  }
  return null;
}

export function contradictionCosts(sizes: number[]): ContradictionCost[] {
  const search = findSearch();
  if (!search) return sizes.map((n) => ({ articles: n, api: 'none', ms: null, found: null, note: 'src/core/workspace offers no contradiction search yet' }));
  return sizes.map((n) => {
    const dir = generateWorkspace(n);
    const docs = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ file: f, analysis: analyzeText(fs.readFileSync(path.join(dir, f), 'utf8')) }));
    const t0 = performance.now();
    let found: number | null = null;
    let note = '';
    try {
      const r = search.fn(docs);
      found = Array.isArray(r) ? r.length : null;
    } catch (e) {
      note = `threw: ${String(e).slice(0, 80)}`;
    }
    const ms = performance.now() - t0;
    return { articles: n, api: search.name, ms: note ? null : ms, found, note };
  });
}
