// `npm run fuzz:incremental [-- --seconds N] [--seed S]`: chains of random edits (quotation marks,
// paragraph breaks, cues, pastes of other parts of the text, control and astral characters) on the
// sample articles; after each one `reanalyze` must return exactly what `analyzeText` does. The
// first difference is written to a temp file (texts and edit) and the run exits 1.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isDeepStrictEqual } from 'util';
import { analyzeText, reanalyze, type TextEdit } from '../../src/core';
import { corefResumeStats, setCorefEvery } from '../../src/core/incremental/corefResume';
import { loadSamples, articleOfWords } from '../bench/corpus';

const PIECES = ['"', '\u201C', '\u201D', '\n\n', '\n', ' said ', ' told Reuters', 'He ', '\u0000', '\uD800', '\uFFFD', '«', '»', "'", ' according to ', 'Mr. ', '...', '\r\n', 'Á', '😀'];
const CHAIN = 15;

function parseArgs(argv: string[]) {
  const get = (k: string) => {
    const i = argv.indexOf(k);
    return i >= 0 ? Number(argv[i + 1]) : null;
  };
  return { seconds: get('--seconds') ?? 60, seed: get('--seed') ?? Date.now() % 2 ** 31 };
}

/** mulberry32: small, seedable, good enough to spread edits. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Typing: one character typed, replaced or deleted, as most of an editor's edits are (the edits
// that reanalyze answers by re-reading one paragraph).
const TYPED = 'abcdefghijklmnopqrstuvwxyzAEJMOST0123456789 ,.-\'';

function randomEdit(rnd: () => number, text: string): TextEdit {
  if (rnd() < 0.4) {
    const start = Math.floor(rnd() * (text.length + 1));
    const kind = rnd();
    const end = kind < 0.4 || start === text.length ? start : start + 1;
    return { start, end, text: kind < 0.8 ? TYPED[Math.floor(rnd() * TYPED.length)] : '' };
  }
  const start = Math.floor(rnd() * (text.length + 1));
  const end = Math.min(text.length, start + (rnd() < 0.4 ? Math.floor(rnd() * 40) : 0));
  const from = Math.floor(rnd() * text.length);
  const insert = rnd() < 0.7 ? PIECES[Math.floor(rnd() * PIECES.length)] : text.slice(from, from + Math.floor(rnd() * 200));
  return { start, end, text: insert };
}

// JSON form: what the editor and the CLI hand on (drops undefined optional fields on both sides alike).
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

function main(): number {
  const { seconds, seed } = parseArgs(process.argv.slice(2));
  const rnd = rng(seed);
  const texts = [...loadSamples(), articleOfWords(1500, 12)];
  let edits = 0;
  const t0 = Date.now();
  console.log(`incremental fuzz seed ${seed}, ${seconds} s`);
  while (Date.now() - t0 < seconds * 1000) {
    let text = texts[Math.floor(rnd() * texts.length)];
    // Coreference checkpoints every few drafts, so short articles resume from them too.
    setCorefEvery([1, 2, 3, 5, 256][Math.floor(rnd() * 5)]);
    let prev = analyzeText(text);
    for (let k = 0; k < CHAIN; k++) {
      const e = randomEdit(rnd, text);
      const next = text.slice(0, e.start) + e.text + text.slice(e.end);
      let got: unknown;
      let error: string | null = null;
      try {
        got = reanalyze(prev, next, e);
      } catch (err) {
        error = String((err as Error)?.stack ?? err);
      }
      edits++;
      if (error !== null || !isDeepStrictEqual(plain(got), plain(analyzeText(next)))) {
        const file = path.join(os.tmpdir(), `newsfact-incremental-${seed}-${edits}.json`);
        fs.writeFileSync(file, JSON.stringify({ before: text, edit: e, after: next, error }, null, 1));
        console.log(`after ${edits} edits: reanalyze ${error ? 'threw' : 'differs from analyzeText'}; case in ${file}`);
        return 1;
      }
      text = next;
      prev = got as typeof prev;
    }
  }
  const c = corefResumeStats;
  console.log(`coreference run again after ${c.runs} splices, resumed from a checkpoint after ${c.resumed} (${c.skipped} drafts skipped)`);
  console.log(`${edits} edits, reanalyze equal to analyzeText after every one`);
  return 0;
}

process.exit(main());
