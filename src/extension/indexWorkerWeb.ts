// Web Worker entry for the browser extension host (bundled as dist/web/indexWorker.js).
import { isIndexRequest } from './indexWorkerProtocol';
import { handleIndexRequest } from './indexWorkerHandler';

const scope = globalThis as unknown as { onmessage: ((e: { data: unknown }) => void) | null; postMessage(m: unknown): void };
scope.onmessage = (e) => {
  if (isIndexRequest(e.data)) scope.postMessage(handleIndexRequest(e.data));
};
