// Pure parts of "Ignore this finding": the sentence fingerprint that survives edits elsewhere in
// the article, and reading/merging the shareable `.newsfact/ignore.json`. No `vscode` here.

export interface IgnoreEntry {
  /** Workspace-relative path with forward slashes. */
  file: string;
  rule: string;
  fingerprint: string;
  /** The start of the sentence, so a person reading the file (or a git diff) knows what it is. */
  excerpt: string;
}

export interface IgnoreFileData {
  version: 1;
  ignored: IgnoreEntry[];
}

export type ParseResult = { ok: true; data: IgnoreFileData } | { ok: false; error: string };

/** Case, spacing and quote-mark style do not change what a sentence says. */
export function normaliseSentence(text: string): string {
  return text
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** 53-bit string hash (cyrb53) as hex: stable across platforms, no crypto API needed in a worker. */
export function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

export function fingerprint(rule: string, sentence: string): string {
  return hash(`${rule}\u0000${normaliseSentence(sentence)}`);
}

export function excerpt(sentence: string, max = 80): string {
  const s = sentence.replace(/\s+/g, ' ').trim();
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

export function emptyIgnoreFile(): IgnoreFileData {
  return { version: 1, ignored: [] };
}

/** Reads the file strictly: anything unexpected is an error to show, never a reason to start over. */
export function parseIgnoreFile(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `it is not valid JSON (${(e as Error).message})` };
  }
  if (!raw || typeof raw !== 'object' || !Array.isArray((raw as { ignored?: unknown }).ignored)) {
    return { ok: false, error: 'it has no "ignored" list' };
  }
  const ignored: IgnoreEntry[] = [];
  for (const [i, e] of ((raw as { ignored: unknown[] }).ignored).entries()) {
    const o = e as Partial<IgnoreEntry> | null;
    if (!o || typeof o.file !== 'string' || typeof o.rule !== 'string' || typeof o.fingerprint !== 'string') {
      return { ok: false, error: `entry ${i + 1} needs "file", "rule" and "fingerprint" strings` };
    }
    ignored.push({ file: o.file, rule: o.rule, fingerprint: o.fingerprint, excerpt: typeof o.excerpt === 'string' ? o.excerpt : '' });
  }
  return { ok: true, data: { version: 1, ignored } };
}

export function entryKey(e: Pick<IgnoreEntry, 'file' | 'rule' | 'fingerprint'>): string {
  return `${e.file}\u0000${e.rule}\u0000${e.fingerprint}`;
}

/** `base` plus `add`, minus `remove`: applied to what is on disk right before writing, so a
 * concurrent write from another window keeps its entries. Sorted for small git diffs. */
export function applyChanges(base: IgnoreFileData, add: readonly IgnoreEntry[], remove: readonly IgnoreEntry[]): IgnoreFileData {
  const removed = new Set(remove.map(entryKey));
  const out = new Map<string, IgnoreEntry>();
  for (const e of [...base.ignored, ...add]) if (!removed.has(entryKey(e))) out.set(entryKey(e), e);
  const ignored = [...out.values()].sort((a, b) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint));
  return { version: 1, ignored };
}

export function serialiseIgnoreFile(data: IgnoreFileData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
