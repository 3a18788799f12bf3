// What copying index workers' answers between threads costs, with a real worker:
// `npx tsx scripts/bench/workspace-copy-worker.ts [n=1000]`. A worker analyses n files as the
// index worker does (handleIndexRequest), keeps the answers, then posts them all to this thread,
// three times each way: as they are (a structured clone, as the index sends them) and as JSON
// text; each side's thread CPU is printed (Linux: /proc/thread-self).
import * as fs from 'fs';
import * as path from 'path';
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';
import { generateWorkspace } from './workspace';
import { handleIndexRequest } from '../../src/extension/indexWorkerHandler';

type Message = { start: true } | { end: true; mode: string; ms: number; last: boolean } | { json: string } | object;

function threadCpuMs(): number {
  const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10; // clock ticks of 1/100 s
}

function host(): void {
  const n = Number(process.argv[2] ?? 1000);
  const dir = generateWorkspace(n);
  // The worker runs this file from source, as tsx runs it here.
  const w = new Worker(`require('tsx/cjs'); require(${JSON.stringify(__filename)});`, { eval: true, workerData: { dir } });
  let c0 = 0;
  let got = 0;
  w.on('message', (m: Message) => {
    if ('start' in m) return void (c0 = threadCpuMs());
    if ('end' in m) {
      console.log(`${m.mode.padEnd(10)} worker ${m.ms} ms, host ${threadCpuMs() - c0} ms (CPU) for ${got} answers`);
      got = 0;
      if (m.last) void w.terminate();
      return;
    }
    got++;
    if ('json' in m) JSON.parse(m.json);
  });
}

function worker(): void {
  const dir = workerData.dir as string;
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const answers = names.map((name) => handleIndexRequest({ type: 'analyze', batch: 0, items: [{ id: '0', text: fs.readFileSync(path.join(dir, name), 'utf8') }] }));
  const modes = ['structured', 'json', 'structured', 'json', 'structured', 'json'];
  for (const [i, mode] of modes.entries()) {
    parentPort!.postMessage({ start: true });
    const c = threadCpuMs();
    for (const a of answers) parentPort!.postMessage(mode === 'json' ? { json: JSON.stringify(a) } : a);
    parentPort!.postMessage({ end: true, mode, ms: threadCpuMs() - c, last: i === modes.length - 1 });
    // Let the host take them all before the next round is timed.
    const until = Date.now() + 1500;
    while (Date.now() < until);
  }
}

if (isMainThread) host();
else worker();
