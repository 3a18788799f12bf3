// The sidecar writer (src/extension/sidecarWrite.ts) over an in-memory file system whose every
// operation is a scheduling point, so fast-check can interleave two windows' writes in any order.
import * as assert from 'assert';
import fc from 'fast-check';
import { applyChanges, emptyIgnoreFile, entryKey, parseIgnoreFile, serialiseIgnoreFile, type IgnoreEntry, type IgnoreFileData } from '../../src/extension/ignoreFile';
import { lockName, STALE_LOCK_MS, writeMerged, type MergeSpec, type SidecarFs } from '../../src/extension/sidecarWrite';

const TARGET = 'file:///ws/.newsfact/ignore.json';

class MemoryFs {
  files = new Map<string, { text: string; mtime: number }>();
  clock = 1_000_000;
  /** Called after each rename onto a file; lets a test play a window that ignores the lock. */
  afterRename?: (to: string) => void;
  constructor(private readonly step: () => Promise<void> = () => Promise.resolve()) {}
  view(): SidecarFs {
    const s = this.step;
    return {
      read: async (n) => (await s(), this.files.get(n)?.text),
      write: async (n, t) => (await s(), void this.files.set(n, { text: t, mtime: this.clock })),
      createExclusive: async (n, t) => {
        await s();
        if (this.files.has(n)) return false;
        this.files.set(n, { text: t, mtime: this.clock });
        return true;
      },
      rename: async (from, to) => {
        await s();
        const f = this.files.get(from);
        if (!f) throw new Error(`no such file ${from}`);
        this.files.delete(from);
        this.files.set(to, f);
        this.afterRename?.(to);
      },
      delete: async (n) => (await s(), void this.files.delete(n)),
      mtime: async (n) => (await s(), this.files.get(n)?.mtime),
      now: () => this.clock,
      sleep: async (ms) => {
        await s();
        this.clock += ms;
      },
    };
  }
  json(): IgnoreFileData {
    const parsed = parseIgnoreFile(this.files.get(TARGET)!.text);
    assert.ok(parsed.ok);
    return parsed.data;
  }
}

const entry = (file: string, n: number): IgnoreEntry => ({ file, rule: 'unattributed', fingerprint: `f${n}`, excerpt: `Sentence ${n}` });

function spec(add: IgnoreEntry[], remove: IgnoreEntry[] = []): MergeSpec<IgnoreFileData> {
  return {
    empty: emptyIgnoreFile,
    parse: parseIgnoreFile,
    serialise: serialiseIgnoreFile,
    merge: (base) => applyChanges(base, add, remove),
    applied: (d) => {
      const keys = new Set(d.ignored.map(entryKey));
      return add.every((e) => keys.has(entryKey(e))) && remove.every((e) => !keys.has(entryKey(e)));
    },
  };
}

const keysOf = (d: IgnoreFileData) => new Set(d.ignored.map(entryKey));

