// Child process: times `require(bundle)` and `activate()` of a bundled extension under the stub
// `vscode`, in wall time and in this process's CPU time (user + system; on a busy machine the wall
// time also counts waiting for a core). Prints one JSON line. Run fresh each time so the require
// is cold.
const { performance } = require('perf_hooks');
const path = require('path');
const { installVscodeStub, fakeContext } = require('./vscode-stub');

const cpuMs = (u) => (u.user + u.system) / 1000;

async function main() {
  const bundle = path.resolve(process.argv[2]);
  installVscodeStub();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const ext = require(bundle);
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  let error = null;
  try {
    await ext.activate(fakeContext(path.join(__dirname, '..', '..')));
  } catch (e) {
    error = String((e && e.stack) || e).split('\n').slice(0, 3).join(' | ');
  }
  const c2 = process.cpuUsage();
  const t2 = performance.now();
  process.stdout.write(
    JSON.stringify({
      requireMs: t1 - t0,
      activateMs: t2 - t1,
      requireCpuMs: cpuMs(c1) - cpuMs(c0),
      activateCpuMs: cpuMs(c2) - cpuMs(c1),
      error,
    }) + '\n',
  );
  // Timers or watchers set up by activate() must not keep the bench waiting.
  process.exit(0);
}
main();
