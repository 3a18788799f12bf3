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
import { outsideBoilerplate, type AttributionRun, type ParaLocal } from '../attribution';
import type { Article, Quote, Span } from '../types';
import { attrMemo, draftInputs, spliceAttribution, type AttrMemo, type Spliced } from './splice';
import { packSpans, spliceFindings, type FindMemo } from './findingsSplice';
import type { Statement } from '../findings';
import type { FurnitureKind } from '../article';
import { diffTexts, type TextEdit } from '../diff';

export type { TextEdit } from '../diff';
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
  lineKinds: ReadonlyMap<string, FurnitureKind | null>;
  attr: AttrMemo | null;
  find: FindMemo | null;
}

/** The body sentences outside the edited paragraph [s, e) (old text) are the old ones, moved. */
function sameSentencesOutside(was: Span[], now: Span[], s: number, e: number, delta: number): boolean {
  let i = 0;
  while (i < was.length && i < now.length && was[i][0] < s) {
    if (now[i][0] !== was[i][0] || now[i][1] !== was[i][1]) return false;
    i++;
  }
  let a = was.length;
  let b = now.length;
  while (a > i && b > i && was[a - 1][0] >= e) {
    a--;
    b--;
    if (now[b][0] !== was[a][0] + delta || now[b][1] !== was[a][1] + delta) return false;
  }
  // What is left lies in the paragraph, old and new.
  for (let k = i; k < a; k++) if (was[k][0] < s || was[k][0] >= e) return false;
  for (let k = i; k < b; k++) if (now[k][0] < s || now[k][0] >= e + delta) return false;
  return true;
}

/** The body paragraphs attribution reads (findAttributions' own filter: one walk, not paragraphs x boilerplate). */
const bodyParagraphs = (article: Article) => outsideBoilerplate(article.paragraphs, article.boilerplate);

/** `prev` with `now`'s entries added. The versions of an edited sentence or quote pile up while
 *  splices carry them; past `bound` entries only `now`'s are kept (the next full run finds the
 *  rest again), so memory stays that of the article however long one types. */
function carriedMap<V>(prev: ReadonlyMap<string, V>, now: ReadonlyMap<string, V>, bound: number): Map<string, V> {
  if (prev.size + now.size > bound) return new Map(now);
  const out = prev as Map<string, V>;
  for (const [k, v] of now) out.set(k, v);
  return out;
}

