// Worker-thread entry (bundled as dist/cli-worker.js): runs file tasks one at a time, in the order
// they arrive (the pool queues more than one per worker, and on a crash fails the oldest).
import { parentPort } from 'worker_threads';
import { processFile, type Task, type TaskResult } from './processFile';

let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (task: Task) => {
  queue = queue.then(() =>
    processFile(task).then(
      (result) => parentPort!.postMessage(result),
      (err) =>
        parentPort!.postMessage({
          index: task.index,
          file: task.file,
          error: `analysis failed: ${(err as Error)?.message ?? String(err)}`,
          notes: [],
        } satisfies TaskResult),
    ),
  );
});
