// Mocha's spec output for people, plus a small JSON file of counts for scripts/test/run-all.ts,
// which sums the suites. The file path comes from NEWSFACT_COUNTS_FILE; without it this is spec.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

class CountsReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => writeCounts(runner.stats));
  }
}

function writeCounts(stats) {
  const file = process.env.NEWSFACT_COUNTS_FILE;
  if (!file || !stats) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    JSON.stringify({ passed: stats.passes, failed: stats.failures, pending: stats.pending }) + '\n',
  );
}

module.exports = CountsReporter;
