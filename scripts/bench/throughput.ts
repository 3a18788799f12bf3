// Full-analysis throughput (one thread, one article at a time) and wink-nlp's tokenization + POS
// tagging on the same articles, in the same run, as the reference the target is relative to.
// Words per CPU-second is the headline (the machine may be shared); wall time is kept beside it.
import { performance } from 'perf_hooks';
import { analyzeText } from '../../src/core';
import { countWords } from './templates';
import type { Corpus } from './corpus';

export interface Throughput {
  corpus: string;
  /** Articles measured: all of the corpus, or the prefix a time budget allowed. */
  articles: number;
  words: number;
  bytes: number;
  wallMs: number;
  cpuMs: number;
  wordsPerSec: number;
  wordsPerWallSec: number;
  /** Words per CPU-second of the first pass, JIT still cold (small corpora only). */
  coldWordsPerSec?: number;
}

/**
 * Median (by CPU time) of `repeats` passes over the first `limit` articles, after a warm-up.
 * V8 needs about 500k words before the code is fully optimised (pass 1 of 1 MB runs at ~30% of
 * the speed of pass 3), so a small corpus is warmed by two whole passes, the first of which is
 * reported as the cold figure; a large one warms on its own first megabytes.
 * With `budgetMs`, one pass stops at the first article after the budget; `articles` says how far it got.
 */
function measure(corpus: Corpus, run: (text: string) => unknown, repeats: number, limit: number, budgetMs = Infinity): Throughput {
  const small = budgetMs === Infinity && corpus.bytes <= 10 * (1 << 20);
  let coldCpu = 0;
  if (small) {
    for (let w = 0; w < 2; w++) {
      const c0 = process.cpuUsage();
      for (const a of corpus.articles.slice(0, limit)) run(a);
      const c = process.cpuUsage(c0);
      if (w === 0) coldCpu = (c.user + c.system) / 1000;
    }
  } else for (const a of corpus.articles.slice(0, Math.min(20, limit))) run(a);
  const passes: { wall: number; cpu: number; n: number }[] = [];
  for (let r = 0; r < repeats; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let n = 0;
    for (; n < limit && n < corpus.articles.length; n++) {
      run(corpus.articles[n]);
      if (performance.now() - t0 > budgetMs) {
        n++;
        break;
      }
    }
    const c = process.cpuUsage(c0);
    passes.push({ wall: performance.now() - t0, cpu: (c.user + c.system) / 1000, n });
  }
  passes.sort((a, b) => a.cpu - b.cpu);
  const p = passes[Math.floor(passes.length / 2)];
  const arts = corpus.articles.slice(0, p.n);
  const words = arts.reduce((s, a) => s + countWords(a), 0);
  const bytes = arts.reduce((s, a) => s + Buffer.byteLength(a, 'utf8'), 0);
  const cold = small && p.n === corpus.articles.length ? { coldWordsPerSec: words / (coldCpu / 1000) } : {};
  return { corpus: corpus.name, articles: p.n, words, bytes, wallMs: p.wall, cpuMs: p.cpu, wordsPerSec: words / (p.cpu / 1000), wordsPerWallSec: words / (p.wall / 1000), ...cold };
}

export function analysisThroughput(corpus: Corpus, repeats: number, budgetMs = Infinity): Throughput {
  return measure(corpus, (t) => analyzeText(t), repeats, corpus.articles.length, budgetMs);
}

type Wink = (text: string) => unknown;
let wink: Wink | null = null;

/** wink-nlp with only its POS pipe (tokenization always runs), reading every tag. */
function loadWink(): Wink {
  if (wink) return wink;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const winkNLP = require('wink-nlp');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model, ['pos']);
  const its = nlp.its;
  wink = (text: string) => nlp.readDoc(text).tokens().out(its.pos);
  return wink;
}

/** wink on exactly the articles the analysis measurement covered. */
export function winkThroughput(corpus: Corpus, repeats: number, articles: number): Throughput {
  return measure(corpus, loadWink(), repeats, articles);
}
