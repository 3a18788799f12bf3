// Folder walking and the bounded task driver.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { walkInputs, type WalkItem } from '../../src/cli/walk';
import { drive, InlineExecutor, WorkerExecutor } from '../../src/cli/pool';
import type { Task, TaskResult } from '../../src/cli/processFile';

async function collect(it: AsyncIterable<WalkItem>): Promise<WalkItem[]> {
  const out: WalkItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('cli walkInputs', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-walk-'));
    const files = ['b.txt', 'a.TXT', 'notes.md', 'sub/c.txt', 'sub/deeper/d.txt', 'node_modules/x.txt', '.git/y.txt', 'sub/.hidden/z.txt', '.dot.txt'];
    for (const f of files) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), 'Headline\n');
    }
    // A symlink loop must not make the walk run forever.
    fs.symlinkSync(dir, path.join(dir, 'sub', 'loop'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds .txt files in sorted order, skipping node_modules and dot folders', async () => {
    const items = await collect(walkInputs([dir]));
    const rel = items.map((i) => path.relative(dir, i.file).split(path.sep).join('/'));
    assert.deepStrictEqual(rel, ['a.TXT', 'b.txt', 'sub/c.txt', 'sub/deeper/d.txt']);
    assert.ok(items.every((i) => !('error' in i)));
  });

  it('lists a large folder in code-unit order, following links, and reports a dangling one in place', async () => {
    const big = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-walk-big-'));
    try {
      // More entries than one directory read returns, names that locale order would sort otherwise.
      const names: string[] = [];
      for (let i = 0; i < 2500; i++) names.push(`${['B', 'a', 'é', 'Z', '_', '1'][i % 6]}${(i * 7919) % 2500}.txt`);
      for (const n of names) fs.writeFileSync(path.join(big, n), 'x');
      for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(big, `skip-${i}.md`), 'x');
      fs.mkdirSync(path.join(big, 'm-folder'));
      fs.writeFileSync(path.join(big, 'm-folder', 'inner.txt'), 'x');
      fs.mkdirSync(path.join(big, 'node_modules'));
      fs.writeFileSync(path.join(big, 'node_modules', 'skipped.txt'), 'x');
      // Links are followed: to a folder outside (walked in its place), to a file (taken), nowhere.
      fs.mkdirSync(path.join(big, '.outside'));
      fs.writeFileSync(path.join(big, '.outside', 'far.txt'), 'x');
      fs.symlinkSync(path.join(big, '.outside'), path.join(big, 'n-link'));
      fs.symlinkSync(path.join(big, 'm-folder', 'inner.txt'), path.join(big, 'o-link.txt'));
      fs.symlinkSync(path.join(big, 'missing.txt'), path.join(big, 'dangling.txt'));
      fs.symlinkSync(path.join(big, 'missing.md'), path.join(big, 'dangling.md'));
      const items = await collect(walkInputs([big]));
      const rel = items.map((i) => path.relative(big, i.file).split(path.sep).join('/') + ('error' in i ? ' !' : ''));
      const tops = [...names, 'dangling.txt !', 'm-folder', 'n-link', 'o-link.txt'];
      const byUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      const inside: Record<string, string> = { 'm-folder': 'm-folder/inner.txt', 'n-link': 'n-link/far.txt' };
      const expected = tops.sort(byUnit).map((n) => inside[n] ?? n);
      assert.deepStrictEqual(rel, expected);
    } finally {
      fs.rmSync(big, { recursive: true, force: true });
    }
  });

  it('takes a named file whatever its extension, and reports a missing path in place', async () => {
    const items = await collect(walkInputs([path.join(dir, 'notes.md'), path.join(dir, 'missing.txt'), path.join(dir, 'b.txt')]));
    assert.deepStrictEqual(
      items.map((i) => [path.basename(i.file), 'error' in i ? i.error : null]),
      [
        ['notes.md', null],
        ['missing.txt', 'no such file or folder'],
        ['b.txt', null],
      ],
    );
  });
});

