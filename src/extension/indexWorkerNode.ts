// Worker-thread entry for the desktop extension host (bundled as dist/indexWorker.js).
import { parentPort } from 'worker_threads';
import { handleIndexRequest, isIndexRequest } from './indexWorkerProtocol';

parentPort?.on('message', (m: unknown) => {
  if (isIndexRequest(m)) parentPort!.postMessage(handleIndexRequest(m));
});
