// Worker-thread entry (bundled as dist/cli-worker.js): runs one file task per message.
import { parentPort } from 'worker_threads';
import { processFile, type Task } from './processFile';

parentPort?.on('message', (task: Task) => {
  processFile(task).then(
    (result) => parentPort!.postMessage(result),
    (err) =>
      parentPort!.postMessage({
        index: task.index,
        file: task.file,
        error: `analysis failed: ${(err as Error)?.message ?? String(err)}`,
        notes: [],
      }),
  );
});
