// `npx tsx scripts/bench/profile.ts [words=20000] [repeats=3] [--corpus samples|templates]`:
// where analysis time goes. Bundles the core with esbuild (this keeps tsx's loader out of the
// profile; not minified, so function names stay, and without keepNames, whose __name() call on
// every closure is a cost the shipped bundle does not have), runs it under `node --cpu-prof` on one template article of
// `words` words or, with --corpus, on the throughput bench's 1 MB corpus (many short articles,
// where per-article costs show), then prints self time by function and by source file (mapped
// through esbuild's `// src/...` markers). The profile file is kept for Chrome DevTools.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const corpusAt = process.argv.indexOf('--corpus');
const corpusName = corpusAt >= 0 ? process.argv[corpusAt + 1] : null;
const positional = process.argv.slice(2).filter((_, i, all) => all[i] !== '--corpus' && all[i - 1] !== '--corpus');
const words = Number(positional[0] ?? 20000);
const repeats = Number(positional[1] ?? 3);

function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-prof-'));
  const bundle = path.join(dir, 'core.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('esbuild').buildSync({ entryPoints: [path.join(__dirname, '../../src/core/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'silent' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { articleOfWords, samplesCorpus, templateCorpus } = require('./corpus');
  const input = path.join(dir, 'articles.json');
  let what = `a ${words}-word template article`;
  let texts: string[] = [articleOfWords(words, 7)];
  if (corpusName) {
    const c = corpusName === 'samples' ? samplesCorpus(1 << 20) : templateCorpus(1 << 20);
    if (!c) throw new Error('no samples/ to build the samples corpus from');
    texts = c.articles;
    what = `${c.name} (${texts.length} articles)`;
  }
  fs.writeFileSync(input, JSON.stringify(texts));
  const run = `const {analyzeText}=require(${JSON.stringify(bundle)});const ts=JSON.parse(require('fs').readFileSync(${JSON.stringify(input)},'utf8'));for(let i=0;i<${repeats};i++)for(const t of ts)analyzeText(t);`;
  const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '-e', run], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  // Bundle line -> source file, from esbuild's "// src/core/..." comment before each module.
  const fileOfLine: string[] = [];
  let current = '(bundle)';
  fs.readFileSync(bundle, 'utf8').split('\n').forEach((l, i) => {
    const m = /^\/\/ (src\/\S+\.ts)$/.exec(l);
    if (m) current = m[1];
    fileOfLine[i] = current;
  });
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
  const prof: Profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFn = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, us] of self) {
    const cf = byId.get(id)!.callFrame;
    const fromBundle = cf.url.endsWith('core.js');
    const where = fromBundle ? fileOfLine[cf.lineNumber] ?? '(bundle)' : cf.url ? cf.url.replace(/^file:\/\//, '') : '(native)';
    const key = `${cf.functionName || '(anonymous)'}  ${where}:${cf.lineNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
    byFile.set(where, (byFile.get(where) ?? 0) + us);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
  console.log(`profile of ${repeats} x analyzeText on ${what}: ${(total / 1000).toFixed(0)} ms sampled`);
  console.log('\nself time by file:\n' + top(byFile, 12).join('\n'));
  console.log('\nself time by function:\n' + top(byFn, 20).join('\n'));
  console.log(`\nprofile: ${path.join(dir, file)}`);
}

main();
