// Bench corpora: lists of article texts of a given total size, built either from the project's
// own `samples/` (paragraph order shuffled per copy so no two copies are identical), from
// our templates, or from the varied templates (large vocabulary, real typography). Never from the
// gold corpus.
import * as fs from 'fs';
import * as path from 'path';
import { makeArticle, makeRng, countWords, type Rng } from './templates';
import { makeVariedArticle, variedLength } from './variedTemplates';

export interface Corpus {
  name: string;
  articles: string[];
  bytes: number;
  words: number;
}

export const SAMPLES_DIR = path.join(__dirname, '..', '..', 'samples');

/** Every .txt file below `dir`, sorted; none when it does not exist. */
export function listTxt(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listTxt(p));
    else if (e.name.endsWith('.txt')) out.push(p);
  }
  return out.sort();
}

export function loadSamples(): string[] {
  return listTxt(SAMPLES_DIR).map((f) => fs.readFileSync(f, 'utf8')).filter((t) => t.trim().length > 0);
}

/** Keeps the first two blocks (headline, dateline) and shuffles the body paragraphs. */
function shuffleBody(rng: Rng, text: string): string {
  const blocks = text.split(/\n\s*\n/);
  const head = blocks.slice(0, 2);
  const body = blocks.slice(2);
  for (let i = body.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [body[i], body[j]] = [body[j], body[i]];
  }
  return [...head, ...body].join('\n\n');
}

function finish(name: string, articles: string[]): Corpus {
  let bytes = 0;
  let words = 0;
  for (const a of articles) {
    bytes += Buffer.byteLength(a, 'utf8');
    words += countWords(a);
  }
  return { name, articles, bytes, words };
}

/** Template articles of 300-1,500 words until `bytes` is reached. */
export function templateCorpus(bytes: number, seed = 1): Corpus {
  const rng = makeRng(seed);
  const articles: string[] = [];
  let total = 0;
  while (total < bytes) {
    const a = makeArticle(rng, 300 + Math.floor(rng() * 1200));
    articles.push(a);
    total += Buffer.byteLength(a, 'utf8');
  }
  return finish(`templates ${formatBytes(bytes)}`, articles);
}

/** Varied-news articles of 100-3,000 words until `bytes` is reached (see variedTemplates.ts). */
export function variedCorpus(bytes: number, seed = 4): Corpus {
  const rng = makeRng(seed);
  const articles: string[] = [];
  let total = 0;
  while (total < bytes) {
    const a = makeVariedArticle(rng, variedLength(rng));
    articles.push(a);
    total += Buffer.byteLength(a, 'utf8');
  }
  return finish(`varied ${formatBytes(bytes)}`, articles);
}

/** Shuffled copies of the samples until `bytes` is reached; null when there are no samples yet. */
export function samplesCorpus(bytes: number, seed = 2): Corpus | null {
  const samples = loadSamples();
  if (!samples.length) return null;
  const rng = makeRng(seed);
  const articles: string[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const a = shuffleBody(rng, samples[i % samples.length]);
    articles.push(a);
    total += Buffer.byteLength(a, 'utf8');
  }
  return finish(`samples ${formatBytes(bytes)}`, articles);
}

export type CorpusKind = 'samples' | 'templates' | 'varied';
const CORPORA: Record<CorpusKind, (bytes: number, seed?: number) => Corpus | null> = { samples: samplesCorpus, templates: templateCorpus, varied: variedCorpus };
const SEEDS: Record<CorpusKind, number> = { samples: 2, templates: 1, varied: 4 };

/**
 * A corpus of `kind`: pass 0 is the default one (the bench's), each later pass new text of the
 * same kind (another seed), for runs that read new text every pass (`--fresh`). Null when there
 * are no samples to build the samples corpus from.
 */
export function corpusOf(kind: CorpusKind, bytes: number, pass = 0): Corpus | null {
  return CORPORA[kind](bytes, SEEDS[kind] + 1000 * pass);
}

/** Whether `name` names a corpus kind. */
export function isCorpusKind(name: string): name is CorpusKind {
  return Object.prototype.hasOwnProperty.call(CORPORA, name);
}

/** One article of about `words` words (templates), for per-document measurements. */
export function articleOfWords(words: number, seed = 3): string {
  return makeArticle(makeRng(seed), words);
}

export function formatBytes(n: number): string {
  if (n >= 1 << 20) return `${Math.round(n / (1 << 20))} MB`;
  if (n >= 1 << 10) return `${Math.round(n / (1 << 10))} KB`;
  return `${n} B`;
}
