// Heap measurements for tests that hold memory to a bound (what stays reachable, not timings).
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** A full collection, then the heap in use (MB). */
export function heapAfterGc(): number {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}
