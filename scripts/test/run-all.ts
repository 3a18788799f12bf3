// `npm test`: the unit suite, the network check on the built bundles, the integration and UI
// suites, one after another, then one last line, exactly `N passed, N failed`, summed over them.
// A check (a script that exits 0 or not) counts as one test. A suite that cannot run (crash, missing
// dependency) counts as one failure, so the total never looks green when something did not run.
// `npm test -- unit ui` runs only the named suites.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readCounts, type Counts } from './lib/counts';
import { OUTPUT_DIR, ROOT } from './lib/paths';

const MOCHA = require.resolve('mocha/bin/mocha.js');
const TSX = require.resolve('tsx/cli');
const REPORTER = path.join(__dirname, 'counts-reporter.js');

interface Suite {
  name: string;
  /** Each is run with node, in order; a 'check' passes when all exit 0. */
  steps: string[][];
  kind: 'mocha' | 'check';
}

const SUITES: Suite[] = [
  // The glob is here, not in .mocharc.json, so `npx mocha <file>` runs that file alone.
  { name: 'unit', kind: 'mocha', steps: [[MOCHA, '--reporter', REPORTER, 'test/unit/**/*.test.ts']] },
  // Newsfact must send nothing anywhere: grep the freshly built bundles for network calls.
  { name: 'network', kind: 'check', steps: [['esbuild.js'], ['scripts/check-network.js']] },
  { name: 'integration', kind: 'mocha', steps: [[TSX, path.join(__dirname, 'integration.ts')]] },
  { name: 'ui', kind: 'mocha', steps: [[MOCHA, '--config', 'test/ui/.mocharc.json']] },
];

function runSuite(suite: Suite): Counts {
  const countsFile = path.join(OUTPUT_DIR, 'counts', `${suite.name}.json`);
  fs.rmSync(countsFile, { force: true });
  console.log(`\n=== ${suite.name} ${suite.kind === 'check' ? 'check' : 'tests'}`);
  let r: ReturnType<typeof spawnSync> | undefined;
  for (const argv of suite.steps) {
    r = spawnSync(process.execPath, argv, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NEWSFACT_COUNTS_FILE: countsFile },
    });
    if (r.status !== 0) break;
  }
  if (!r) return { passed: 0, failed: 1 };
  if (suite.kind === 'check') {
    const ok = r.status === 0;
    console.log(`=== ${suite.name}: ${ok ? 'passed' : `failed (exit ${r.status ?? r.signal})`}`);
    return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  }
  const counts = readCounts(countsFile);
  if (!counts) {
    console.log(`=== ${suite.name}: could not run (exit ${r.status ?? r.signal}); counted as 1 failed`);
    return { passed: 0, failed: 1 };
  }
  if (r.status !== 0 && counts.failed === 0) {
    // Tests passed but the run still failed (a hook, teardown or the host crashed).
    console.log(`=== ${suite.name}: ${counts.passed} passed, but the run exited ${r.status}; counted as 1 failed`);
    return { passed: counts.passed, failed: 1 };
  }
  console.log(`=== ${suite.name}: ${counts.passed} passed, ${counts.failed} failed`);
  return counts;
}

function main(): number {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !SUITES.some((s) => s.name === w));
  if (unknown.length) {
    console.error(`unknown suite(s): ${unknown.join(', ')}; choose from ${SUITES.map((s) => s.name).join(', ')}`);
    return 2;
  }
  const chosen = wanted.length ? SUITES.filter((s) => wanted.includes(s.name)) : SUITES;
  let passed = 0;
  let failed = 0;
  const summary: string[] = [];
  for (const suite of chosen) {
    const c = runSuite(suite);
    passed += c.passed;
    failed += c.failed;
    summary.push(`  ${suite.name.padEnd(12)} ${c.passed} passed, ${c.failed} failed`);
  }
  console.log(`\n${summary.join('\n')}`);
  fs.mkdirSync(path.join(OUTPUT_DIR, 'counts'), { recursive: true });
  fs.writeFileSync(path.join(OUTPUT_DIR, 'counts', 'total.json'), JSON.stringify({ passed, failed }) + '\n');
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exit(main());
