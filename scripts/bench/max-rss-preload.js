// Loaded with `node --require` into a measured child process: on exit, writes the process's peak
// resident set size (all threads, KB) to the file named by NEWSFACT_BENCH_RSS_FILE.
const fs = require('fs');
const out = process.env.NEWSFACT_BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    try {
      fs.writeFileSync(out, String(process.resourceUsage().maxRSS));
    } catch {
      // the measurement is optional; never change the child's exit
    }
  });
}
