// Worker-thread entry (bundled as dist/cli-worker.js): reads and analyses each file as its task
// arrives, one at a time in the order they arrived (the pool queues more than one per worker, and
// on a crash fails the oldest). The read is synchronous (readArticleFile.ts): from the page cache
// it costs far less than the promise round trips that would let it overlap the analysis.
import { parentPort } from 'worker_threads';
import { analyseRead, readTask, type Task, type TaskResult } from './processFile';

parentPort?.on('message', (task: Task) => {
  let result: TaskResult;
  try {
    result = analyseRead(task, readTask(task));
  } catch (err) {
    result = { index: task.index, file: task.file, error: `analysis failed: ${(err as Error)?.message ?? String(err)}`, notes: [] };
  }
  parentPort!.postMessage(result);
});
