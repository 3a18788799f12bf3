// `npx tsx scripts/bench/speed.ts [--corpus samples|templates|both] [--passes 5] [--mb 1]`:
// a quick analyzeText throughput figure for A/B work on the hot path (the full bench takes
// minutes). Bundles the core with esbuild and runs it in plain node, so tsx's loader is not
// measured; prints words per CPU-second, the median of the passes after two warm-up passes.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { samplesCorpus, templateCorpus } from './corpus';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const which = arg('--corpus', 'both');
const passes = Number(arg('--passes', '5'));
const mb = Number(arg('--mb', '1'));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-speed-'));
const bundle = path.join(dir, 'core.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('esbuild').buildSync({ entryPoints: [path.join(__dirname, '../../src/core/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'silent' });

const corpora = [];
if (which === 'samples' || which === 'both') corpora.push(samplesCorpus(mb * (1 << 20)));
if (which === 'templates' || which === 'both') corpora.push(templateCorpus(mb * (1 << 20)));
for (const c of corpora) {
  if (!c) continue;
  const input = path.join(dir, 'articles.json');
  fs.writeFileSync(input, JSON.stringify(c.articles));
  const child = `const {analyzeText}=require(${JSON.stringify(bundle)});
const ts=JSON.parse(require('fs').readFileSync(${JSON.stringify(input)},'utf8'));
const cpu=[];
for(let p=0;p<${passes + 2};p++){const c0=process.cpuUsage();for(const t of ts)analyzeText(t);const c=process.cpuUsage(c0);if(p>=2)cpu.push((c.user+c.system)/1000);}
cpu.sort((a,b)=>a-b);console.log(JSON.stringify(cpu));`;
  const r = spawnSync(process.execPath, ['-e', child], { encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(1);
  }
  const cpu: number[] = JSON.parse(r.stdout);
  const median = cpu[Math.floor(cpu.length / 2)];
  const kwords = Math.round((c.words / (median / 1000)) / 1000);
  console.log(`${c.name}: ${c.articles.length} articles, ${c.words} words, median ${median.toFixed(0)} ms CPU per pass (min ${cpu[0].toFixed(0)}, max ${cpu[cpu.length - 1].toFixed(0)}): ${kwords}k words/CPU-s`);
}
fs.rmSync(dir, { recursive: true, force: true });
