// Edit to fresh analysis: a one-character edit in one paragraph of articles of 1k..100k words.
// Uses the core's incremental API when it exports one; otherwise times a full `analyzeText`
// of the edited text (which grows with the document, not with the edit). Each row gives process
// CPU, this thread's own CPU and wall time per edit (threadCpu.ts), p50 and p99 over a few hundred
// edits: process CPU also counts V8's background threads (concurrent marking, optimising
// compiles) busy with earlier edits' garbage and code, so the target is judged, as in the editor
// rows, on the thread's own CPU p99 and the wall p99.
import { Session } from 'inspector';
import * as core from '../../src/core';
import { articleOfWords } from './corpus';
import { fmt, type Row } from './report';
import { CallTimes, timeCalls, type CpuLatency } from './threadCpu';

export interface EditCost {
  words: number;
  api: string;
  /** One letter replaced by another (positions after it do not move). */
  latency: CpuLatency;
  /** One letter typed (everything after it moves by one). */
  insert?: CpuLatency;
  /** One letter replaced inside the words of the direct quote nearest the middle (its statement,
   *  restatement and contradiction checks run again; the speaker stays). */
  inQuote?: CpuLatency;
  /** One letter replaced inside each of up to 25 direct quotes spread over the article, twice
   *  each: its p99 is the worst quote's cost (an edit the splice cannot take, e.g. in a quotation
   *  that runs across paragraphs, walks the whole article). */
  inQuotes?: CpuLatency;
  /** A full analyzeText of the edited text, for comparison. */
  full?: CpuLatency;
  /** One letter typed, then deleted, again and again at the same place, each edit from the last
   *  analysis, as the editor makes them: what an article edited for a while costs (the other
   *  rows start every edit from the same first analysis). */
  chained?: CpuLatency;
  /** MB allocated per edit (what the garbage collector then has to clear or keep), one letter
   *  replaced and one typed: the objects an edit makes, measured by V8's sampling heap profiler
   *  (objects collected since included), averaged over 10 edits of each (the profiler slows them: 20 took 3-6 s of the section at 20k-100k words). */
  allocatedMB?: { replaced: number; typed: number };
}

type Incremental = (prev: core.Analysis | null, text: string, edit?: { start: number; end: number; text: string }) => core.Analysis;

/** Finds an incremental entry point if the core has one (name-based; the API is still settling). */
function findIncremental(): { name: string; fn: Incremental } | null {
  const names = Object.keys(core) as (keyof typeof core)[];
  for (const n of names) {
    if (/^(reanalyze|updateAnalysis|analyzeEdit|analyzeIncremental|applyEdit)/i.test(String(n)) && typeof core[n] === 'function') {
      return { name: String(n), fn: core[n] as unknown as Incremental };
    }
  }
  return null;
}

/** Each of `fns` timed in turn, `runs` rounds: no kind of edit always follows the same other one. */
function interleaved(fns: ((i: number) => unknown)[], runs: number): CpuLatency[] {
  const times = fns.map(() => new CallTimes());
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const m = times[k].begin();
      fn(i);
      times[k].end(m);
    });
  }
  return times.map((t) => t.summary());
}

/** MB allocated per call of `fn`, over `runs` calls: V8's sampling heap profiler (one sample
 *  every 256 bytes on average) with the objects collected before it stops counted too. */
function allocatedMB(fn: (i: number) => unknown, runs: number): number {
  const session = new Session();
  session.connect();
  let bytes = 0;
  const sum = (node: { selfSize: number; children: unknown[] }): void => {
    bytes += node.selfSize;
    for (const c of node.children) sum(c as typeof node);
  };
  session.post('HeapProfiler.enable');
  session.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let i = 0; i < runs; i++) fn(i);
  // The in-process session answers synchronously.
  session.post('HeapProfiler.stopSampling', (err, r) => {
    if (!err) sum(r.profile.head as unknown as { selfSize: number; children: unknown[] });
  });
  session.disconnect();
  return bytes / runs / 1e6;
}

