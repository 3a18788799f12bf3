// Lazily lists the article files named on the command line: files as given, folders walked for
// `.txt` files in sorted order, one folder at a time, so a huge tree never sits in memory at once.
import { promises as fsp, type Dirent } from 'fs';
import * as path from 'path';
import { describeFsError } from './readArticleFile';

export type WalkItem = { file: string } | { file: string; error: string };

export interface WalkOptions {
  /** File name endings (lower case) that a folder walk picks up. */
  extensions?: string[];
}

const SKIPPED_FOLDERS = new Set(['node_modules']);

export async function* walkInputs(inputs: string[], opts: WalkOptions = {}): AsyncGenerator<WalkItem> {
  const exts = opts.extensions ?? ['.txt'];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fsp.stat(input);
    } catch (err) {
      yield { file: input, error: describeFsError(err) };
      continue;
    }
    if (stat.isDirectory()) {
      // Real paths already visited, so that symlinked folders cannot loop.
      const seen = new Set<string>();
      yield* walkFolder(input, exts, seen);
    } else {
      // A file named explicitly is analysed whatever its extension.
      yield { file: input };
    }
  }
}

async function* walkFolder(dir: string, exts: string[], seen: Set<string>): AsyncGenerator<WalkItem> {
  let entries: Dirent[];
  try {
    const real = await fsp.realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { file: dir, error: describeFsError(err) };
    return;
  }
  // Code-unit order, not locale order, so output is the same on every machine.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.')) continue;
    const full = path.join(dir, name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stat = await fsp.stat(full);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      } catch (err) {
        // A dangling link: worth a message only if it looked like an article.
        if (hasExtension(name, exts)) yield { file: full, error: describeFsError(err) };
        continue;
      }
    }
    if (isDir) {
      if (!SKIPPED_FOLDERS.has(name)) yield* walkFolder(full, exts, seen);
    } else if (isFile && hasExtension(name, exts)) {
      yield { file: full };
    }
  }
}

/** How many items the walk gives, counting no further than `limit` (it stops there). */
export async function countUpTo(inputs: string[], limit: number, opts: WalkOptions = {}): Promise<number> {
  if (limit <= 0) return 0;
  let n = 0;
  for await (const _item of walkInputs(inputs, opts)) if (++n >= limit) break;
  return n;
}

function hasExtension(name: string, exts: string[]): boolean {
  const lower = name.toLowerCase();
  return exts.some((e) => lower.endsWith(e));
}
