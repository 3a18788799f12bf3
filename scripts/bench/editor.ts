// Hover and tree refresh from a cached analysis of a 20,000-word article. The extension's own
// providers are used when they can be called without an editor (see `extensionAdapters`);
// otherwise the same lookups are measured on the core data: a hover is "what is at this offset"
// (quotes, speaker mentions, findings), a tree refresh is grouping quotes by speaker.
import type { Analysis } from '../../src/core';
import { latency, type Latency } from './stats';

export interface EditorCosts {
  source: string;
  hover: Latency;
  tree: Latency;
}

/** What a hover needs: every item whose span contains the offset. Linear scan, as a plain provider would. */
export function itemsAt(a: Analysis, offset: number): unknown[] {
  const hit: unknown[] = [];
  const inside = (s: [number, number]) => s[0] <= offset && offset < s[1];
  for (const q of a.quotes) if (q.spans.some(inside) || (q.cue && inside(q.cue.span))) hit.push(q);
  for (const s of a.speakers) for (const m of s.mentions) if (inside(m.span)) hit.push(s);
  for (const f of a.findings) if (inside(f.span)) hit.push(f);
  return hit;
}

interface TreeNode {
  label: string;
  children: { label: string; offset: number }[];
}

/** The "Quotes by Speaker" tree: one node per speaker (plus unresolved), sorted by quote count. */
export function speakerTree(a: Analysis): TreeNode[] {
  const byId = new Map<string, TreeNode>();
  const names = new Map(a.speakers.map((s) => [s.id, s.entity]));
  for (const q of a.quotes) {
    const key = q.speaker.id ?? '';
    let node = byId.get(key);
    if (!node) {
      node = { label: names.get(key) ?? q.speaker.entity ?? '(unknown speaker)', children: [] };
      byId.set(key, node);
    }
    node.children.push({ label: q.text.length > 80 ? q.text.slice(0, 79) + '…' : q.text, offset: q.spans[0]?.[0] ?? 0 });
  }
  return [...byId.values()].sort((x, y) => y.children.length - x.children.length || x.label.localeCompare(y.label));
}

export function editorCosts(a: Analysis, runs = 5000): EditorCosts {
  const len = a.article.text.length;
  // Offsets spread over the document, deterministic.
  const offsets = Array.from({ length: 997 }, (_, i) => Math.floor(((i * 7919) % 997) / 997 * len));
  return {
    source: 'core data (extension providers not separable)',
    hover: latency((i) => itemsAt(a, offsets[i % offsets.length]), runs),
    tree: latency(() => speakerTree(a), Math.min(runs, 2000)),
  };
}
