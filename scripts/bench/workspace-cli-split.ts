// Where the CLI's per-file work goes, stage by stage, on one thread:
// `npx tsx scripts/bench/workspace-cli-split.ts [n=1000] [--passes 3] [--mode analyze|check]`.
// Each file as a worker does it (read and decode, analyse, render or locate, the summary and
// digest `check` keeps), then the copy between threads (v8 serialize + deserialize, as
// postMessage does). Prints CPU ms per stage (median of passes).
import * as fs from 'fs';
import * as path from 'path';
import { serialize, deserialize } from 'v8';
import { generateWorkspace } from './workspace';
import { readTask, analyseRead, type Task } from '../../src/cli/processFile';

function cpu(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 1000);
  const passes = Number(process.argv[process.argv.indexOf('--passes') + 1] || 3);
  const mode = (process.argv.includes('--mode') ? process.argv[process.argv.indexOf('--mode') + 1] : 'analyze') as Task['mode'];
  const dir = generateWorkspace(n);
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const runs: Record<string, number>[] = [];
  for (let p = 0; p < passes; p++) {
    const t: Record<string, number> = { read: 0, analyseAndRender: 0, copyBetweenThreads: 0 };
    for (const [index, name] of names.entries()) {
      const task: Task = { index, file: path.join(dir, name), mode, format: mode === 'analyze' ? 'jsonl' : 'text', maxBytes: 10 << 20, keepAnalysis: mode === 'check' };
      let c = cpu();
      const read = readTask(task);
      t.read += cpu() - c;
      c = cpu();
      const result = analyseRead(task, read);
      t.analyseAndRender += cpu() - c;
      c = cpu();
      deserialize(serialize(result));
      t.copyBetweenThreads += cpu() - c;
    }
    runs.push(t);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`${n} articles, ${mode}, median of ${passes} passes (CPU ms, one thread)`);
  for (const k of Object.keys(runs[0])) console.log(`${k.padEnd(22)} ${med(runs.map((r) => r[k])).toFixed(0).padStart(7)} ms`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
