// `npm run bench [-- --quick] [-- --only throughput,editor,edit,workspace,activation]`; `--only scale`
// (the CLI over 100,000 files, minutes long) runs only when named.
// Measures the figures issue 6 sets targets for, prints a table, writes bench-results.json.
// --quick skips the 50 MB corpus and the 10,000-article workspace (for a check in a minute).
// Slow steps have a time budget (--budget SECONDS, default 120): the 50 MB corpora are measured on
// the prefix analysed within it (the table says how much). --full lifts the throughput budget.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeText } from '../../src/core';
import { templateCorpus, samplesCorpus, variedCorpus, articleOfWords, formatBytes, type Corpus } from './corpus';
import { analysisThroughput, winkThroughput, type Throughput } from './throughput';
import { editorCosts } from './editor';
import { editCosts, editRows } from './incremental';
import { generateWorkspace, runIndex, runIndexHeap, type IndexHeap } from './workspace';
import { contradictionCost, slicedCost, analysisFromLine, type ContradictionCost } from './contradictions';
import { buildProduction, measureActivation } from './activation';
import { printTable, fmt, type Row } from './report';
import { scaleRuns, scaleRows } from './scale';
import { countWords } from './templates';
import { spawnSync } from 'child_process';

interface EditorIndex {
  articles: number;
  workers: number;
  wallMs: number;
  cpuMs: number;
  hostBusyMs: number;
  /** After the pass, on the host: the Quotes by Speaker directory, then the cross-article search (CPU ms). */
  directoryCpuMs?: number;
  searchCpuMs?: number;
  timeline?: { searchEndMs: number };
  firstResultMs: number | null;
  /** Peak RSS when the pass ends, before the cross-article search runs. */
  peakRssIndexMB?: number;
  peakRssMB: number;
  heapKeptMB: number | null;
}

/** The editor's own index pass (scripts/bench/workspace-editor.ts) in a fresh process. */
function runEditorIndex(n: number): EditorIndex | { error: string } {
  const script = path.join(__dirname, 'workspace-editor.ts');
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, String(n)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as EditorIndex;
  } catch {
    return { error: (r.stderr || line || `exit ${r.status}`).split('\n')[0] };
  }
}

const MB = 1 << 20;

function parseArgs(argv: string[]) {
  const quick = argv.includes('--quick');
  const full = argv.includes('--full');
  const b = argv.indexOf('--budget');
  const budgetSec = b >= 0 ? Number(argv[b + 1]) : 120;
  const i = argv.indexOf('--only');
  const only = i >= 0 ? new Set((argv[i + 1] || '').split(',')) : null;
  // Opt-in sections (minutes long) run only when named in --only.
  return { quick, full, budgetSec, want: (s: string) => !only || only.has(s), named: (s: string) => !!only?.has(s) };
}

