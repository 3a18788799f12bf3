// Shared plumbing of `analyze` and `check`: walk the inputs lazily, run each file on the worker
// pool, report skipped files and decoding notes on stderr, drive the progress bar.
import * as fs from 'fs';
import * as path from 'path';
import type { CliOptions } from './args';
import { InlineExecutor, WorkerExecutor, drive, type Executor } from './pool';
import type { Mode, Task, TaskResult } from './processFile';
import { Progress } from './progress';
import { walkInputs, type WalkItem } from './walk';
import type { Output } from './output';

export interface RunSettings {
  mode: Mode;
  /** Results in input order (text and json) or as they finish (jsonl). */
  ordered: boolean;
  /** Each file's summary kept for the cross-article pass (decided before the run). */
  keepAnalysis: boolean;
  /** The files to run, when the caller has begun the walk itself (default: a walk of the inputs). */
  items?: AsyncIterable<WalkItem>;
}

export interface RunStats {
  files: number;
  failed: number;
}

export interface Io {
  stdout: Output;
  stderr: NodeJS.WriteStream;
}

export async function runFiles(
  opts: CliOptions,
  settings: RunSettings,
  io: Io,
  onResult: (result: TaskResult) => void,
): Promise<RunStats> {
  const showBar = opts.progress ?? !!io.stderr.isTTY;
  const progress = new Progress(io.stderr, showBar);
  const stats: RunStats = { files: 0, failed: 0 };
  const executor = await pickExecutor(opts);
  let stopCounting = false;
  if (progress.enabled) void countFiles(opts.inputs, progress, () => stopCounting);
  async function* tasks(): AsyncGenerator<Task> {
    let index = 0;
    for await (const item of settings.items ?? walkInputs(opts.inputs)) {
      yield {
        index: index++,
        file: item.file,
        mode: settings.mode,
        format: opts.format as Task['format'],
        maxBytes: opts.maxSizeMb * 1024 * 1024,
        keepAnalysis: settings.keepAnalysis,
        ...('error' in item ? { error: item.error } : {}),
      };
    }
  }
  try {
    await drive(
      tasks(),
      executor,
      { window: Math.max(8, opts.jobs * 4), ordered: settings.ordered, beforeNext: () => io.stdout.drained() },
      (result) => {
        stats.files++;
        progress.fileDone();
        for (const note of result.notes) progress.message(`newsfact: ${result.file}: note: ${note}`);
        if (result.error !== null) {
          stats.failed++;
          progress.message(`newsfact: ${result.file}: ${result.error}`);
        }
        onResult(result);
      },
    );
  } finally {
    stopCounting = true;
    progress.finish();
    await executor.close();
  }
  return stats;
}

/** Walks the inputs once more only to count them (names are not kept), for the bar's total. */
async function countFiles(inputs: string[], progress: Progress, stopped: () => boolean): Promise<void> {
  let n = 0;
  try {
    for await (const _item of walkInputs(inputs)) {
      if (stopped()) return;
      if (++n % 500 === 0) progress.counting(n);
    }
    progress.setTotal(n);
  } catch {
    // The bar is a nicety; the real walk reports any problem.
  }
}

async function pickExecutor(opts: CliOptions): Promise<Executor> {
  const script = path.join(__dirname, 'cli-worker.js');
  // One plain file is quicker inline than starting a thread; without the bundled worker (running
  // from source) inline is all there is.
  const single = opts.inputs.length === 1 && (await isFile(opts.inputs[0]));
  if (opts.jobs > 1 && !single && fs.existsSync(script)) return new WorkerExecutor(script, opts.jobs);
  // Only here does this thread analyse, so only here does it load the core (see main.ts).
  const { processFile } = await import('./processFile');
  return new InlineExecutor(processFile);
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await fs.promises.stat(p)).isFile();
  } catch {
    return false;
  }
}