describe('extension sidecar writes', () => {
  it('two windows writing at once keep both sets of entries, in every interleaving', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 0, max: 3 }), async (s, existing) => {
        const mem = new MemoryFs(() => s.schedule(Promise.resolve()));
        const old = Array.from({ length: existing }, (_, i) => entry('articles/old.txt', i));
        mem.files.set(TARGET, { text: serialiseIgnoreFile(applyChanges(emptyIgnoreFile(), old, [])), mtime: 0 });
        const a = [entry('articles/a.txt', 1), entry('articles/a.txt', 2)];
        const b = [entry('articles/b.txt', 3)];
        const removeOld = old.slice(0, 1); // window B also clears one existing entry
        const results = await s.waitFor(Promise.all([writeMerged(mem.view(), TARGET, spec(a)), writeMerged(mem.view(), TARGET, spec(b, removeOld))]));
        assert.ok(results.every((r) => r.ok), JSON.stringify(results));
        const keys = keysOf(mem.json());
        for (const e of [...a, ...b, ...old.slice(1)]) assert.ok(keys.has(entryKey(e)), `${e.fingerprint} kept`);
        for (const e of removeOld) assert.ok(!keys.has(entryKey(e)), `${e.fingerprint} removed`);
        assert.deepStrictEqual([...mem.files.keys()], [TARGET], 'no temp or lock file left behind');
      }),
      { numRuns: 300 },
    );
  });

  it('the same scenario without lock and merge does lose entries (the check above can fail)', async () => {
    const naive = async (fs: SidecarFs, add: IgnoreEntry[]) => {
      const text = await fs.read(TARGET);
      const base = text === undefined ? emptyIgnoreFile() : (parseIgnoreFile(text) as { ok: true; data: IgnoreFileData }).data;
      await fs.write(TARGET, serialiseIgnoreFile(applyChanges(base, add, [])));
    };
    const out = await fc.check(
      fc.asyncProperty(fc.scheduler(), async (s) => {
        const mem = new MemoryFs(() => s.schedule(Promise.resolve()));
        await s.waitFor(Promise.all([naive(mem.view(), [entry('a.txt', 1)]), naive(mem.view(), [entry('b.txt', 2)])]));
        return keysOf(mem.json()).size === 2;
      }),
      { numRuns: 200 },
    );
    assert.ok(out.failed, 'some interleaving drops an entry');
  });

  it('re-merges when a writer that ignores the lock overwrites our rename', async () => {
    const mem = new MemoryFs();
    const rogue = entry('articles/rogue.txt', 9);
    let once = true;
    mem.afterRename = (to) => {
      if (to !== TARGET || !once) return;
      once = false; // the other window's file, computed from before our write, lands on top of ours
      mem.files.set(TARGET, { text: serialiseIgnoreFile(applyChanges(emptyIgnoreFile(), [rogue], [])), mtime: mem.clock });
    };
    const mine = [entry('articles/mine.txt', 1)];
    const r = await writeMerged(mem.view(), TARGET, spec(mine));
    assert.ok(r.ok);
    const keys = keysOf(mem.json());
    assert.ok(keys.has(entryKey(mine[0])) && keys.has(entryKey(rogue)));
  });

  it('never writes over a file it cannot parse, and says why', async () => {
    const mem = new MemoryFs();
    const broken = '{ "ignored": [ oops';
    mem.files.set(TARGET, { text: broken, mtime: 0 });
    const r = await writeMerged(mem.view(), TARGET, spec([entry('a.txt', 1)]));
    assert.ok(!r.ok && r.broken && /not valid JSON/.test(r.error));
    assert.strictEqual(mem.files.get(TARGET)!.text, broken);
    assert.deepStrictEqual([...mem.files.keys()], [TARGET]);
  });

  it('breaks a stale lock left by a crashed window, but waits for a live one', async () => {
    const mem = new MemoryFs();
    mem.files.set(lockName(TARGET), { text: 'crashed', mtime: mem.clock - STALE_LOCK_MS - 1 });
    assert.ok((await writeMerged(mem.view(), TARGET, spec([entry('a.txt', 1)]))).ok);
    assert.ok(!mem.files.has(lockName(TARGET)));

    // A live lock released after a while: the writer waits (virtual time advances) then writes.
    const waiting = new MemoryFs();
    waiting.files.set(lockName(TARGET), { text: 'other', mtime: waiting.clock });
    const view = waiting.view();
    const sleep = view.sleep;
    let slept = 0;
    view.sleep = async (ms) => {
      slept += ms;
      if (slept >= 200) waiting.files.delete(lockName(TARGET));
      await sleep(ms);
    };
    assert.ok((await writeMerged(view, TARGET, spec([entry('a.txt', 1)]))).ok);
    assert.ok(slept >= 200, 'it waited for the lock');
    assert.ok(keysOf(waiting.json()).has(entryKey(entry('a.txt', 1))));
  });
});
