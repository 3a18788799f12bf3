// Loaded with `node --require` into a measured child process: on exit, writes the process's peak
// resident set size (all threads, KB) and the CPU time it used (all threads, user + system, ms) to
// the file named by NEWSFACT_BENCH_RSS_FILE, as JSON.
const fs = require('fs');
const out = process.env.NEWSFACT_BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    try {
      const u = process.resourceUsage();
      fs.writeFileSync(out, JSON.stringify({ maxRssKB: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
    } catch {
      // the measurement is optional; never change the child's exit
    }
  });
}
