// Runs inside the VS Code extension host (real VS Code, or code-server through the shim): loads
// every *.test.js next to this file into mocha (TDD or BDD both work: `suite`/`test` or
// `describe`/`it`), and writes the pass/fail counts to NEWSFACT_COUNTS_FILE for the outer runner.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 30_000, color: false });
  // Let BDD files work too: expose describe/it alongside suite/test.
  mocha.suite.on('pre-require', (context: Record<string, unknown>) => {
    context.describe ??= context.suite;
    context.it ??= context.test;
    context.before ??= context.suiteSetup;
    context.after ??= context.suiteTeardown;
    context.beforeEach ??= context.setup;
    context.afterEach ??= context.teardown;
  });
  const grep = process.env.NEWSFACT_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
        writeCounts(stats.passes, stats.failures, stats.pending);
        console.log(`integration: ${stats.passes} passed, ${stats.failures} failed`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}

function writeCounts(passed: number, failed: number, pending: number): void {
  const file = process.env.NEWSFACT_COUNTS_FILE;
  if (!file) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ passed, failed, pending }) + '\n');
}
