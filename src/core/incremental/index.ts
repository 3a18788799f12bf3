// Incremental analysis for the editor: `reanalyze(prev, text)` returns exactly what
// `analyzeText(text)` returns, reusing what `prev` computed for the parts of the text that did not
// change. The reusable results live in a memo beside the analysis (a WeakMap, so `Analysis` stays
// plain JSON data and the memo goes when the analysis does), keyed by content: a paragraph's local
// attribution results by its text, so the memo works whether or not the edit is known.
import type { Analysis } from '../types';
import { analyzeWith } from '../analyze';
import { GenerationCache } from './cache';
import { ParaStore, throughStore, type ParaMemo } from './paraStore';
import { alone, regionsStage, type LoneRegions } from './regions';
import type { AttributionRun, ParaLocal } from '../attribution';
import type { Article } from '../types';
import { attrMemo, draftInputs, spliceAttribution, type AttrMemo, type Spliced } from './splice';
import type { FurnitureKind } from '../article';
import { diffTexts, type TextEdit } from './diff';

export type { TextEdit } from './diff';
import { speakerStage, type SpeakerMemo } from './speakers';
import { cachedStatements, type KeptStatement } from './statements';
import { contradictionMemo, type ContradictionMemo, type Verdict } from '../findings';

interface Memo {
  text: string;
  paras: ParaMemo<ParaLocal>;
  regions: ParaMemo<LoneRegions>;
  speakers: SpeakerMemo | null;
  quoteStatements: ReadonlyMap<string, KeptStatement>;
  /** Statements by their quote's place. */
  byIndex: (KeptStatement | undefined)[];
  ownStatements: ParaMemo<KeptStatement | null>;
  verdicts: ParaMemo<Verdict | null>;
  contradictions: ContradictionMemo;
  drops: ReadonlyMap<string, number[]>;
  lineKinds: ReadonlyMap<string, FurnitureKind | null>;
  attr: AttrMemo | null;
}

/** The body paragraphs attribution reads (as findAttributions filters them). */
const bodyParagraphs = (article: Article) => article.paragraphs.filter(([s, e]) => !article.boilerplate.some(([bs, be]) => s < be && bs < e));

function carriedMap<V>(prev: ReadonlyMap<string, V>, now: ReadonlyMap<string, V>): Map<string, V> {
  const out = prev as Map<string, V>;
  for (const [k, v] of now) out.set(k, v);
  return out;
}

/** A paragraph store carried past a splice: the edited paragraph's entry swapped, the rest kept
 *  as it was (no position index: a later lookup finds paragraphs by their text). */
function carried<V>(prev: ParaMemo<V>, oldKey: string, newKey: string, value: V | undefined): ParaMemo<V> {
  const byKey = prev.byKey as Map<string, V>;
  if (oldKey !== newKey) byKey.delete(oldKey);
  if (value !== undefined) byKey.set(newKey, value);
  return { byKey, at: new Map() };
}

const memos = new WeakMap<Analysis, Memo>();

/** What one re-analysis reused, for tests and the bench: paragraphs looked up and found, and
 *  whether each global stage was carried over. */
export interface ReuseStats {
  paragraphs: number;
  paragraphsReused: number;
  speakersReused: boolean;
}

const stats = new WeakMap<Analysis, ReuseStats>();

export function reuseStats(analysis: Analysis): ReuseStats | undefined {
  return stats.get(analysis);
}

/**
 * The analysis of `text`, deep-equal to `analyzeText(text)`. `prev` is the analysis of the text
 * before the edit (null or one made elsewhere: then everything is computed, and remembered for
 * the next call). `edit` is accepted for callers that know it; results are matched by content,
 * so several changes at once, or none known, cost the same.
 */
