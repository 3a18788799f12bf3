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

/** Starts workers on demand, up to `jobs`, and hands each task to an idle one. */
export class WorkerExecutor implements Executor {
  private idle: Worker[] = [];
  private all: Worker[] = [];
  private waiting: Array<{ task: Task; resolve: (r: TaskResult) => void }> = [];
  private pending = new Map<Worker, { task: Task; resolve: (r: TaskResult) => void }>();

  constructor(
    private readonly script: string,
    private readonly jobs: number,
    private readonly heapMb = WORKER_HEAP_MB,
  ) {}

  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.waiting.push({ task, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.waiting.length) {
      let worker = this.idle.pop();
      if (!worker && this.all.length < this.jobs) worker = this.spawn();
      if (!worker) return;
      const job = this.waiting.shift()!;
      this.pending.set(worker, job);
      worker.postMessage(job.task);
    }
  }

  private spawn(): Worker {
    // A heap cap turns a runaway analysis into one failed file instead of a crashed process.
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    this.all.push(worker);
    worker.on('message', (result: TaskResult) => {
      const job = this.pending.get(worker);
      this.pending.delete(worker);
      this.idle.push(worker);
      job?.resolve(result);
      this.dispatch();
    });
    // A crashed worker (out of memory on one file, say) fails its file, not the run.
    const fail = (why: string) => {
      const job = this.pending.get(worker);
      this.pending.delete(worker);
      this.all = this.all.filter((w) => w !== worker);
      this.idle = this.idle.filter((w) => w !== worker);
      if (job) job.resolve({ index: job.task.index, file: job.task.file, error: why, notes: [] });
      this.dispatch();
    };
    worker.on('error', (err) => fail(`analysis failed: ${err?.message ?? String(err)}`));
    worker.on('exit', (code) => {
      if (this.pending.has(worker)) fail(`analysis failed: worker exited with code ${code}`);
    });
    return worker;
  }

  async close(): Promise<void> {
    const workers = this.all;
    this.all = [];
    this.idle = [];
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
