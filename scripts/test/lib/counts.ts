// Pass/fail counts passed between a suite and the runners, as a small JSON file, because the
// integration suite runs in another process (the extension host) than the one that reports.
import * as fs from 'node:fs';

export interface Counts {
  passed: number;
  failed: number;
  pending?: number;
}

export function readCounts(file: string): Counts | null {
  try {
    const c = JSON.parse(fs.readFileSync(file, 'utf8')) as Counts;
    if (Number.isInteger(c.passed) && Number.isInteger(c.failed)) return c;
  } catch {
    /* missing or half-written: the suite did not finish */
  }
  return null;
}

/** Prints the suite's line and returns the exit code: 0 only if it ran and nothing failed. */
export function reportCounts(suite: string, counts: Counts | null): number {
  if (!counts) {
    console.log(`${suite}: did not report results (the suite could not run)`);
    return 1;
  }
  console.log(`${suite}: ${counts.passed} passed, ${counts.failed} failed`);
  return counts.failed > 0 ? 1 : 0;
}