export function reanalyze(prev: Analysis | null | undefined, text: string, edit?: TextEdit): Analysis {
  const old = prev ? memos.get(prev) : undefined;
  const map = old ? diffTexts(old.text, text, edit) : null;
  const paras = new ParaStore<ParaLocal>(text, old?.paras ?? null, map);
  const regions = new ParaStore<LoneRegions>(text, old?.regions ?? null, map);
  let speakers: SpeakerMemo | null = null;
  let speakerReused = false;
  const quoteStatements = new GenerationCache<KeptStatement>(old?.quoteStatements ?? null);
  const ownStatements = new ParaStore<KeptStatement | null>(text, old?.ownStatements ?? null, map);
  const verdicts = new ParaStore<Verdict | null>(text, old?.verdicts ?? null, map);
  const drops = new GenerationCache<number[]>(old?.drops ?? null);
  const byIndex: (KeptStatement | undefined)[] = [];
  const lineKinds = new GenerationCache<FurnitureKind | null>(old?.lineKinds ?? null);
  const contradictions = { ...(old?.contradictions ?? contradictionMemo()), drops };
  const stage = speakerStage(old?.speakers ?? null, map, (m, reused) => {
    speakers = m;
    speakerReused = reused;
  });
  let inputs: ReturnType<typeof draftInputs> = [];
  let run: AttributionRun | null = null;
  let spliced: Spliced | null = null;
  const oldAttr = old?.attr;
  const analysis = analyzeWith(text, {
    lineKinds,
    // The article model again only around the edit (src/core/article/reparse.ts).
    article: prev && old && map ? { prev: prev.article, change: map } : undefined,
    findings: {
      statements: cachedStatements({
        quotes: quoteStatements,
        own: ownStatements,
        // Read after attribution, when a splice has said where each quote came from.
        byIndex: { prev: old?.byIndex ?? null, next: byIndex, get from() { return (spliced as Spliced | null)?.from ?? null; } },
      }),
      verdicts: (span, compute) => throughStore(verdicts, span, compute),
      contradictions,
    },
    paras,
    regions: regionsStage(regions),
    speakers: (drafts, setting, compute) => {
      inputs = draftInputs(drafts);
      return stage(drafts, setting, compute);
    },
    splice:
      oldAttr && map
        ? (article) => {
            spliced = spliceAttribution(oldAttr, article, map, bodyParagraphs(article), (span) => throughStore(regions, span, () => alone(text, span)));
            return spliced?.attribution ?? null;
          }
        : undefined,
    done: (r) => (run = r),
  });
  const s = spliced as Spliced | null;
  const delta = map ? map.newEnd - map.oldEnd : 0;
  memos.set(analysis, {
    text,
    // After a splice the stores the engine did not walk are carried over, not rebuilt.
    paras: s && old ? carried(old.paras, s.oldKey, s.newKey, s.kept) : paras.memo(),
    regions: s && old ? carried(old.regions, s.oldKey, s.newKey, regions.memo().byKey.get(s.newKey)) : regions.memo(),
    // A splice leaves coreference as it was: its memo stays valid where nothing moved.
    speakers: s ? (delta === 0 && !s.recomputed ? old?.speakers ?? null : null) : speakers,
    // Statements a splice found by their quote object were not looked up by key: the keyed ones
    // are carried over (a later full run keeps only those it meets).
    quoteStatements: s && old ? carriedMap(old.quoteStatements, quoteStatements.next) : quoteStatements.next,
    byIndex,
    ownStatements: ownStatements.memo(),
    verdicts: verdicts.memo(),
    contradictions,
    drops: drops.next,
    lineKinds: lineKinds.next,
    attr: s ? s.memo : run ? attrMemo(text, analysis.article, run, inputs) : null,
  });
  if (s) {
    const n = s.memo.paraSpans.length;
    stats.set(analysis, { paragraphs: n, paragraphsReused: n - 1, speakersReused: !s.recomputed });
  } else stats.set(analysis, { paragraphs: paras.lookups, paragraphsReused: paras.hits, speakersReused: speakerReused });
  return analysis;
}
