// Fuzzy search for the QuickPicks ("Find speaker", "Cite a source..."): tolerant of typos and word
// order ("lavrof", "minister foreign"), best match first. Pure: no `vscode`.
import type FuseType from 'fuse.js';

// Loaded on the first search, not at activation. The basic build: no extended search or logical
// queries, which we never use, so less code to parse at load.
let Fuse: typeof FuseType | undefined;

export function fuzzySearcher<T>(items: readonly T[], keys: string[]): (query: string) => T[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  Fuse ??= require('fuse.js/basic') as typeof FuseType;
  const fuse = new Fuse([...items], { keys, threshold: 0.4, ignoreLocation: true, useExtendedSearch: false });
  return (query) => (query.trim() ? fuse.search(query.trim()).map((r) => r.item) : [...items]);
}
