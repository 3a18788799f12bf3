// Where the editor's workspace index spends its CPU time, stage by stage, on one thread:
// `npx tsx scripts/bench/workspace-split.ts [n=1000] [--passes 3]`. Each stage is what the index
// does per file (read, analyse in the worker, copy the answer between threads, store it on the
// extension host) and, once over all files, the speaker directory and the cross-article pairing.
// Prints CPU ms per stage (median of passes) and per article.
import * as fs from 'fs';
import * as path from 'path';
import { serialize, deserialize } from 'v8';
import { generateWorkspace } from './workspace';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { installVscodeStub } = require('./vscode-stub');
installVscodeStub();

type Stage = Record<string, number>;

function cpu(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 1000);
  const passes = Number(process.argv[process.argv.indexOf('--passes') + 1] || 3);
  const dir = generateWorkspace(n);
  const { analyzeText } = await import('../../src/core');
  const { handleIndexRequest } = await import('../../src/extension/indexWorkerHandler');
  const ix = await import('../../src/extension/workspaceIndex');
  const { SpeakerDirectory } = await import('../../src/extension/quotesTreeModel');
  const { findCrossArticleFindings } = await import('../../src/core/workspace');
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  analyzeText(fs.readFileSync(path.join(dir, names[0]), 'utf8'));
  const runs: Stage[] = [];
  for (let p = 0; p < passes; p++) {
    const t: Stage = { read: 0, workerAnalyse: 0, copyBetweenThreads: 0, hostStore: 0, directory: 0, crossArticlePairing: 0 };
    const entries: ReturnType<typeof ix.summarise>[] = [];
    for (const name of names) {
      let c = cpu();
      const file = path.join(dir, name);
      const text = new TextDecoder('utf-8').decode(fs.readFileSync(file));
      t.read += cpu() - c;
      c = cpu();
      const res = handleIndexRequest({ type: 'analyze', batch: 0, items: [{ id: '0', text }] });
      t.workerAnalyse += cpu() - c;
      c = cpu();
      const copied = deserialize(serialize(res)) as typeof res;
      t.copyBetweenThreads += cpu() - c;
      c = cpu();
      const uri = { path: file, toString: () => 'file://' + file } as unknown as Parameters<typeof ix.summarise>[0];
      entries.push(ix.storeWorkerResult(uri, text, copied.results[0]) as ReturnType<typeof ix.summarise>);
      t.hostStore += cpu() - c;
    }
    let c = cpu();
    new SpeakerDirectory(entries);
    t.directory += cpu() - c;
    c = cpu();
    findCrossArticleFindings(entries.map(ix.crossArticleInput));
    t.crossArticlePairing += cpu() - c;
    runs.push(t);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  let total = 0;
  const rows: string[] = [];
  for (const k of Object.keys(runs[0])) {
    const ms = med(runs.map((r) => r[k]));
    total += ms;
    rows.push(`${k.padEnd(22)} ${ms.toFixed(0).padStart(7)} ms  ${(ms / n).toFixed(3)} ms/article`);
  }
  console.log(`${n} articles, median of ${passes} passes (CPU ms, one thread)`);
  for (const r of rows) console.log(r);
  console.log(`${'total'.padEnd(22)} ${total.toFixed(0).padStart(7)} ms`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