/** A lower-case letter inside a word from the middle of `quote`'s first span on, or -1. */
function letterIn(quote: core.Quote, text: string): number {
  const [start, end] = quote.spans[0];
  for (let i = Math.floor((start + end) / 2); i < end - 1; i++) {
    // Not a word's first letter: the edit must not change capitalisation or word boundaries.
    if (/[a-z]/.test(text[i]) && /[a-z]/.test(text[i - 1]) && /[a-z]/.test(text[i + 1])) return i;
  }
  return -1;
}

/** A letter inside the direct quote nearest the text's middle, or -1. */
function letterInQuote(analysis: core.Analysis, text: string): number {
  const middle = text.length / 2;
  let best = -1;
  for (const quote of analysis.quotes) {
    if (quote.type !== 'direct') continue;
    const i = letterIn(quote, text);
    if (i >= 0 && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) best = i;
  }
  return best;
}

/** A letter inside each of up to `n` direct quotes evenly spread over the article. */
function lettersInQuotes(analysis: core.Analysis, text: string, n: number): number[] {
  const direct = analysis.quotes.filter((q) => q.type === 'direct');
  const out: number[] = [];
  for (let j = 0; j < Math.min(n, direct.length); j++) {
    const i = letterIn(direct[Math.floor(((j + 0.5) * direct.length) / Math.min(n, direct.length))], text);
    if (i >= 0) out.push(i);
  }
  return out;
}

/** Timed edits per row: 400 (p99 = the fifth worst) up to 20k words, fewer above. */
function editRuns(words: number): number {
  return words <= 20000 ? 400 : 200;
}

export function editCosts(sizes: number[], runsOf = editRuns): EditCost[] {
  const inc = findIncremental();
  const out: EditCost[] = [];
  for (const words of sizes) {
    const text = articleOfWords(words, 40 + words);
    // The edit: replace one letter in the middle of the paragraph nearest the middle.
    const mid = text.indexOf('\n\n', Math.floor(text.length / 2)) + 5;
    const at = /[a-z]/.test(text[mid]) ? mid : text.slice(mid).search(/[a-z]/) + mid;
    const letters = ['x', 'y'];
    const replaced = letters.map((c) => text.slice(0, at) + c + text.slice(at + 1));
    const typed = letters.map((c) => text.slice(0, at) + c + text.slice(at));
    const r = runsOf(words);
    const full = timeCalls((i) => core.analyzeText(replaced[i % 2]), Math.max(3, Math.min(10, Math.floor(5e4 / words))), 1);
    if (inc) {
      // The editor's previous analysis came from the same API (it keeps what it can reuse beside it).
      const base = inc.fn(null, text);
      // Both kinds of edit interleaved after a warm-up (as after a few keystrokes), so neither pays
      // for the JIT or the other's garbage.
      const replace = (i: number) => inc.fn(base, replaced[i % 2], { start: at, end: at + 1, text: letters[i % 2] });
      const type = (i: number) => inc.fn(base, typed[i % 2], { start: at, end: at, text: letters[i % 2] });
      const q = letterInQuote(base, text);
      const inQuoteTexts = q < 0 ? [] : letters.map((c) => text.slice(0, q) + c + text.slice(q + 1));
      const inQuote = (i: number) => inc.fn(base, inQuoteTexts[i % 2], { start: q, end: q + 1, text: letters[i % 2] });
      const kinds = q < 0 ? [replace, type] : [replace, type, inQuote];
      for (let i = 0; i < 10; i++) kinds.forEach((k) => k(i));
      const all = interleaved(kinds, r);
      // Each spread quote edited twice (x then y), from the same base analysis.
      const spread = lettersInQuotes(base, text, 25);
      const inQuotes = spread.length
        ? timeCalls((i) => {
            const at = spread[i % spread.length];
            const c = letters[Math.floor(i / spread.length) % 2];
            return inc.fn(base, text.slice(0, at) + c + text.slice(at + 1), { start: at, end: at + 1, text: c });
          }, 2 * spread.length, 0)
        : undefined;
      const allocated = { replaced: allocatedMB(replace, 10), typed: allocatedMB(type, 10) };
      let last = base;
      const chain = (i: number) => {
        last = i % 2 === 0 ? inc.fn(last, typed[0], { start: at, end: at, text: letters[0] }) : inc.fn(last, text, { start: at, end: at + 1, text: '' });
      };
      // An even number of warm-up edits: the timed ones start from the text as it was.
      const chained = timeCalls(chain, 2 * Math.ceil(r / 2), 10);
      out.push({ words, api: inc.name, latency: all[0], insert: all[1], inQuote: all[2], inQuotes, full, allocatedMB: allocated, chained });
    } else {
      out.push({ words, api: 'analyzeText (full re-analysis)', latency: full });
    }
  }
  return out;
}

