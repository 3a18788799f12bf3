// The CLI's task driver: results stream in completion order for JSONL (input order for text and
// json), and never more than the window of files is in flight, so memory does not grow with the
// number of files (issue 6). Tasks are controlled by hand: no timing.
import * as assert from 'assert';
import { availableParallelism } from 'os';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { WorkerExecutor, drive, type Executor } from '../../src/cli/pool';
import { processFile, type Task, type TaskResult } from '../../src/cli/processFile';
import { serialize, deserialize } from 'v8';
import { analyzeText } from '../../src/core';
import { lineStarts } from '../../src/core/positions';
import { crossArticleFindings, keepForCrossArticle } from '../../src/cli/crossArticle';
import { parseArgs } from '../../src/cli/args';

/** An executor whose tasks finish when the test says so. */
class ManualExecutor implements Executor {
  readonly started: number[] = [];
  private readonly waiting = new Map<number, (r: TaskResult) => void>();
  maxInFlight = 0;
  run(task: Task): Promise<TaskResult> {
    this.started.push(task.index);
    return new Promise((resolve) => {
      this.waiting.set(task.index, resolve);
      this.maxInFlight = Math.max(this.maxInFlight, this.waiting.size);
    });
  }
  finish(index: number): void {
    const r = this.waiting.get(index);
    assert.ok(r, `task ${index} is running`);
    this.waiting.delete(index);
    r({ index, file: `f${index}`, error: null, notes: [] });
  }
  get running(): number[] {
    return [...this.waiting.keys()];
  }
  async close(): Promise<void> {}
}

