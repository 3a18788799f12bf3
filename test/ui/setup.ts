// Mocha global teardown for the UI suite: stops the shared code-server and browser that
// harness.ts starts lazily on first use.
import { endSession } from './harness';

export async function mochaGlobalTeardown(): Promise<void> {
  await endSession();
}