/** The edit section's rows: process CPU, this thread's own CPU and wall p99 per kind of edit. */
export function editRows(costs: EditCost[]): Row[] {
  const rows: Row[] = [];
  const lat = (l: CpuLatency) =>
    `p50 ${fmt.ms(l.p50)}, p99 ${fmt.ms(l.p99)} CPU` +
    (l.thread ? `; thread p50 ${fmt.ms(l.thread.p50)}, p99 ${fmt.ms(l.thread.p99)}` : '') +
    `; wall p99 ${fmt.ms(l.wallP99)}; ${l.gcCalls} of ${l.runs} met a GC pause` +
    (l.gcCalls && l.thread ? ` (thread p99 of the others ${fmt.ms(l.thread.p99WithoutGc)})` : '');
  // What holds up the caller: its own thread's CPU and the elapsed time (as the editor rows).
  const met = (l: CpuLatency) => (l.thread?.p99 ?? l.p99) <= 20 && l.wallP99 <= 20;
  for (const c of costs) {
    const at20k = c.words === 20000;
    rows.push({ section: 'edit', metric: `1-char edit, ${fmt.num(c.words)} words (${c.api})`, value: lat(c.latency), target: at20k ? 'p99 <= 20 ms' : 'flat in size', ok: at20k ? met(c.latency) : null });
    const sub: [string, CpuLatency | undefined][] = [
      ['  1 char typed (the rest moves)', c.insert],
      ['  1 char replaced inside a quote', c.inQuote],
      ['  1 char replaced in quotes across the article (each once per letter: p99 is the worst quote)', c.inQuotes],
      ['  1 char typed then deleted, each edit from the last analysis (as the editor does)', c.chained],
    ];
    for (const [metric, l] of sub) if (l) rows.push({ section: 'edit', metric, value: lat(l), target: at20k ? 'p99 <= 20 ms' : '', ok: at20k ? met(l) : null });
    if (c.allocatedMB) rows.push({ section: 'edit', metric: '  MB allocated per edit, replaced / typed', value: `${c.allocatedMB.replaced.toFixed(2)} / ${c.allocatedMB.typed.toFixed(2)} MB`, target: '', ok: null });
    if (c.full && c.insert) rows.push({ section: 'edit', metric: '  full analyzeText, for comparison', value: `p50 ${fmt.ms(c.full.p50)}` + (c.full.thread ? `, thread p50 ${fmt.ms(c.full.thread.p50)}` : ''), target: '', ok: null });
  }
  // Growth on the thread's own CPU p50 (process CPU where there is none), judged on the kind of
  // edit that grows most: a letter typed moves everything after it.
  if (costs.length < 2) return rows;
  const [small, large] = [costs[0], costs[costs.length - 1]];
  const p50 = (l: CpuLatency) => l.thread?.p50 ?? l.p50;
  const kinds: [string, (c: EditCost) => CpuLatency | undefined][] = [
    ['replaced', (c) => c.latency],
    ['typed', (c) => c.insert],
    ['typed then deleted', (c) => c.chained],
  ];
  const growths = kinds.flatMap(([name, of]) => {
    const a = of(small);
    const b = of(large);
    return a && b ? [{ name, x: p50(b) / p50(a) }] : [];
  });
  const worst = Math.max(...growths.map((g) => g.x));
  rows.push({
    section: 'edit',
    metric: `growth ${fmt.num(small.words)} -> ${fmt.num(large.words)} words (thread p50; ${growths.map((g) => g.name).join(' / ')})`,
    value: growths.map((g) => `${g.x.toFixed(1)}x`).join(' / '),
    target: 'about 1x (edit-sized)',
    ok: worst < 3,
  });
  return rows;
}
