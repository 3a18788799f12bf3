// Full-analysis throughput (one thread, one article at a time) and wink-nlp's tokenization + POS
// tagging on the same articles, in the same run, as the reference the target is relative to.
import { performance } from 'perf_hooks';
import { analyzeText } from '../../src/core';
import type { Corpus } from './corpus';

export interface Throughput {
  corpus: string;
  articles: number;
  words: number;
  bytes: number;
  ms: number;
  wordsPerSec: number;
}

/** Median of `repeats` passes (one pass when the corpus is large), after one warm-up article pass. */
function measure(corpus: Corpus, run: (text: string) => unknown, repeats: number): Throughput {
  for (const a of corpus.articles.slice(0, 50)) run(a);
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    for (const a of corpus.articles) run(a);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  return {
    corpus: corpus.name,
    articles: corpus.articles.length,
    words: corpus.words,
    bytes: corpus.bytes,
    ms,
    wordsPerSec: corpus.words / (ms / 1000),
  };
}

export function analysisThroughput(corpus: Corpus, repeats: number): Throughput {
  return measure(corpus, (t) => analyzeText(t), repeats);
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

export function winkThroughput(corpus: Corpus, repeats: number): Throughput {
  return measure(corpus, loadWink(), repeats);
}
