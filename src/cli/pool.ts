// Runs file tasks on worker threads (or inline) with a bounded number in flight, so memory stays
// flat however many files a folder holds. Results come back in completion order, or in input
// order when `ordered` (then the window also bounds how far ahead of the slowest file we run).
import { Worker } from 'worker_threads';
import type { Task, TaskResult } from './processFile';

export interface Executor {
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
}

const WORKER_HEAP_MB = 1024;
/**
 * The young generation's cap per worker. The analysis allocates ~100 MB per MB of text, nearly all
 * short-lived: at 16 MB a 10,000-file run peaks 25-35 MB lower than at V8's default, for the same
 * CPU time (32 and 64 MB cost as much or more).
 */
const WORKER_YOUNG_MB = 16;
/**
 * Tasks handed to each worker before its answers come back: with one, a worker sits idle from
 * its answer until the main thread (busy writing output, or not scheduled on a loaded machine)
 * sends the next task (20-25% of a 10k-file run); with two, ~10%; with four, ~1%. Only paths are
 * queued, and the drive window still bounds the files in flight.
 */
const PER_WORKER = 4;

interface Job {
  task: Task;
  resolve: (r: TaskResult) => void;
}

/** Starts workers on demand, up to `jobs`, and keeps up to `perWorker` tasks queued in each. */
export class WorkerExecutor implements Executor {
  private all: Worker[] = [];
  private waiting: Job[] = [];
  /** Per worker, its tasks in the order sent (the worker runs them in that order, one at a time). */
  private readonly sent = new Map<Worker, Job[]>();

  constructor(
    private readonly script: string,
    private readonly jobs: number,
    private readonly heapMb = WORKER_HEAP_MB,
    private readonly perWorker = PER_WORKER,
  ) {}

  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.waiting.push({ task, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.waiting.length) {
      const worker = this.pick();
      if (!worker) return;
      const job = this.waiting.shift()!;
      this.sent.get(worker)!.push(job);
      worker.postMessage(job.task);
    }
  }

  /** An idle worker, else a new one while under `jobs`, else the least loaded with room. */
  private pick(): Worker | undefined {
    let best: Worker | undefined;
    for (const w of this.all) {
      const n = this.sent.get(w)!.length;
      if (n < this.perWorker && (!best || n < this.sent.get(best)!.length)) best = w;
    }
    if ((!best || this.sent.get(best)!.length > 0) && this.all.length < this.jobs) return this.spawn();
    return best;
  }

  private spawn(): Worker {
    // A heap cap turns a runaway analysis into one failed file instead of a crashed process.
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    this.all.push(worker);
    this.sent.set(worker, []);
    worker.on('message', (result: TaskResult) => {
      const jobs = this.sent.get(worker);
      const at = jobs ? jobs.findIndex((j) => j.task.index === result.index) : -1;
      if (at < 0) return;
      const [job] = jobs!.splice(at, 1);
      job.resolve(result);
      this.dispatch();
    });
    // A crashed worker (out of memory on one file, say) fails the file it was running (its oldest:
    // it runs them in order), not the run; the files queued behind it go to another worker.
    const fail = (why: string) => {
      const jobs = this.sent.get(worker);
      if (!jobs) return;
      this.sent.delete(worker);
      this.all = this.all.filter((w) => w !== worker);
      const [running, ...queued] = jobs;
      this.waiting.unshift(...queued);
      if (running) running.resolve({ index: running.task.index, file: running.task.file, error: why, notes: [] });
      this.dispatch();
    };
    worker.on('error', (err) => fail(`analysis failed: ${err?.message ?? String(err)}`));
    worker.on('exit', (code) => {
      if (this.sent.get(worker)?.length) fail(`analysis failed: worker exited with code ${code}`);
    });
    return worker;
  }

  async close(): Promise<void> {
    const workers = this.all;
    this.all = [];
    this.sent.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

export class InlineExecutor implements Executor {
  constructor(private readonly process: (task: Task) => Promise<TaskResult>) {}
  run(task: Task): Promise<TaskResult> {
    return this.process(task).catch((err) => ({
      index: task.index,
      file: task.file,
      error: `analysis failed: ${(err as Error)?.message ?? String(err)}`,
      notes: [],
    }));
  }
  async close(): Promise<void> {}
}

export interface DriveOptions {
  /** Most tasks in flight (and, when ordered, most results held back waiting for an earlier one). */
  window: number;
  ordered: boolean;
  /** Called before each new task is started; awaited, so output back-pressure can pause the walk. */
  beforeNext?: () => Promise<void> | void;
}

export async function drive(
  tasks: AsyncIterable<Task>,
  executor: Executor,
  opts: DriveOptions,
  onResult: (result: TaskResult) => void,
): Promise<void> {
  const iterator = tasks[Symbol.asyncIterator]();
  const inFlight = new Set<Promise<void>>();
  const held = new Map<number, TaskResult>();
  let nextEmit = 0;
  let started = 0;
  let exhausted = false;
  const accept = (result: TaskResult) => {
    if (!opts.ordered) return onResult(result);
    held.set(result.index, result);
    while (held.has(nextEmit)) {
      const r = held.get(nextEmit)!;
      held.delete(nextEmit++);
      onResult(r);
    }
  };
  for (;;) {
    while (!exhausted && inFlight.size < opts.window && (!opts.ordered || started < nextEmit + opts.window)) {
      await opts.beforeNext?.();
      const next = await iterator.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      started++;
      const p: Promise<void> = executor.run(next.value).then((r) => {
        inFlight.delete(p);
        accept(r);
      });
      inFlight.add(p);
    }
    if (inFlight.size === 0) break;
    await Promise.race(inFlight);
  }
}