function carriedStore<V>(prev: ParaMemo<V>, now: ParaMemo<V>, bound: number): ParaMemo<V> {
  return { byKey: carriedMap(prev.byKey, now.byKey, bound), at: new Map() };
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
  /** Findings outside the edited paragraph carried over (only its own judged again). */
  findingsSpliced?: boolean;
  /** Coreference ran again and changed a speaker outside the paragraph: every quote's statement was taken again. */
  quoteStatementsAgain?: boolean;
  /** The statements were the last ones, so were the contradictions (not sought again). */
  contradictionsKept?: boolean;
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
 *
 * `prev` is read, never changed: what an edit moves is copied, and what the two analyses share is
 * never written, so a caller that still holds `prev` reads it as it was, and several analyses may
 * be made from the same `prev` (test: incremental-prev-intact).
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
  const byIndex: (KeptStatement | undefined)[] = [];
  const lineKinds = new GenerationCache<FurnitureKind | null>(old?.lineKinds ?? null);
  const contradictions = { ...(old?.contradictions ?? contradictionMemo()) };
  const stage = speakerStage(old?.speakers ?? null, map, (m, reused) => {
    speakers = m;
    speakerReused = reused;
  });
  let inputs: ReturnType<typeof draftInputs> = [];
  let run: AttributionRun | null = null;
  let spliced: Spliced | null = null;
  const oldAttr = old?.attr;
  const stmts = cachedStatements({
    quotes: quoteStatements,
    own: ownStatements,
    // Read after attribution, when a splice has said where each quote came from.
    byIndex: { prev: old?.byIndex ?? null, next: byIndex, get from() { return (spliced as Spliced | null)?.from ?? null; } },
  });
  let found: { sentences: Span[]; statements: Statement[] } | null = null;
  let findSpliced: { memo: FindMemo; contradictionsKept: boolean } | null = null;
  const verdictOf = (span: Span, compute: () => Verdict | null) => throughStore(verdicts, span, compute);
  const analysis = analyzeWith(text, {
    lineKinds,
    // The article model again only around the edit (src/core/article/reparse.ts).
    article: prev && old && map ? { prev: prev.article, change: map } : undefined,
    findings: {
      statements: (article, attribution, sentences) => {
        const statements = stmts(article, attribution, sentences);
        found = { sentences, statements };
        return statements;
      },
      verdicts: verdictOf,
      contradictions,
    },
    findingsSplice: (article, attribution) => {
      const sp = spliced as Spliced | null;
      const was = old?.find;
      if (!sp || !was || !prev || !map) return null;
      // The paragraphs read again, [index, last]: the edited one and those a quotation links to it.
      const oldSpan: Span = [oldAttr!.paraSpans[sp.index][0], oldAttr!.paraSpans[sp.last][1]];
      if (!sameSentencesOutside(prev.article.sentences, article.sentences, oldSpan[0], oldSpan[1], map.newEnd - map.oldEnd)) return null;
      const statementsOf = (quotes: readonly Quote[], sentences: Span[]) => cachedStatements({ quotes: quoteStatements, own: ownStatements })(article, { quotes, speakers: attribution.speakers }, sentences);
      const oldFirst = oldAttr!.firstQuote[sp.index];
      const oldEnd = oldAttr!.firstQuote[sp.last + 1];
      const grown = sp.endQuote - sp.firstQuote - (oldEnd - oldFirst);
      const edit = {
        old: oldSpan, now: [sp.memo.paraSpans[sp.index][0], sp.memo.paraSpans[sp.last][1]] as Span, firstQuote: sp.firstQuote, endQuote: sp.endQuote, delta: map.newEnd - map.oldEnd,
        toNew: (k: number) => (k < oldFirst ? k : k < oldEnd ? -1 : k + grown),
        // Coreference ran again and a speaker outside the paragraph changed: every quote's statement again.
        quoteStatements: sp.recomputed && !sp.sameOutside ? () => stmts(article, { quotes: attribution.quotes, speakers: attribution.speakers }, []) : null,
      };
      const r = spliceFindings(was, article, attribution.quotes, attribution.speakers, edit, statementsOf, verdictOf, contradictions);
      if (!r) return null;
      findSpliced = r;
      // The kept statements by quote place, for the next splice.
      const prevIndex = old!.byIndex;
      for (let k = 0; k < attribution.quotes.length; k++) {
        const o = sp.from(k);
        if (o >= 0 && prevIndex[o]) byIndex[k] = prevIndex[o];
      }
      return r.findings;
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
  const fs = findSpliced as { memo: FindMemo; contradictionsKept: boolean } | null;
  const f = found as { sentences: Span[]; statements: Statement[] } | null;
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
    quoteStatements: s && old ? carriedMap(old.quoteStatements, quoteStatements.next, 2 * analysis.quotes.length + 1000) : quoteStatements.next,
    byIndex,
    // Likewise the sentence stores after a findings splice, which looked up one paragraph's sentences
    // (bound: twice the sentences, which the packed list holds two numbers each for).
    ownStatements: fs && old ? carriedStore(old.ownStatements, ownStatements.memo(), fs.memo.sentences.length + 1000) : ownStatements.memo(),
    verdicts: fs && old ? carriedStore(old.verdicts, verdicts.memo(), fs.memo.sentences.length + 1000) : verdicts.memo(),
    contradictions,
    lineKinds: lineKinds.next,
    attr: s ? s.memo : run ? attrMemo(text, analysis.article, run, inputs) : null,
    find: fs ? fs.memo : f ? { sentences: packSpans(f.sentences), statements: f.statements, findings: analysis.findings } : null,
  });
  if (s) {
    const n = s.memo.paraSpans.length;
    stats.set(analysis, {
      paragraphs: n, paragraphsReused: n - (s.last - s.index + 1), speakersReused: !s.recomputed, findingsSpliced: !!fs,
      quoteStatementsAgain: !!s.recomputed && !s.sameOutside, contradictionsKept: !!fs?.contradictionsKept,
    });
  } else stats.set(analysis, { paragraphs: paras.lookups, paragraphsReused: paras.hits, speakersReused: speakerReused });
  return analysis;
}
