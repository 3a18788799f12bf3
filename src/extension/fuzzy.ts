// Fuzzy search for the QuickPicks ("Find speaker", "Cite a source..."): tolerant of typos and word
// order ("lavrof", "minister foreign"), best match first. Pure: no `vscode`.
import Fuse from 'fuse.js';

export function fuzzySearcher<T>(items: readonly T[], keys: string[]): (query: string) => T[] {
  const fuse = new Fuse([...items], { keys, threshold: 0.4, ignoreLocation: true, useExtendedSearch: false });
  return (query) => (query.trim() ? fuse.search(query.trim()).map((r) => r.item) : [...items]);
}