async function main() {
  const { quick, full, budgetSec, want, named } = parseArgs(process.argv.slice(2));
  const rows: Row[] = [];
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, totalMemMB: Math.round(os.totalmem() / MB), loadAvgAtStart: os.loadavg() },
  };
  const log = (s: string) => process.stderr.write(s + '\n');

  if (want('throughput')) {
    log('throughput...');
    // varied: news-like text with a large vocabulary and real typography (variedTemplates.ts); its
    // 50 MB row is one pass over new text throughout, as a workspace of distinct articles is.
    const corpora: Corpus[] = [templateCorpus(1 * MB), variedCorpus(1 * MB)];
    const s1 = samplesCorpus(1 * MB);
    if (s1) corpora.unshift(s1);
    if (!quick) {
      const s50 = samplesCorpus(50 * MB);
      if (s50) corpora.push(s50);
      corpora.push(templateCorpus(50 * MB));
      corpora.push(variedCorpus(50 * MB));
    }
    const out: { analysis: Throughput; wink: Throughput; ratio: number }[] = [];
    for (const c of corpora) {
      const big = c.bytes > 10 * MB;
      const analysis = analysisThroughput(c, big ? 1 : 3, big && !full ? budgetSec * 1000 : Infinity);
      const wink = winkThroughput(c, big ? 1 : 3, analysis.articles);
      const ratio = analysis.wordsPerSec / wink.wordsPerSec;
      out.push({ analysis, wink, ratio });
      const part = analysis.articles < c.articles.length ? `, first ${formatBytes(analysis.bytes)} in the ${budgetSec} s budget` : '';
      rows.push({ section: 'throughput', metric: `analyzeText, ${c.name} (${fmt.num(analysis.words)} words${part})`, value: `${fmt.num(analysis.wordsPerSec)} words/CPU-s (${fmt.num(analysis.wordsPerWallSec)} /wall-s)`, target: '>= 1,000,000 words/s', ok: analysis.wordsPerSec >= 1e6 });
      if (analysis.coldWordsPerSec) rows.push({ section: 'throughput', metric: '  first pass, JIT still cold', value: `${fmt.num(analysis.coldWordsPerSec)} words/CPU-s`, target: '', ok: null });
      rows.push({ section: 'throughput', metric: `  wink-nlp tokens+POS, same text`, value: `${fmt.num(wink.wordsPerSec)} words/CPU-s`, target: 'reference', ok: null });
      rows.push({ section: 'throughput', metric: `  ratio analyzeText / wink-nlp`, value: `${ratio.toFixed(2)}x`, target: '>= 5x', ok: ratio >= 5 });
      log(`  ${c.name}: ${fmt.num(analysis.wordsPerSec)} vs wink ${fmt.num(wink.wordsPerSec)} words/CPU-s`);
    }
    results.throughput = out;
  }

  if (want('editor')) {
    log('hover / tree...');
    const text = articleOfWords(20000, 7);
    const a = analyzeText(text);
    const e = await editorCosts(a);
    if (e.error) log(`  extension providers not loadable: ${e.error}`);
    results.editor = { words: countWords(text), quotes: a.quotes.length, speakers: a.speakers.length, findings: a.findings.length, ...e };
    type Latency = { p50: number; p99: number; wallP99?: number; thread?: { p50: number; p99: number } };
    const lat = (l: Latency) =>
      `p50 ${fmt.ms(l.p50)}, p99 ${fmt.ms(l.p99)}${l.wallP99 === undefined ? '' : ` CPU (wall p99 ${fmt.ms(l.wallP99)})`}` +
      (l.thread ? `; this thread's own CPU p50 ${fmt.ms(l.thread.p50)}, p99 ${fmt.ms(l.thread.p99)}` : '');
    // What holds up the extension host: its own thread's CPU (process CPU also counts V8's
    // background compiler and collector threads) and the elapsed time, both within the target.
    const met = (l: Latency) => (l.thread?.p99 ?? l.p99) <= 2 && (l.wallP99 ?? 0) <= 2;
    rows.push({ section: 'editor', metric: `hover, 20k words (${e.source})`, value: lat(e.hover), target: 'p99 <= 2 ms', ok: met(e.hover) });
    rows.push({ section: 'editor', metric: `tree refresh, 20k words (${a.quotes.length} quotes, ${a.speakers.length} speakers)`, value: lat(e.tree), target: 'p99 <= 2 ms', ok: met(e.tree) });
    const gcNote = (l: { gcCalls?: number; runs: number; p99WithoutGc?: number }) =>
      l.gcCalls ? `; ${l.gcCalls} of ${l.runs} calls met a GC pause, p99 of the others ${fmt.ms(l.p99WithoutGc ?? NaN)}` : '';
    if (e.treeRebuild) rows.push({ section: 'editor', metric: '  same after a new analysis (speaker directory rebuilt)', value: lat(e.treeRebuild) + gcNote(e.treeRebuild), target: 'p99 <= 2 ms', ok: met(e.treeRebuild) });
    const ws = e.workspaceArticles ? ` in a workspace of ${fmt.num(e.workspaceArticles)} other articles (${fmt.num(e.workspaceSpeakers ?? 0)} speakers)` : '';
    if (e.treeInWorkspace) rows.push({ section: 'editor', metric: `  same${ws}`, value: lat(e.treeInWorkspace), target: 'p99 <= 2 ms', ok: met(e.treeInWorkspace) });
    if (e.treeAfterEdit) rows.push({ section: 'editor', metric: `  same, a one-character edit re-analysed between refreshes${ws}`, value: lat(e.treeAfterEdit) + gcNote(e.treeAfterEdit), target: 'p99 <= 2 ms', ok: met(e.treeAfterEdit) });
    if (e.treeAfterEditOneArticle) rows.push({ section: 'editor', metric: '    same, the article alone in the workspace', value: lat(e.treeAfterEditOneArticle) + gcNote(e.treeAfterEditOneArticle), target: '', ok: null });
    // What an edit's new analysis turns into; part of "edit to diagnostics" (the edit section).
    const after: [string, keyof typeof e][] = [
      [`diagnostics (${a.findings.length} findings)`, 'diagnostics'],
      ['document symbols (outline)', 'symbols'],
      ['folding ranges', 'folding'],
      ['furniture colours (semantic tokens)', 'furniture'],
      ['hover indexes (made once typing pauses)', 'hoverIndexes'],
    ];
    for (const [metric, key] of after) {
      const l = e[key] as { p50: number; p99: number; wallP99?: number } | undefined;
      if (l) rows.push({ section: 'editor', metric: `new analysis -> ${metric}`, value: lat(l), target: '', ok: null });
    }
  }

  if (want('edit')) {
    log('edit to fresh analysis...');
    const costs = editCosts([1000, 5000, 20000, 100000]);
    results.edit = costs;
    rows.push(...editRows(costs));
  }

  if (want('workspace')) {
    // Both sizes, always (--quick: 1,000 only). Times are CPU seconds of the whole process (all
    // threads; the machine is shared), wall time beside them.
    const sizes = quick ? [1000] : [1000, 10000];
    const ws: unknown[] = [];
    const cc: ContradictionCost[] = [];
    const heaps: (IndexHeap | null)[] = [];
    const sliced: unknown[] = [];
    const editorIndex: unknown[] = [];
    for (const n of sizes) {
      log(`workspace index of ${n}...`);
      const dir = generateWorkspace(n);
      const r = await runIndex(n, dir, true);
      const { results: lines = [], ...summary } = r;
      ws.push(summary);
      const okRun = r.exitCode === 0 && r.lines >= n;
      const cpu = r.cpuMs === null ? '' : `, ${(r.cpuMs / 1000).toFixed(2)} CPU-s`;
      rows.push({ section: 'workspace', metric: `cold index ${fmt.num(n)} articles (${r.mode})`, value: okRun ? `${(r.wallMs / 1000).toFixed(2)} s wall${cpu}` : `failed (exit ${r.exitCode}, ${r.lines} lines): ${r.stderr.split('\n')[0]}`, target: n === 10000 ? '<= 10 s' : '', ok: n === 10000 ? okRun && r.wallMs <= 10000 : null });
      rows.push({ section: 'workspace', metric: `  peak RSS`, value: fmt.mb(r.peakRssMB), target: n === 10000 ? '<= 500 MB' : '', ok: n === 10000 && r.peakRssMB !== null ? r.peakRssMB <= 500 : null });
      rows.push({ section: 'workspace', metric: `  first article's result`, value: r.firstResultMs === null ? 'n/a' : fmt.ms(r.firstResultMs), target: '', ok: null });
      // The editor's own pass: the index worker pool in the extension host's process, the host storing summaries.
      log(`editor's index of ${n}...`);
      const ei = runEditorIndex(n);
      editorIndex.push(ei);
      if ('error' in ei) rows.push({ section: 'workspace', metric: `  the editor's index (worker pool)`, value: `failed: ${ei.error}`, target: '', ok: false });
      else {
        rows.push({ section: 'workspace', metric: `  the editor's index (${ei.workers} workers)`, value: `${(ei.wallMs / 1000).toFixed(2)} s wall, ${(ei.cpuMs / 1000).toFixed(2)} CPU-s, host thread busy ${(ei.hostBusyMs / 1000).toFixed(2)} s`, target: n === 10000 ? '<= 10 s' : '', ok: n === 10000 ? ei.wallMs <= 10000 : null });
        rows.push({ section: 'workspace', metric: `    peak RSS of that process (pass + cross-article search), first result`, value: `${fmt.mb(ei.peakRssMB)}, ${ei.firstResultMs === null ? 'n/a' : fmt.ms(ei.firstResultMs)}`, target: n === 10000 ? '<= 500 MB' : '', ok: n === 10000 ? ei.peakRssMB <= 500 : null });
        if (ei.peakRssIndexMB !== undefined) rows.push({ section: 'workspace', metric: `      of which the pass alone (peak when it ends)`, value: fmt.mb(ei.peakRssIndexMB), target: '', ok: null });
        // The wall time above is the pass; the editor then builds the speaker directory and runs the
        // cross-article search on the host (in 15 ms slices there; here in one go, CPU measured).
        if (ei.searchCpuMs !== undefined) rows.push({ section: 'workspace', metric: `    then on the host: speaker directory, cross-article search (all findings at)`, value: `${((ei.directoryCpuMs ?? 0) / 1000).toFixed(2)} CPU-s, ${(ei.searchCpuMs / 1000).toFixed(2)} CPU-s (${ei.timeline ? (ei.timeline.searchEndMs / 1000).toFixed(2) + ' s' : 'n/a'})`, target: '', ok: null });
      }
      // The editor's side: what the extension host keeps for this index (heap after GC, stub vscode).
      log(`extension host heap for an index of ${n}...`);
      const h = await runIndexHeap(dir);
      heaps.push(h);
      const heapOk = h ? h.afterSearchMB <= 500 : false;
      rows.push({ section: 'workspace', metric: `  extension host heap, index + cross-article (after GC)`, value: h ? `${fmt.mb(h.afterSearchMB)} (${h.perArticleKB.toFixed(1)} KB per article in the index)` : 'failed', target: n === 10000 ? '<= 500 MB' : '', ok: n === 10000 ? heapOk : null });
      log(`cross-article search over ${n}...`);
      const docs = lines.map(analysisFromLine);
      const c = contradictionCost(docs);
      // As the editor runs it: 15 ms slices that yield between them (the longest is what typing may wait on).
      const sc = slicedCost(docs);
      sliced.push({ articles: n, ...sc });
      docs.length = 0;
      lines.length = 0;
      cc.push(c);
      const rules = c.byRule ? Object.entries(c.byRule).map(([k, v]) => `${v} ${k}`).join(', ') : '';
      rows.push({ section: 'workspace', metric: `cross-article findings, ${fmt.num(c.articles)} articles (${c.api})`, value: c.ms === null ? c.note : `${(c.ms / 1000).toFixed(2)} CPU-s (${(c.wallMs! / 1000).toFixed(2)} s wall), ${rules || 'none found'}`, target: 'near-linear', ok: null });
      if (c.stats) {
        const st = c.stats;
        rows.push({ section: 'workspace', metric: '  statements (distinct), pairs compared', value: `${fmt.num(st.statements)} (${fmt.num(st.distinctStatements)}), ${fmt.num(st.statementPairs)} + ${fmt.num(st.quotationPairs)} quotation pairs`, target: '', ok: null });
        rows.push({ section: 'workspace', metric: '  keys too common to pair on, findings capped', value: `${fmt.num(st.skippedKeys)}, ${fmt.num(st.capped)}`, target: '', ok: null });
      }
      rows.push({ section: 'workspace', metric: `  in the editor: 15 ms slices`, value: `${fmt.num(sc.slices)} slices, wall p50 ${fmt.ms(sc.wallP50Ms)}, p95 ${fmt.ms(sc.wallP95Ms)}, max ${fmt.ms(sc.wallMaxMs)}${sc.same ? '' : ', FINDINGS DIFFER'}`, target: 'slices of ~15 ms, same findings', ok: sc.same });
    }
    results.workspace = ws;
    results.indexHeap = heaps;
    results.crossArticleSlices = sliced;
    results.editorIndex = editorIndex;
    results.contradictions = cc;
    const timed = cc.filter((c) => c.ms);
    if (timed.length >= 2) {
      const [a, b] = [timed[0], timed[timed.length - 1]];
      const exp = Math.log(b.ms! / a.ms!) / Math.log(b.articles / a.articles);
      // The target is near-linear in the number of statements, so the exponent is fitted on those too.
      const expSt = a.stats && b.stats ? Math.log(b.ms! / a.ms!) / Math.log(b.stats.statements / a.stats.statements) : NaN;
      rows.push({ section: 'workspace', metric: `cross-article search growth ${fmt.num(a.articles)} -> ${fmt.num(b.articles)} articles`, value: `${(b.ms! / a.ms!).toFixed(1)}x (time ~ n^${exp.toFixed(2)}; ~ statements^${expSt.toFixed(2)})`, target: 'n^1 (near-linear)', ok: expSt <= 1.3 });
    }
  }

  if (named('scale')) {
    // The built CLI (npm run build first) over 1,000, 10,000 and 100,000 generated files (--quick:
    // the first two), analyze and check, RSS sampled through each run; 10-15 minutes on 2 cores.
    log('CLI at scale...');
    const runs = await scaleRuns([{ files: 1000 }, { files: 10000 }, ...(quick ? [] : [{ files: 100000 }])], log);
    rows.push(...scaleRows(runs));
    results.scale = runs.map(({ samples, ...r }) => ({ ...r, samples: samples.filter((_, i) => i % Math.ceil(samples.length / 200) === 0) }));
  }

  if (want('activation')) {
    log('bundles and activation...');
    const { dir, sizes } = await buildProduction();
    results.bundles = sizes;
    for (const s of sizes) {
      rows.push({ section: 'bundle', metric: `${s.file} (minified)`, value: `${fmt.kb(s.bytes)} (gzip ${fmt.kb(s.gzipBytes)})`, target: s.file.startsWith('cli') ? '' : '<= 1 MB', ok: s.file.startsWith('cli') ? null : s.bytes <= MB });
    }
    // Idle, then with every core kept busy by a spinning process (activation often competes with
    // other work): CPU time is the extension's own cost, wall time what the user waits.
    const idle = measureActivation(path.join(dir, 'extension.js'));
    const busy = measureActivation(path.join(dir, 'extension.js'), 21, os.cpus().length);
    results.activation = idle;
    results.activationBusy = busy;
    const threw = idle.error ? ` (threw: ${idle.error.slice(0, 60)})` : '';
    rows.push({ section: 'activation', metric: 'require(bundle) under stub vscode', value: `${fmt.ms(idle.requireMsMedian)} (CPU ${fmt.ms(idle.requireCpuMsMedian)})`, target: '', ok: null });
    rows.push({ section: 'activation', metric: 'activate()', value: `${fmt.ms(idle.activateMsMedian)} (CPU ${fmt.ms(idle.activateCpuMsMedian)})${threw}`, target: '', ok: null });
    rows.push({ section: 'activation', metric: `require + activate (median of ${idle.runs})`, value: `${fmt.ms(idle.totalMsMedian)} (CPU ${fmt.ms(idle.totalCpuMsMedian)})`, target: '<= 50 ms', ok: idle.totalMsMedian <= 50 });
    rows.push({ section: 'activation', metric: `  same, ${busy.busyProcesses} busy processes on ${os.cpus().length} cores`, value: `${fmt.ms(busy.totalMsMedian)} (CPU ${fmt.ms(busy.totalCpuMsMedian)})`, target: '', ok: null });
    fs.rmSync(dir, { recursive: true, force: true });
  }

  console.log('');
  printTable(rows);
  const out = path.join(__dirname, '..', '..', 'bench-results.json');
  // An --only run replaces the sections it measured and keeps the others' last figures.
  const ran = new Set(rows.map((r) => r.section));
  let previous: Record<string, unknown> = {};
  try {
    previous = JSON.parse(fs.readFileSync(out, 'utf8'));
  } catch {
    // no earlier results, or unreadable ones: start afresh
  }
  const kept = Array.isArray(previous.table) ? (previous.table as Row[]).filter((r) => !ran.has(r.section)) : [];
  results.table = [...kept, ...rows];
  fs.writeFileSync(out, JSON.stringify({ ...previous, ...results }, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(process.cwd(), out)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