describe('cli drive', () => {
  async function* tasks(n: number): AsyncGenerator<Task> {
    for (let i = 0; i < n; i++) yield { index: i, file: `f${i}`, mode: 'analyze', format: 'jsonl', maxBytes: 1, keepAnalysis: false };
  }
  // Later files finish first, so completion order differs from input order.
  const slowFirst = (inFlight: { now: number; max: number }) =>
    new InlineExecutor(async (t: Task): Promise<TaskResult> => {
      inFlight.now++;
      inFlight.max = Math.max(inFlight.max, inFlight.now);
      await new Promise((r) => setTimeout(r, (20 - t.index) * 2));
      inFlight.now--;
      return { index: t.index, file: t.file, error: null, notes: [] };
    });

  it('keeps input order when ordered, with no more than the window in flight', async () => {
    const inFlight = { now: 0, max: 0 };
    const seen: number[] = [];
    await drive(tasks(20), slowFirst(inFlight), { window: 4, ordered: true }, (r) => seen.push(r.index));
    assert.deepStrictEqual(seen, [...Array(20).keys()]);
    assert.ok(inFlight.max <= 4 && inFlight.max > 1, `max in flight ${inFlight.max}`);
  });

  it('emits in completion order when not ordered, every task once', async () => {
    const inFlight = { now: 0, max: 0 };
    const seen: number[] = [];
    await drive(tasks(20), slowFirst(inFlight), { window: 5, ordered: false }, (r) => seen.push(r.index));
    assert.deepStrictEqual([...seen].sort((a, b) => a - b), [...Array(20).keys()]);
    assert.notDeepStrictEqual(seen, [...Array(20).keys()]);
    assert.ok(inFlight.max <= 5);
  });

  it('turns a thrown error into a failed file instead of stopping', async () => {
    const exec = new InlineExecutor(async (t: Task): Promise<TaskResult> => {
      if (t.index === 1) throw new Error('boom');
      return { index: t.index, file: t.file, error: null, notes: [] };
    });
    const seen: Array<string | null> = [];
    await drive(tasks(3), exec, { window: 2, ordered: true }, (r) => seen.push(r.error));
    assert.deepStrictEqual(seen, [null, 'analysis failed: boom', null]);
  });
});

describe('cli WorkerExecutor', function () {
  this.timeout(30000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-pool-'));
    // A stand-in worker: echoes, exits, or allocates without end, depending on the file name.
    fs.writeFileSync(
      path.join(dir, 'worker.js'),
      `const { parentPort } = require('worker_threads');
parentPort.on('message', (t) => {
  if (t.file === 'exit') process.exit(3);
  if (t.file === 'hog') { const keep = []; for (;;) keep.push(new Array(1e6).fill(t.index)); }
  parentPort.postMessage({ index: t.index, file: t.file, error: null, notes: ['ok'] });
});`,
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function* named(files: string[]): AsyncGenerator<Task> {
    for (const [index, file] of files.entries()) yield { index, file, mode: 'analyze', format: 'jsonl', maxBytes: 1, keepAnalysis: false };
  }

  it('runs tasks on threads and fails only the file whose worker dies or runs out of memory', async () => {
    const exec = new WorkerExecutor(path.join(dir, 'worker.js'), 2, 16);
    const seen: Array<[string, string | null]> = [];
    try {
      await drive(named(['a', 'exit', 'b', 'hog', 'c', 'd']), exec, { window: 4, ordered: true }, (r) => seen.push([r.file, r.error]));
    } finally {
      await exec.close();
    }
    assert.deepStrictEqual(seen.map(([f]) => f), ['a', 'exit', 'b', 'hog', 'c', 'd']);
    for (const [f, err] of seen) {
      if (f === 'exit' || f === 'hog') assert.match(err ?? '', /^analysis failed: /, f);
      else assert.strictEqual(err, null, f);
    }
  });
});
