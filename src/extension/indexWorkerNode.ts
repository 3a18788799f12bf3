// Worker-thread entry for the desktop extension host (bundled as dist/indexWorker.js).
import { parentPort } from 'worker_threads';
import { isIndexRequest } from './indexWorkerProtocol';
import { handleIndexRequest } from './indexWorkerHandler';

parentPort?.on('message', (m: unknown) => {
  if (isIndexRequest(m)) parentPort!.postMessage(handleIndexRequest(m));
});