async function* tasks(n: number): AsyncGenerator<Task> {
  for (let i = 0; i < n; i++) yield { index: i, file: `f${i}`, mode: 'analyze', format: 'jsonl', maxBytes: 1e6, keepAnalysis: false };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('cli: task driver', () => {
  it('streams results as they finish when unordered (JSONL), in input order when ordered', async () => {
    for (const ordered of [false, true]) {
      const ex = new ManualExecutor();
      const seen: number[] = [];
      const done = drive(tasks(3), ex, { window: 3, ordered }, (r) => seen.push(r.index));
      await tick();
      ex.finish(2);
      await tick();
      // The last file, finished first, is out before the others when streaming.
      assert.deepStrictEqual(seen, ordered ? [] : [2]);
      ex.finish(0);
      ex.finish(1);
      await done;
      assert.deepStrictEqual(seen, ordered ? [0, 1, 2] : [2, 0, 1]);
    }
  });

  it('keeps at most the window of files in flight, however many there are', async () => {
    const ex = new ManualExecutor();
    let results = 0;
    const done = drive(tasks(1000), ex, { window: 8, ordered: false }, () => results++);
    for (let round = 0; round < 2000 && results < 1000; round++) {
      await tick();
      for (const i of ex.running) ex.finish(i);
    }
    await done;
    assert.strictEqual(results, 1000);
    assert.strictEqual(ex.maxInFlight, 8);
  });

  it('ordered output holds back no more than the window behind a slow first file', async () => {
    const ex = new ManualExecutor();
    const seen: number[] = [];
    const done = drive(tasks(100), ex, { window: 4, ordered: true }, (r) => seen.push(r.index));
    await tick();
    // File 0 is slow; the others finish as soon as they start. No more than 4 may start meanwhile.
    for (let round = 0; round < 50; round++) {
      await tick();
      for (const i of ex.running) if (i !== 0) ex.finish(i);
    }
    assert.ok(ex.started.length <= 4, `started ${ex.started.length} files while the first was pending`);
    assert.deepStrictEqual(seen, []);
    ex.finish(0);
    for (let round = 0; round < 500 && seen.length < 100; round++) {
      await tick();
      for (const i of ex.running) ex.finish(i);
    }
    await done;
    assert.deepStrictEqual(seen, Array.from({ length: 100 }, (_, i) => i));
  });

  it('--jobs defaults to the number of cores', () => {
    assert.strictEqual(parseArgs(['analyze', 'x']).jobs, Math.max(1, availableParallelism()));
  });
});

/**
 * A stand-in for dist/cli-worker.js: answers nothing until it holds two tasks (so a pool that
 * sends one task at a time never gets an answer), then answers them in order with its thread id;
 * a task for the file "crash" kills it.
 */
const PAIRING_WORKER = `
const { parentPort, threadId } = require('worker_threads');
let held = [];
parentPort.on('message', (task) => {
  held.push(task);
  if (held.length < 2 && task.file !== 'last') return;
  for (const t of held) {
    if (t.file === 'crash') process.exit(3);
    parentPort.postMessage({ index: t.index, file: t.file, error: null, notes: [String(threadId)] });
  }
  held = [];
});
`;

describe('cli: worker pool', () => {
  let dir: string;
  let script: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-pool-'));
    script = path.join(dir, 'worker.js');
    fs.writeFileSync(script, PAIRING_WORKER);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const task = (index: number, file = `f${index}`): Task => ({ index, file, mode: 'analyze', format: 'jsonl', maxBytes: 1e6, keepAnalysis: false });

  it('queues a second task in each worker before the first answer comes back, on every worker', async () => {
    const ex = new WorkerExecutor(script, 2);
    try {
      const results = await Promise.all([0, 1, 2, 3].map((i) => ex.run(task(i))));
      assert.deepStrictEqual(results.map((r) => r.index), [0, 1, 2, 3]);
      // Both workers were used, two tasks each.
      const threads = results.map((r) => r.notes[0]);
      assert.strictEqual(new Set(threads).size, 2);
      for (const t of new Set(threads)) assert.strictEqual(threads.filter((x) => x === t).length, 2);
    } finally {
      await ex.close();
    }
  });

  it('a crashed worker fails the file it was running; the file queued behind it runs on another worker', async () => {
    const ex = new WorkerExecutor(script, 1);
    try {
      const [crashed, queued] = await Promise.all([ex.run(task(0, 'crash')), ex.run(task(1, 'last'))]);
      assert.match(crashed.error ?? '', /worker exited with code 3/);
      assert.strictEqual(queued.error, null);
      assert.strictEqual(queued.file, 'last');
    } finally {
      await ex.close();
    }
  });
});

describe('cli: what a worker sends back for the cross-article pass (check)', () => {
  const DIR = path.join(__dirname, '..', 'fixtures', 'workspace', 'articles');
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(DIR, f));

  /** As a worker answers: the result copied between threads (structured clone). */
  async function keptResult(file: string, index: number): Promise<TaskResult> {
    return deserialize(serialize(await processFile({ index, file, mode: 'check', format: 'json', maxBytes: 1e6, keepAnalysis: true }))) as TaskResult;
  }

  it('is a summary without layout, its quotes packed, with its cross-article share', async () => {
    const r = await processFile({ index: 0, file: files[0], mode: 'check', format: 'json', maxBytes: 1e6, keepAnalysis: true });
    assert.strictEqual((r.analysis!.article as { sentences?: unknown }).sentences, undefined);
    assert.ok(!Array.isArray(r.analysis!.quotes), 'quotes travel packed');
    assert.ok(r.digest && r.digest.kinds.length > 0, 'the statements were digested in the worker');
    assert.deepStrictEqual(r.analysis!.findings, [], 'its own findings are already out');
  });

  it('gives the cross-article findings whole analyses give, and its own findings unchanged', async () => {
    const kept = await Promise.all(files.map(keptResult));
    const whole = files.map((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return { file, analysis: analyzeText(text), lineStarts: lineStarts(text) };
    });
    const fromWorkers = crossArticleFindings(kept.map((r) => keepForCrossArticle(r.file, r.analysis!, r.lineStarts!, r.digest)));
    const expected = crossArticleFindings(whole);
    assert.ok(expected.findings.length > 0, 'the fixtures hold cross-article findings');
    assert.deepStrictEqual(fromWorkers, expected);
    const plain = await Promise.all(files.map((file, index) => processFile({ index, file, mode: 'check', format: 'json', maxBytes: 1e6, keepAnalysis: false })));
    assert.deepStrictEqual(kept.map((r) => r.findings), plain.map((r) => r.findings));
  });
});
