// Worker-thread entry (bundled as dist/cli-worker.js): reads each file as its task arrives, but
// analyses them one at a time in the order they arrived (the pool queues more than one per worker,
// and on a crash fails the oldest), so the next file is read while this one is analysed.
import { parentPort } from 'worker_threads';
import { analyseRead, readTask, type Task, type TaskResult } from './processFile';

let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (task: Task) => {
  const read = readTask(task);
  queue = queue.then(async () => {
    let result: TaskResult;
    try {
      result = analyseRead(task, await read);
    } catch (err) {
      result = { index: task.index, file: task.file, error: `analysis failed: ${(err as Error)?.message ?? String(err)}`, notes: [] };
    }
    parentPort!.postMessage(result);
  });
});
