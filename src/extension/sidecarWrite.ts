// Safe read-merge-write of a shared sidecar file (`.newsfact/*.json`) that two VS Code windows may
// update at once. Pure logic over a tiny file-system interface, so it is unit-tested with an
// in-memory fs and simulated interleavings; ignoreFindings.ts plugs in `vscode.workspace.fs`.
//
// Protocol: take a lock file (exclusive create; a lock older than STALE_LOCK_MS is from a crashed
// window and is broken), re-read and merge right before writing, write a uniquely named temp file
// next to the target and rename it over the target (atomic), then re-read and check our changes
// are there; if another writer slipped in (e.g. one that ignored or broke our lock), merge again,
// a bounded number of times. A file that does not parse is never written over.

export interface SidecarFs {
  /** The file's text, or undefined if it does not exist. */
  read(name: string): Promise<string | undefined>;
  write(name: string, text: string): Promise<void>;
  /** Creates the file only if it does not exist; false if it already existed. */
  createExclusive(name: string, text: string): Promise<boolean>;
  rename(from: string, to: string): Promise<void>;
  delete(name: string): Promise<void>;
  /** Modification time in ms, or undefined if the file does not exist. */
  mtime(name: string): Promise<number | undefined>;
  now(): number;
  sleep(ms: number): Promise<void>;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; error: string };

export interface MergeSpec<T> {
  empty(): T;
  parse(text: string): Parsed<T>;
  serialise(data: T): string;
  /** Our changes applied to what is on disk now. */
  merge(base: T): T;
  /** True when `data` holds our changes (so nobody overwrote them). */
  applied(data: T): boolean;
}

export type WriteResult<T> = { ok: true; data: T } | { ok: false; error: string; broken: boolean };

export const STALE_LOCK_MS = 10_000;
const LOCK_TRIES = 50;
const LOCK_WAIT_MS = 40;
const MERGE_TRIES = 5;

let counter = 0;
function uniqueSuffix(): string {
  return `${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** `dir/name.json` -> `dir/.name.json.<suffix>.<ext>`: hidden, in the same folder (rename stays on one volume). */
function sibling(target: string, suffix: string): string {
  const slash = target.lastIndexOf('/');
  return `${target.slice(0, slash + 1)}.${target.slice(slash + 1)}.${suffix}`;
}

export function lockName(target: string): string {
  return sibling(target, 'lock');
}

async function acquireLock(fs: SidecarFs, lock: string, token: string): Promise<boolean> {
  for (let i = 0; i < LOCK_TRIES; i++) {
    if (await fs.createExclusive(lock, token)) {
      // Exclusive create is not atomic on every file system; read back to be sure it is ours.
      if ((await fs.read(lock)) === token) return true;
    } else {
      const t = await fs.mtime(lock);
      if (t !== undefined && fs.now() - t > STALE_LOCK_MS) {
        await fs.delete(lock).catch(() => undefined); // left by a window that crashed mid-write
        continue;
      }
    }
    await fs.sleep(LOCK_WAIT_MS);
  }
  return false;
}

async function releaseLock(fs: SidecarFs, lock: string, token: string): Promise<void> {
  if ((await fs.read(lock).catch(() => undefined)) === token) await fs.delete(lock).catch(() => undefined);
}

async function readParsed<T>(fs: SidecarFs, target: string, spec: MergeSpec<T>): Promise<Parsed<T>> {
  const text = await fs.read(target);
  return text === undefined ? { ok: true, data: spec.empty() } : spec.parse(text);
}

export async function writeMerged<T>(fs: SidecarFs, target: string, spec: MergeSpec<T>): Promise<WriteResult<T>> {
  const token = uniqueSuffix();
  const lock = lockName(target);
  // Without the lock we still merge and verify; the lock only makes a retry rarely needed.
  const locked = await acquireLock(fs, lock, token);
  try {
    for (let attempt = 0; attempt < MERGE_TRIES; attempt++) {
      const base = await readParsed(fs, target, spec);
      if (!base.ok) return { ok: false, error: base.error, broken: true };
      const next = spec.merge(base.data);
      const temp = sibling(target, `${uniqueSuffix()}.tmp`);
      try {
        await fs.write(temp, spec.serialise(next));
        await fs.rename(temp, target);
      } catch (err) {
        await fs.delete(temp).catch(() => undefined);
        return { ok: false, error: (err as Error).message, broken: false };
      }
      const after = await readParsed(fs, target, spec);
      if (after.ok && spec.applied(after.data)) return { ok: true, data: after.data };
      if (!after.ok) return { ok: false, error: after.error, broken: true }; // someone wrote a broken file
      await fs.sleep(LOCK_WAIT_MS * (attempt + 1));
    }
    return { ok: false, error: 'another window kept changing the file at the same time; try again', broken: false };
  } finally {
    if (locked) await releaseLock(fs, lock, token);
  }
}
