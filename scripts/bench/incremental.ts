// Edit to fresh analysis: a one-character edit in one paragraph of articles of 1k..100k words.
// Uses the core's incremental API when it exports one; otherwise times a full `analyzeText`
// of the edited text (which grows with the document, not with the edit).
import * as core from '../../src/core';
import { articleOfWords } from './corpus';
import { latency, type Latency } from './stats';

export interface EditCost {
  words: number;
  api: string;
  latency: Latency;
}

type Incremental = (prev: core.Analysis, text: string, edit: { start: number; end: number; text: string }) => core.Analysis;

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

export function editCosts(sizes: number[], runs = 30): EditCost[] {
  const inc = findIncremental();
  const out: EditCost[] = [];
  for (const words of sizes) {
    const text = articleOfWords(words, 40 + words);
    // The edit: replace one letter in the middle of the paragraph nearest the middle.
    const mid = text.indexOf('\n\n', Math.floor(text.length / 2)) + 5;
    const at = /[a-z]/.test(text[mid]) ? mid : text.slice(mid).search(/[a-z]/) + mid;
    const edited = [text.slice(0, at) + 'x' + text.slice(at + 1), text.slice(0, at) + 'y' + text.slice(at + 1)];
    const base = core.analyzeText(text);
    const r = Math.max(5, Math.min(runs, Math.floor(2e6 / words)));
    if (inc) {
      out.push({
        words,
        api: inc.name,
        latency: latency((i) => inc.fn(base, edited[i % 2], { start: at, end: at + 1, text: edited[i % 2][at] }), r, 3),
      });
    } else {
      out.push({ words, api: 'analyzeText (full re-analysis)', latency: latency((i) => core.analyzeText(edited[i % 2]), r, 3) });
    }
  }
  return out;
}
