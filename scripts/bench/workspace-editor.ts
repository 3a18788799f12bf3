// The editor's cold workspace index, end to end without VS Code: `npx tsx scripts/bench/workspace-editor.ts
// [n=1000] [--workers N] [--young-mb N] [--old-mb N]` (default: as the extension picks them for this
// machine, with its heap caps; the overrides are for trying other caps). The index's own
// pieces run as in the extension host: the bundled index worker (built from source here) in a pool
// of worker threads, batches of files read by this thread while the workers analyse, each answer
// stored with `storeWorkerResult`; then the Quotes by Speaker directory and the cross-article
// search (run here in one go; the editor runs it in 15 ms slices after the index). Prints one
// JSON line: wall and CPU (all threads) of the index pass, how busy this thread (the "extension
// host") was, the CPU of the workers and of the other threads (V8's compiles and GC helpers), time
// to the first stored file, peak RSS when the index pass is done and at the end (after the
// search), heap kept after GC, then the search's CPU.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { Worker } from 'worker_threads';
import { build } from 'esbuild';
import { generateWorkspace } from './workspace';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { installVscodeStub } = require('./vscode-stub');
installVscodeStub();

/** As WorkspaceIndex: files per message (fewer in the first), a cap on their text, files read at once, and two batches out per worker. */
const BATCH_FILES = 32;
const FIRST_BATCH_FILES = 4;
const BATCH_CHARS = 1 << 20;
const READS_AT_ONCE = 8;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 1000);
  const dir = generateWorkspace(n);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-bench-indexworker-'));
  const bundle = path.join(tmp, 'indexWorker.js');
  await build({ entryPoints: [path.join(__dirname, '..', '..', 'src/extension/indexWorkerNode.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent' });
  const { IndexWorkerPool } = await import('../../src/extension/indexWorkerClient');
  const { WORKER_RESOURCE_LIMITS } = await import('../../src/extension/indexWorkerProtocol');
  const { indexWorkerCount } = await import('../../src/extension/indexWorkerSpawn');
  const { storeWorkerResult, crossArticleInput } = await import('../../src/extension/workspaceIndex');
  const { SpeakerDirectory } = await import('../../src/extension/quotesTreeModel');
  const { findCrossArticleFindings } = await import('../../src/core/workspace');
  const workers = Number(arg('--workers') ?? indexWorkerCount());
  const limits = { ...WORKER_RESOURCE_LIMITS };
  if (arg('--young-mb')) limits.maxYoungGenerationSizeMb = Number(arg('--young-mb'));
  if (arg('--old-mb')) limits.maxOldGenerationSizeMb = Number(arg('--old-mb'));
  // The timeline: when each worker had nothing to do (as this thread sees it: no batch out).
  const idle: { since: number | null; ms: number; started: number }[] = [];
  const pool = new IndexWorkerPool(() => {
    const w = new Worker(bundle, { resourceLimits: limits });
    const me = { since: null as number | null, ms: 0, started: performance.now(), out: 0 };
    idle.push(me);
    return {
      postMessage: (m) => {
        if (me.out++ === 0 && me.since !== null) me.ms += performance.now() - me.since;
        me.since = null;
        w.postMessage(m);
      },
      onMessage: (cb) =>
        w.on('message', (m) => {
          if (--me.out === 0) me.since = performance.now();
          cb(m);
        }),
      onError: (cb) => w.on('error', cb),
      terminate: () => void w.terminate(),
    };
  }, workers);
  const gc = (globalThis as { gc?: () => void }).gc;
  // As WorkspaceIndex: the first worker starts before the files are listed.
  const warm = (pool as { warm?: () => void }).warm;
  const tw = performance.now();
  warm?.call(pool);
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const entries = new Map<string, unknown>();
  let firstMs: number | null = null;
  let firstReadMs: number | null = null;
  let firstSentMs: number | null = null;
  let hostStoreMs = 0;
  const elu0 = performance.eventLoopUtilization();
  const hostCpu0 = threadCpuMs();
  const tasks0 = tasksCpuMs();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const inFlight = new Set<Promise<void>>();
  for (let i = 0; i < names.length; ) {
    const batch: { file: string; text: string }[] = [];
    let chars = 0;
    const most = i === 0 ? FIRST_BATCH_FILES : BATCH_FILES;
    while (i < names.length && batch.length < most && chars < BATCH_CHARS) {
      const group = names.slice(i, i + Math.min(READS_AT_ONCE, most - batch.length)).map((f) => path.join(dir, f));
      i += group.length;
      const read = await Promise.all(
        group.map(async (file) => {
          await fs.promises.stat(file);
          return { file, text: new TextDecoder('utf-8').decode(await fs.promises.readFile(file)) };
        }),
      );
      firstReadMs ??= performance.now() - t0;
      for (const r of read) {
        batch.push(r);
        chars += r.text.length;
      }
    }
    firstSentMs ??= performance.now() - t0;
    const done: Promise<void> = pool.analyze(batch.map((b, k) => ({ id: String(k), text: b.text }))).then((results) => {
        inFlight.delete(done);
        const s = performance.now();
        for (const r of results) {
          const { file, text } = batch[Number(r.id)];
          const uri = { path: file, toString: () => 'file://' + file } as unknown as Parameters<typeof storeWorkerResult>[0];
          const e = storeWorkerResult(uri, text, r);
          if (e) entries.set(file, e);
        }
        hostStoreMs += performance.now() - s;
        firstMs ??= performance.now() - t0;
      });
    inFlight.add(done);
    if (inFlight.size >= 2 * pool.size) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  const wallMs = performance.now() - t0;
  // Each worker's idle time from its first batch to the end of the pass (the tail: the last batches).
  const workerIdleMs = idle.map((w) => Math.round(w.ms + (w.since !== null ? performance.now() - w.since : 0)));
  const workerStartMs = idle.map((w) => Math.round(w.started - Math.min(t0, tw)));
  const cpu = process.cpuUsage(cpu0);
  const elu = performance.eventLoopUtilization(elu0);
  const hostCpu1 = threadCpuMs();
  const split = splitThreads(tasks0, tasksCpuMs(), workers);
  const indexRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  pool.dispose();
  const all = [...entries.values()] as Parameters<typeof crossArticleInput>[0][];
  const d0 = process.cpuUsage();
  new SpeakerDirectory(all);
  const directoryCpuMs = cpuMs(process.cpuUsage(d0));
  gc?.();
  const heapMB = (process.memoryUsage().heapUsed - heap0) / 1024 / 1024;
  const s0 = process.cpuUsage();
  const found = findCrossArticleFindings(all.map(crossArticleInput));
  const searchCpuMs = cpuMs(process.cpuUsage(s0));
  const searchEndMs = performance.now() - t0;
  let findings = 0;
  for (const l of found.values()) findings += l.length;
  fs.rmSync(tmp, { recursive: true, force: true });
  const out = {
    articles: entries.size,
    workers,
    wallMs: Math.round(wallMs),
    cpuMs: Math.round(cpuMs(cpu)),
    hostBusyMs: Math.round(elu.active),
    hostCpuMs: hostCpu0 === null || hostCpu1 === null ? null : Math.round(hostCpu1 - hostCpu0),
    workersCpuMs: split?.workers ?? null,
    backgroundCpuMs: split?.background ?? null,
    hostStoreMs: Math.round(hostStoreMs),
    firstResultMs: firstMs === null ? null : Math.round(firstMs),
    peakRssIndexMB: indexRssMB,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    heapKeptMB: gc ? Math.round(heapMB) : null,
    directoryCpuMs: Math.round(directoryCpuMs),
    searchCpuMs: Math.round(searchCpuMs),
    // Since the first file was asked for, ms: first read, first batch sent, each worker's start
    // and its idle time during the pass, the pass's end, the search's end (the last view update).
    timeline: { firstReadMs: round(firstReadMs), firstSentMs: round(firstSentMs), workerStartMs, workerIdleMs, firstResultMs: round(firstMs), passEndMs: Math.round(wallMs), searchEndMs: Math.round(searchEndMs) },
    findings,
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

/**
 * CPU time of this thread alone (Linux; null elsewhere), ms. Event-loop "busy" time also counts
 * the time the thread was ready but not scheduled, which on a loaded machine is most of it.
 */
function threadCpuMs(): number | null {
  try {
    const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

/** CPU time of each thread of this process (Linux; null elsewhere), ms, by thread id. */
function tasksCpuMs(): Map<number, number> | null {
  try {
    const out = new Map<number, number>();
    for (const tid of fs.readdirSync('/proc/self/task')) {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), ((Number(f[11]) + Number(f[12])) * 1000) / 100);
    }
    return out;
  } catch {
    return null;
  }
}

/**
 * The pass's CPU time outside the host thread, split between the analysis workers and the rest
 * (V8's background threads: optimising compiles, GC helpers; libuv's file reads). Threads are not
 * named, so the workers are taken to be the `workers` busiest threads besides this one (they run
 * the analysis: several times any other's time).
 */
function splitThreads(before: Map<number, number> | null, after: Map<number, number> | null, workers: number): { workers: number; background: number } | null {
  if (!before || !after) return null;
  const others = [...after].filter(([tid]) => tid !== process.pid).map(([tid, ms]) => ms - (before.get(tid) ?? 0)).sort((a, b) => b - a);
  const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0));
  return { workers: sum(others.slice(0, workers)), background: sum(others.slice(workers)) };
}

function round(ms: number | null): number | null {
  return ms === null ? null : Math.round(ms);
}

function cpuMs(c: NodeJS.CpuUsage): number {
  return (c.user + c.system) / 1000;
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
