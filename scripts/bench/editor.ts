// Hover and tree refresh from a cached analysis of a 20,000-word article. Measures the extension's
// own providers (src/extension/hover.ts, quotesTree.ts) under a stub `vscode` with real value
// classes; if they cannot be loaded that way, the same lookups on the core data instead.
import * as path from 'path';
import { performance } from 'perf_hooks';
import type { Analysis } from '../../src/core';
import { latency, percentile, type Latency } from './stats';

export interface EditorCosts {
  source: string;
  hover: Latency;
  tree: Latency;
  /** Tree refresh when the speaker directory must be rebuilt too (after the analysis changed). */
  treeRebuild?: Latency;
  error?: string;
}

async function latencyAsync(fn: (i: number) => Promise<unknown>, runs: number, warmup = 200): Promise<Latency> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times: number[] = new Array(runs);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    times[i] = performance.now() - t0;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), max: times[times.length - 1], runs };
}

/** Offsets spread over the document, deterministic; biased onto quotes and mentions so hovers hit. */
function hoverOffsets(a: Analysis): number[] {
  const len = a.article.text.length;
  const spread = Array.from({ length: 500 }, (_, i) => Math.floor((((i * 7919) % 997) / 997) * len));
  const onQuotes = a.quotes.slice(0, 400).map((q) => q.spans[0][0] + 1);
  const onMentions = a.speakers.flatMap((s) => s.mentions.slice(0, 20).map((m) => m.span[0]));
  return [...spread, ...onQuotes, ...onMentions];
}

async function extensionCosts(a: Analysis, runs: number): Promise<EditorCosts> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vs = require('./vscode-stub.js');
  vs.installVscodeStub();
  const ext = path.join(__dirname, '..', '..', 'src', 'extension');
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { ArticleHoverProvider } = require(path.join(ext, 'hover.ts'));
  const { QuotesTreeProvider } = require(path.join(ext, 'quotesTree.ts'));
  const { SpeakerDirectory } = require(path.join(ext, 'quotesTreeModel.ts'));
  /* eslint-enable @typescript-eslint/no-require-imports */
  const uri = 'file:///bench/article.txt';
  const entry = { uri, title: a.article.headline?.text ?? 'article', quotes: a.quotes, speakers: a.speakers, findings: a.findings };
  let directory = new SpeakerDirectory([entry]);
  const index = { directory: () => directory, get: () => entry, all: () => [entry] };
  const service = { current: async () => ({ analysis: a, version: 1 }) };
  const doc = {
    uri: { toString: () => uri },
    offsetAt: (p: { character: number }) => p.character,
    positionAt: (o: number) => ({ line: 0, character: o }),
  };
  const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
  const hover = new ArticleHoverProvider(service, index);
  const offsets = hoverOffsets(a);
  const hoverLat = await latencyAsync((i) => hover.provideHover(doc, { line: 0, character: offsets[i % offsets.length] }, token), runs);

  const tree = new QuotesTreeProvider(index);
  // What the view does on refresh: drop nodes, ask for the roots and their items, and the items
  // of one expanded speaker.
  const refresh = () => {
    tree.refresh();
    const roots = tree.getChildren();
    for (const r of roots) tree.getTreeItem(r);
    if (roots.length) for (const c of tree.getChildren(roots[0])) tree.getTreeItem(c);
  };
  const treeLat = latency(refresh, Math.min(runs, 2000));
  const rebuildLat = latency(() => {
    directory = new SpeakerDirectory([entry]);
    refresh();
  }, Math.min(runs, 1000));
  return { source: 'extension providers, stub vscode', hover: hoverLat, tree: treeLat, treeRebuild: rebuildLat };
}

/** Fallback hover: every item whose span contains the offset, by a linear scan of the core data. */
export function itemsAt(a: Analysis, offset: number): unknown[] {
  const hit: unknown[] = [];
  const inside = (s: [number, number]) => s[0] <= offset && offset < s[1];
  for (const q of a.quotes) if (q.spans.some(inside) || (q.cue && inside(q.cue.span))) hit.push(q);
  for (const s of a.speakers) for (const m of s.mentions) if (inside(m.span)) hit.push(s);
  for (const f of a.findings) if (inside(f.span)) hit.push(f);
  return hit;
}

/** Fallback tree: quotes grouped by speaker, sorted by count. */
export function speakerTree(a: Analysis): { label: string; children: string[] }[] {
  const groups = new Map<string, { label: string; children: string[] }>();
  const names = new Map(a.speakers.map((s) => [s.id, s.entity]));
  for (const q of a.quotes) {
    const key = q.speaker.id ?? '';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { label: names.get(key) ?? '(unknown speaker)', children: [] }));
    g.children.push(q.text.slice(0, 80));
  }
  return [...groups.values()].sort((x, y) => y.children.length - x.children.length);
}

export async function editorCosts(a: Analysis, runs = 5000): Promise<EditorCosts> {
  try {
    return await extensionCosts(a, runs);
  } catch (e) {
    const offsets = hoverOffsets(a);
    return {
      source: 'core data (extension providers not loadable)',
      hover: latency((i) => itemsAt(a, offsets[i % offsets.length]), runs),
      tree: latency(() => speakerTree(a), Math.min(runs, 2000)),
      error: String(e).slice(0, 200),
    };
  }
}
