// Findings across the workspace: contradictions and changes of position between articles on the
// same event, misquotes, and spelling variants of a speaker's name. Statements (and one speaker's
// quotations) meet through inverted indexes over their keys, each distinct wording once: never all
// pairs of articles. Two articles are on the same event when they share several names; that is
// asked only of the articles whose statements met.
import type { Analysis, Finding, Quote, Speaker } from '../types';
import { articleStatements, bodySentences, compareStatements, contradictionFindings, eachIndexKey, type Clash, type Statement } from '../findings';
import { IntList } from './intList';
import { KeyIndex } from './keyIndex';
import { RangeIds, sameRange } from './rangeIds';
import { quotedUnits, reworded, sameRemarkClash } from './misquote';
import { quoteSpeakerId } from './packedQuotes';
import { mergeSpeakerSteps, type SpeakerRef } from './speakers';
import { fullAnalysis, poolSummaryStrings, summariseAnalysis, type AnalysisSummary } from './summary';

export interface WorkspaceDoc {
  file: string;
  /** A summary (without the article's layout) is enough: the few articles a candidate pair reaches are rebuilt. */
  analysis: Analysis | AnalysisSummary;
}

export interface CrossArticleOptions {
  /** Articles further apart than this (by dateline) are not compared for contradictions. */
  maxDays?: number;
  /** Distinct shared names that make two articles cover the same event. */
  minSharedNames?: number;
  /** Filled in with what the search did (for the CLI's notes and the bench). */
  stats?: CrossArticleStats;
  /**
   * Run the search in time slices (the editor: its thread must stay responsive). Each call does at
   * most about `sliceMs` of work on the search `slices` holds (started by the first call with it)
   * and returns an empty map until `slices.done`, when it returns the findings; call again with
   * the same `docs` and `slices` after yielding to the event loop.
   */
  slices?: CrossArticleSlices;
}

export interface CrossArticleSlices {
  sliceMs: number;
  /** Set when the search has finished (the call that returns the findings). */
  done?: boolean;
  /** Calls made so far, and the longest one (ms): for tests and the bench. */
  calls?: number;
  longestMs?: number;
  /** The search in progress (the search's own). */
  steps?: Generator<void, Map<string, Finding[]>, void>;
}

export interface CrossArticleStats {
  articles: number;
  statements: number;
  /** Statements after merging word-for-word repeats (the same speaker saying the same thing). */
  distinctStatements: number;
  /** Pairs of distinct statements compared for contradictions. */
  statementPairs: number;
  /** Pairs of one speaker's distinct quotations compared for misquotes. */
  quotationPairs: number;
  /** Keys too common to pair on (held by more than the posting cap): pairs that share only such keys are not compared. */
  skippedKeys: number;
  /** Findings left out because one statement already had `MAX_PER_STATEMENT` against other articles. */
  capped: number;
  /** Articles whose statements were rebuilt because a candidate pair reached them. */
  rebuilt: number;
}

/**
 * Most cross-article findings of one rule on one statement: a remark contradicted by the same
 * statement in fifty articles is one thing to check, not fifty warnings.
 */
export const MAX_PER_STATEMENT = 3;
/** Distinct statements (or one speaker's distinct quotations) a key may pair before it is too common. */
const POSTING_CAP = 200;

interface DocInfo {
  i: number;
  file: string;
  analysis: Analysis | AnalysisSummary;
  date: number | null;
  digest: Digest;
  speakers: Map<string, Speaker>;
  /** Its speakers' merged identities (null: the merge does not know one), looked up once each. */
  gids: Map<string, string | null>;
}

interface Item {
  doc: DocInfo;
  st: Statement;
}

/**
 * What the search keeps of an article's statements between runs: what groups and indexes them,
 * not the statements themselves (their key sets would hold most of the memory of a large
 * workspace). The few statements that meet a candidate are rebuilt. Flat arrays, no text that the
 * article's own text or quotes hold already: a workspace keeps one digest per article.
 */
export interface Digest {
  /** Capitalised names the statements mention. */
  names: string[];
  /**
   * The kinds of statement the article has (source, type and cue: one string), each once, and per
   * statement its kind (an index into `kindNames`) and its speaker's id in the article. A few kinds
   * serve fifty statements: each is copied between threads, pooled and numbered once per article.
   */
  kindNames: string[];
  kinds: Uint32Array;
  speakerIds: (string | null)[];
  /**
   * Where each statement's text is, two ints per statement: [start, end) of the article's text (an
   * own sentence, or a quote of one span), [-1, k] (the text of quote k), or [-2, k] (`texts[k]`, a
   * text that is neither).
   */
  textAt: Int32Array;
  texts: string[];
  /**
   * Each statement's text hashed (FNV-1a over its code units), where it was analysed: the search groups repeats by
   * it and reads a text only to confirm a repeat, never to hash it.
   */
  textHashes: Int32Array;
  /**
   * Every statement's index keys in one string, each its length (one character) then its
   * characters: statement i's end at keyEnds[i]. One string per article, not one per key: half a
   * million keys in 10,000 articles were each copied between threads and looked up to be pooled.
   */
  keys: string;
  keyEnds: Uint32Array;
  /** The sentences each quote quotes (misquote rule), one after the other: quote k's end at quotedEnds[k]. */
  quoted: string[];
  quotedEnds: Uint32Array;
}

const DAY = 86_400_000;

function dateOf(a: Analysis | AnalysisSummary): number | null {
  const d = a.article.dateline?.date;
  if (!d) return null;
  const t = Date.parse(d);
  return Number.isFinite(t) ? t : null;
}

// The editor recomputes over the whole workspace after each change: an unchanged analysis keeps its digest.
const digestCache = new WeakMap<Analysis | AnalysisSummary, Digest>();
// Kinds, names and quoted sentences recur across articles: one copy of each string (forgotten wholesale when large; that only loses sharing).
const interned = new Map<string, string>();
function internKey(x: string): string {
  const have = interned.get(x);
  if (have !== undefined) return have;
  if (interned.size > 200_000) interned.clear();
  interned.set(x, x);
  return x;
}
function same(x: string): string {
  return x;
}

/**
 * Does an article's share of the cross-article work ahead of time (kept while the analysis lives),
 * so a caller can spread it over time slices; `findCrossArticleFindings` then only pairs them up.
 * `summarise`: the caller owns the analysis and keeps it for the search only; it becomes its
 * summary in place (summary.ts), after its share is done with the layout at hand, or, if it is a
 * summary already (a worker's copy), has its strings pooled. `digest`: its share, worked out
 * where it was analysed (`crossArticleDigest`), is taken instead of worked out again.
 */
export function prepareForCrossArticle(analysis: Analysis | AnalysisSummary, summarise = false, digest?: Digest): Analysis | AnalysisSummary {
  // A summary already (a worker's copy, its quotes packed): pooled and unpacked before anything reads it.
  const copy = summarise && !analysis.article.sentences;
  if (copy) poolSummaryStrings(analysis);
  if (digest) adoptDigest(analysis, digest);
  else {
    try {
      digestOf(analysis);
    } catch {
      // Reported (as no findings) by the search itself.
    }
  }
  if (!summarise || copy) return analysis;
  return summariseAnalysis(analysis as Analysis);
}

/**
 * An article's share of the cross-article work, worked out where it was analysed (the index
 * worker) so the thread that keeps the article only adopts it; undefined if it cannot be worked out
 * (the search then reports no findings for it, as it would have).
 */
export function crossArticleDigest(analysis: Analysis, statements?: Statement[]): Digest | undefined {
  try {
    // Not pooled here: the thread that keeps it pools the copy it gets (adoptDigest).
    return digestOf(analysis, statements, false);
  } catch {
    return undefined;
  }
}

/** Takes a digest worked out elsewhere (a copy sent between threads: its strings are pooled here) as the share of `analysis`. */
function adoptDigest(analysis: Analysis | AnalysisSummary, d: Digest): void {
  for (const list of [d.names, d.kindNames, d.quoted, d.texts]) for (let i = 0; i < list.length; i++) list[i] = internKey(list[i]);
  const ids = d.speakerIds;
  for (let i = 0; i < ids.length; i++) if (ids[i] !== null) ids[i] = internKey(ids[i]!);
  digestCache.set(analysis, d);
}

function statementsOf(analysis: Analysis | AnalysisSummary): Statement[] {
  const a = fullAnalysis(analysis);
  return articleStatements(a.article, a, bodySentences(a.article));
}

/**
 * `made`: the article's statements as its analysis made them (articleStatements over the same
 * article and quotes), when at hand. `pool`: false where the digest is only made to be copied to
 * another thread (an index worker): that thread's pool is the one that lasts.
 */
function digestOf(analysis: Analysis | AnalysisSummary, made?: Statement[], pool = true): Digest {
  let d = digestCache.get(analysis);
  if (d) return d;
  const intern = pool ? internKey : same;
  const names = new Set<string>();
  const statements = made ?? statementsOf(analysis);
  const { quotes } = analysis;
  const { text } = analysis.article;
  const quoteAt = new Map<string, number>();
  for (let k = quotes.length - 1; k >= 0; k--) quoteAt.set(quotes[k].id, k);
  const quoted: string[] = [];
  const quotedEnds = new Uint32Array(quotes.length);
  for (let k = 0; k < quotes.length; k++) {
    // A quote that quotes no words has none, as one that quotes none of its sentences: the search reads them alike.
    for (const u of quotedUnits(quotes[k])) quoted.push(intern(u));
    quotedEnds[k] = quoted.length;
  }
  d = { names: [], kindNames: [], kinds: new Uint32Array(statements.length), speakerIds: [], textAt: new Int32Array(2 * statements.length), texts: [], textHashes: new Int32Array(statements.length), keys: '', keyEnds: new Uint32Array(statements.length), quoted, quotedEnds };
  const keys: string[] = [];
  let keyChars = 0;
  const pushKey = (k: string) => {
    const head = keyHead(k.length);
    keys.push(head, k);
    keyChars += head.length + k.length;
  };
  // The article's kinds by cue, then source and type: no string made and hashed per statement.
  const kindsByCue = new Map<string, { source: string; type: string; at: number }[]>();
  for (const [i, st] of statements.entries()) {
    for (const n of st.names) names.add(n);
    let sameCue = kindsByCue.get(st.cue);
    if (!sameCue) kindsByCue.set(st.cue, (sameCue = []));
    let kind = sameCue.find((x) => x.source === st.source && x.type === st.type);
    if (!kind) sameCue.push((kind = { source: st.source, type: st.type, at: d.kindNames.push(intern(`${st.source}\u0000${st.type}\u0000${st.cue}`)) - 1 }));
    d.kinds[i] = kind.at;
    d.speakerIds.push(st.speakerId);
    // The text again only where neither the article's text nor its quotes give it back. A slice of
    // the article's text (an own sentence, a quote of one span) is read in place by the search,
    // which a quote's text, made on each read from a packed quote, is not.
    // (The own sentence compared in place: a slice per statement only to compare it.)
    const k = st.source === 'quote' ? quoteAt.get(st.id) : undefined;
    const one = st.spans.length === 1 ? st.spans[0] : undefined;
    let at: number;
    let to: number;
    // Hashed and compared with the article's text in one pass over it.
    const t = st.text;
    let h = 0x811c9dc5 | 0;
    let inText = !!one && one[0] >= 0 && one[1] - one[0] === t.length && one[1] <= text.length;
    for (let c = 0, a = one ? one[0] : 0; c < t.length; c++) {
      const ch = t.charCodeAt(c);
      h = Math.imul(h ^ ch, 0x01000193);
      if (inText && text.charCodeAt(a + c) !== ch) inText = false;
    }
    if (inText) [at, to] = one!;
    else if (k !== undefined && quotes[k].text === t) [at, to] = [-1, k];
    else [at, to] = [-2, d.texts.push(t) - 1];
    d.textAt[2 * i] = at;
    d.textAt[2 * i + 1] = to;
    d.textHashes[i] = h;
    eachIndexKey(st, pushKey);
    d.keyEnds[i] = keyChars;
  }
  d.names = [...names].map(intern);
  d.keys = keys.join('');
  digestCache.set(analysis, d);
  return d;
}

/** The merged identity of speaker `id` of article `d` (null if the merge does not know it). */
function globalOf(d: DocInfo, globalId: Map<string, string>, id: string): string | null {
  let g = d.gids.get(id);
  if (g === undefined) d.gids.set(id, (g = globalId.get(`${d.file}#${id}`) ?? null));
  return g;
}

/** Names an article mentions: capitalised content keys of its statements, and its speakers. */
function eventNames(doc: DocInfo, globalId: Map<string, string>): Set<string> {
  const out = new Set<string>();
  for (const n of doc.digest.names) out.add(n);
  // Speakers by their merged identity, so "Kowal" here and "Marta Kowal" there count once, together.
  for (const sp of doc.speakers.values()) if (sp.kind !== 'anonymous') out.add('@' + (globalOf(doc, globalId, sp.id) ?? sp.entity));
  return out;
}

export function findCrossArticleFindings(docs: WorkspaceDoc[], opts: CrossArticleOptions = {}): Map<string, Finding[]> {
  try {
    const sl = opts.slices;
    if (!sl) return drain(crossArticle(docs, opts));
    if (sl.done) throw new Error('this search has finished');
    const steps = (sl.steps ??= crossArticle(docs, opts));
    const start = Date.now();
    const until = start + sl.sliceMs;
    for (;;) {
      const r = steps.next();
      if (r.done) {
        sl.done = true;
        sl.steps = undefined;
        note(sl, start);
        return r.value;
      }
      if (Date.now() >= until) break;
    }
    note(sl, start);
    return new Map();
  } catch {
    // Bad input never breaks the editor or the CLI: no cross-article findings rather than a crash.
    if (opts.slices) Object.assign(opts.slices, { done: true, steps: undefined });
    return new Map(docs.map((d) => [d.file, []]));
  }
}

function note(sl: CrossArticleSlices, start: number): void {
  const ms = Date.now() - start;
  sl.calls = (sl.calls ?? 0) + 1;
  sl.longestMs = Math.max(sl.longestMs ?? 0, ms);
}

/** Runs a sliced computation to its end in one go. */
export function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Work items between two points where a sliced search may stop (a yield costs far less than this many items). */
const STEP = 16;

/**
 * The search, as steps: it yields every STEP items of each loop, so a caller can stop it between
 * any two and go on later (findCrossArticleFindings with `slices`).
 */
function* crossArticle(docs: WorkspaceDoc[], opts: CrossArticleOptions): Generator<void, Map<string, Finding[]>, void> {
  let tick = 0;
  const maxDays = opts.maxDays ?? 120;
  const minShared = opts.minSharedNames ?? 3;
  const stats: CrossArticleStats = Object.assign(opts.stats ?? {}, { articles: docs.length, statements: 0, distinctStatements: 0, statementPairs: 0, quotationPairs: 0, skippedKeys: 0, capped: 0, rebuilt: 0 });
  const out = new Map<string, Finding[]>();
  for (const d of docs) out.set(d.file, []);
  const push = (file: string, f: Finding) => out.get(file)!.push(f);

  const infos: DocInfo[] = [];
  for (const [i, { file, analysis }] of docs.entries()) {
    infos.push({ i, file, analysis, date: dateOf(analysis), digest: digestOf(analysis), speakers: new Map(analysis.speakers.map((s) => [s.id, s])), gids: new Map() });
    if (++tick % STEP === 0) yield;
  }
  const byFile = new Map(infos.map((d) => [d.file, d]));

  // Speakers, merged across articles.
  const refs: SpeakerRef[] = [];
  for (const d of infos) for (const s of d.analysis.speakers) refs.push({ file: d.file, speaker: s });
  const { globalId, variants } = yield* mergeSpeakerSteps(refs);
  const gid = (d: DocInfo, s: Statement) => (s.speakerId ? globalOf(d, globalId, s.speakerId) : null);
  // Who said it, comparable between articles: the merged identity ("s1" names another person in
  // each article); a speaker the merge does not know stays its article's own.
  const who = (d: DocInfo, id: string | null) => (id ? globalOf(d, globalId, id) ?? `${d.file}#${id}` : null);

  // Articles on the same event share several names. Asked only of the pairs whose statements meet
  // in the index below, so no pair of articles is ever enumerated for its own sake.
  const names: Set<string>[] = [];
  for (const d of infos) {
    names.push(eventNames(d, globalId));
    if (++tick % STEP === 0) yield;
  }
  const sameEventMemo = new Map<number, boolean>();
  const sameEvent = (a: DocInfo, b: DocInfo): boolean => {
    const id = Math.min(a.i, b.i) * infos.length + Math.max(a.i, b.i);
    let r = sameEventMemo.get(id);
    if (r === undefined) {
      const [small, large] = names[a.i].size <= names[b.i].size ? [names[a.i], names[b.i]] : [names[b.i], names[a.i]];
      let n = 0;
      for (const k of small) if (large.has(k) && ++n >= minShared) break;
      sameEventMemo.set(id, (r = n >= minShared));
    }
    return r;
  };
  const closeInTime = (a: DocInfo, b: DocInfo) => a.date === null || b.date === null || Math.abs(a.date - b.date) <= maxDays * DAY;
  const related = (a: DocInfo, b: DocInfo) => a !== b && closeInTime(a, b) && sameEvent(a, b);

  // Contradictions and changes of position: the candidate pairs, found in a phase of their own so
  // its tables are gone before the misquote phase builds its own.
  const candidates = yield* contradictionCandidates(infos, who, related, stats);
  // One clash per pair of speakers and pair of articles: a dispute restated in several quotes is one finding.
  const reported = new Set<string>();
  const perStatement = new Map<string, number>();
  const room = (it: Item, rule: string) => (perStatement.get(`${rule}\u0000${it.doc.file}\u0000${it.st.id}`) ?? 0) < MAX_PER_STATEMENT;
  const use = (it: Item, rule: string) => {
    const k = `${rule}\u0000${it.doc.file}\u0000${it.st.id}`;
    perStatement.set(k, (perStatement.get(k) ?? 0) + 1);
  };
  candidates.sort(([a, b], [c, d]) => cmp(a.doc.file, c.doc.file) || a.st.spans[0][0] - c.st.spans[0][0] || cmp(b.doc.file, d.doc.file) || b.st.spans[0][0] - d.st.spans[0][0]);
  for (const [x, y, clash] of candidates) {
    if (++tick % STEP === 0) yield;
    const gx = gid(x.doc, x.st);
    const samePerson = gx !== null && gx === gid(y.doc, y.st);
    // One person's remark reported by two articles, cut or worded a little differently: at most a misquote.
    if (samePerson && sameRemarkClash(x.st, y.st, clash)) continue;
    const key = `${x.doc.file}|${y.doc.file}|${gx ?? x.st.id}|${gid(y.doc, y.st) ?? y.st.id}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const differentDates = x.doc.date !== null && y.doc.date !== null && x.doc.date !== y.doc.date;
    const rule = samePerson && differentDates ? 'position-change' : 'contradiction';
    if (!room(x, rule) || !room(y, rule)) {
      stats.capped++;
      continue;
    }
    use(x, rule);
    use(y, rule);
    const [fx, fy] = contradictionFindings(x.st, y.st, clash, { rule, fileA: x.doc.file, fileB: y.doc.file });
    push(x.doc.file, fx);
    push(y.doc.file, fy);
  }

  yield* misquotes(infos, globalId, stats, push);

  // Name variants: a hint on each article's first mention of the speaker, pointing at another
  // article that spells the name the other way.
  for (const v of variants) {
    if (++tick % STEP === 0) yield;
    const at = (r: SpeakerRef) => r.speaker.mentions[0]?.span ?? firstQuoteSpan(byFile.get(r.file), r);
    const span = at(v.a);
    const otherSpan = at(v.b);
    if (!span || !otherSpan) continue;
    push(v.a.file, {
      rule: 'name-variant',
      severity: 'hint',
      span,
      message: `Name spelled "${v.a.speaker.entity}" here but "${v.b.speaker.entity}" in ${v.b.file}: the same person?`,
      related: [{ file: v.b.file, span: otherSpan, message: `"${v.b.speaker.entity}"` }],
      data: { names: [v.a.speaker.entity, v.b.speaker.entity] },
    });
  }
  for (const list of out.values()) {
    list.sort((a, b) => a.span[0] - b.span[0]);
    if (++tick % STEP === 0) yield;
  }
  return out;
}

/**
 * Pairs of statements of related articles that contradict each other. Word-for-word repeats (wire
 * copy reprinted, a claim restated) are one group, compared once; groups meet through an index on
 * content keys. A workspace of 10,000 articles holds over half a million statements: each is a
 * number here (its article's first statement's number plus its place in the article), groups and
 * keys are integer ids, and what they hold is kept in typed arrays, never an object per statement.
 */
function* contradictionCandidates(
  infos: DocInfo[],
  who: (d: DocInfo, id: string | null) => string | null,
  related: (a: DocInfo, b: DocInfo) => boolean,
  stats: CrossArticleStats,
): Generator<void, [Item, Item, Clash][], void> {
  let tick = 0;
  const first = new Int32Array(infos.length + 1);
  for (const d of infos) first[d.i + 1] = first[d.i] + d.digest.kinds.length;
  const total = first[infos.length];
  const docOf = new Int32Array(total);
  for (const d of infos) docOf.fill(d.i, first[d.i], first[d.i + 1]);
  // Each group's members, in the order met: the first is its representative, next[s] follows s (-1 ends).
  const next = new Int32Array(total).fill(-1);
  const groups = new StatementGroups(infos, first, docOf);
  // Who said it, and the kind of statement, as integer ids (0: nobody).
  const speakerNames: (string | null)[] = [null];
  const speakerIds = new Map<string, number>();
  const kindIds = new Map<string, number>();
  const keyIds = new RangeIds();
  const index = new KeyIndex();
  for (const d of infos) {
    const { kinds, kindNames, keys, keyEnds } = d.digest;
    const speakerOf = new Map<string | null, number>();
    // The search's number of each of the article's kinds, looked up when first needed (-1: not yet).
    const kindOf = new Int32Array(kindNames.length).fill(-1);
    for (let i = 0; i < kinds.length; i++) {
      stats.statements++;
      const local = d.digest.speakerIds[i];
      let speaker = speakerOf.get(local);
      if (speaker === undefined) {
        const name = who(d, local);
        speaker = name === null ? 0 : speakerIds.get(name);
        if (speaker === undefined) {
          speakerIds.set(name!, (speaker = speakerNames.length));
          speakerNames.push(name);
        }
        speakerOf.set(local, speaker);
      }
      let kind = kindOf[kinds[i]];
      if (kind < 0) {
        const name = kindNames[kinds[i]];
        let id = kindIds.get(name);
        if (id === undefined) kindIds.set(name, (id = kindIds.size));
        kind = kindOf[kinds[i]] = id;
      }
      const s = first[d.i] + i;
      const g = groups.place(s, kind, speaker);
      if (g < 0) {
        // A new group, indexed as it is made: in the order groups are made.
        index.addItem();
        for (let k = i ? keyEnds[i - 1] : 0; k < keyEnds[i]; ) {
          const from = keyStart(keys, k);
          const to = from + keyLength(keys, k);
          index.addKey(keyIds.id(keys, from, to));
          k = to;
        }
        stats.distinctStatements++;
      } else next[groups.lastMember(g)] = s;
      groups.setLastMember(g < 0 ? groups.size - 1 : g, s);
      if (++tick % STEP === 0) yield;
    }
  }
  keyIds.clear();
  const pairs = yield* index.pairSteps(2, POSTING_CAP);
  stats.skippedKeys += index.skippedKeys;
  stats.statementPairs += pairs.length / 2;
  // Full statements, rebuilt only for the articles a candidate pair reaches.
  const full = new Map<number, Statement[]>();
  const statement = (s: number): Statement => {
    const d = docOf[s];
    let list = full.get(d);
    if (!list) {
      full.set(d, (list = statementsOf(infos[d].analysis)));
      stats.rebuilt++;
    }
    return list[s - first[d]];
  };
  // Rebuilding an article's statements is the largest single piece of work: a sliced search may
  // stop before each.
  const unbuilt = (s: number) => !full.has(docOf[s]);
  const candidates: [Item, Item, Clash][] = [];
  for (let p = 0; p < pairs.length; p += 2) {
    const g1 = pairs.get(p);
    const g2 = pairs.get(p + 1);
    const r1 = groups.rep(g1);
    const r2 = groups.rep(g2);
    if (++tick % STEP === 0 || unbuilt(r1) || unbuilt(r2)) yield;
    const clash = compareStatements(statement(r1), statement(r2), false, true, [speakerNames[groups.speaker(g1)], speakerNames[groups.speaker(g2)]]);
    if (!clash) continue;
    // A statement repeated in many articles meets many: these loops can be long too.
    for (let x = r1; x !== -1; x = next[x]) {
      for (let y = r2; y !== -1; y = next[y]) {
        if (++tick % STEP === 0) yield;
        const dx = infos[docOf[x]];
        const dy = infos[docOf[y]];
        if (!related(dx, dy)) continue;
        if (unbuilt(x) || unbuilt(y)) yield;
        candidates.push(orderPair({ doc: dx, st: statement(x) }, { doc: dy, st: statement(y) }, clash));
      }
    }
  }
  return candidates;
}

/**
 * Statements alike in everything the comparison reads (kind, speaker, text), one group each: an
 * open-addressing table of group ids over a hash of the three, the text read in place (the
 * article's text, a quote's, or the digest's), never copied out as a key.
 */
class StatementGroups {
  private slots = new Int32Array(1024);
  private readonly hashes = new IntList(256);
  private readonly kinds = new IntList(256);
  private readonly speakers = new IntList(256);
  private readonly reps = new IntList(256);
  private readonly lasts = new IntList(256);

  constructor(
    private readonly infos: DocInfo[],
    private readonly first: Int32Array,
    /** The article of each statement (an index into `infos`). */
    private readonly docOf: Int32Array,
  ) {}

  get size(): number {
    return this.reps.length;
  }

  rep(g: number): number {
    return this.reps.get(g);
  }

  speaker(g: number): number {
    return this.speakers.get(g);
  }

  lastMember(g: number): number {
    return this.lasts.get(g);
  }

  setLastMember(g: number, s: number): void {
    this.lasts.set(g, s);
  }

  /** Statement `s`'s group if one is alike, else -1 after making it a new group (number `size - 1`). */
  place(s: number, kind: number, speaker: number): number {
    const k = this.docOf[s];
    let h = Math.imul(kind + 1, 0x9e3779b1) ^ Math.imul(speaker + 1, 0x85ebca6b) ^ this.infos[k].digest.textHashes[s - this.first[k]];
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    h ^= h >>> 12;
    const mask = this.slots.length - 1;
    let at = h & mask;
    let text: string | null = null;
    let from = 0;
    let to = 0;
    for (let g = this.slots[at] - 1; g >= 0; g = this.slots[(at = (at + 1) & mask)] - 1) {
      if (this.hashes.get(g) !== h || this.kinds.get(g) !== kind || this.speakers.get(g) !== speaker) continue;
      // Read only now (once, at the first hit): a text is compared to confirm a repeat, never hashed here.
      if (text === null) {
        text = this.text(s);
        from = this.from;
        to = this.to;
      }
      const other = this.text(this.reps.get(g));
      if (sameRange(text, from, to, other, this.from, this.to)) return g;
    }
    this.slots[at] = this.reps.length + 1;
    this.hashes.push(h);
    this.kinds.push(kind);
    this.speakers.push(speaker);
    this.reps.push(s);
    this.lasts.push(s);
    if (2 * this.reps.length > this.slots.length) this.grow();
    return -1;
  }

  /** The range of the string `text` last returned (no tuple per call). */
  private from = 0;
  private to = 0;

  /** The string statement `s`'s text is in, its range in `from` and `to` (as the digest says, without copying it out). */
  private text(s: number): string {
    const k = this.docOf[s];
    const d = this.infos[k];
    const i = s - this.first[k];
    const { textAt, texts } = d.digest;
    const a = textAt[2 * i];
    const b = textAt[2 * i + 1];
    if (a >= 0) {
      const t = d.analysis.article.text;
      this.from = Math.min(a, t.length);
      this.to = Math.max(this.from, Math.min(b, t.length));
      return t;
    }
    const t = a === -1 ? d.analysis.quotes[b].text : texts[b];
    this.from = 0;
    this.to = t.length;
    return t;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let g = 0; g < this.reps.length; g++) {
      let at = this.hashes.get(g) & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = g + 1;
    }
    this.slots = slots;
  }
}

/** A key's head in the digest's string of keys: its length in one character, or, for a key of
 *  0xffff characters or more (a word that long is absurd, not impossible), 0xffff and then the
 *  length in two. */
function keyHead(n: number): string {
  return n < 0xffff ? String.fromCharCode(n) : String.fromCharCode(0xffff, n >>> 16, n & 0xffff);
}

/** Where the characters of the key whose head is at `k` start. */
export function keyStart(keys: string, k: number): number {
  return keys.charCodeAt(k) < 0xffff ? k + 1 : k + 3;
}

/** The length of the key whose head is at `k`. */
export function keyLength(keys: string, k: number): number {
  const n = keys.charCodeAt(k);
  return n < 0xffff ? n : (keys.charCodeAt(k + 1) << 16) | keys.charCodeAt(k + 2);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The pair with the earlier article (then the earlier statement) first, as findings are written in that order. */
function orderPair(x: Item, y: Item, clash: Clash): [Item, Item, Clash] {
  const first = x.doc.file < y.doc.file || (x.doc.file === y.doc.file && x.st.spans[0][0] <= y.st.spans[0][0]);
  return first ? [x, y, clash] : [y, x, clash];
}

/**
 * Quotations in articles, each a number: its article, its place in the article's quotes, and
 * where the sentences it gives are in the article's digest (to tell a rewording from a second
 * remark). A large workspace quotes its speakers hundreds of thousands of times: 16 bytes each.
 */
class QuoteRefs {
  private readonly docs = new IntList(1024);
  private readonly places = new IntList(1024);
  private readonly froms = new IntList(1024);
  private readonly tos = new IntList(1024);

  constructor(private readonly infos: DocInfo[]) {}

  add(d: DocInfo, k: number, from: number, to: number): number {
    this.docs.push(d.i);
    this.places.push(k);
    this.froms.push(from);
    this.tos.push(to);
    return this.docs.length - 1;
  }

  doc(r: number): DocInfo {
    return this.infos[this.docs.get(r)];
  }

  quote(r: number): Quote {
    return this.doc(r).analysis.quotes[this.places.get(r)];
  }

  /** Whether the quotation gives this sentence. */
  gives(r: number, sentence: string): boolean {
    const { quoted } = this.doc(r).digest;
    for (let u = this.froms.get(r), to = this.tos.get(r); u < to; u++) if (quoted[u] === sentence) return true;
    return false;
  }
}

/**
 * Misquotes: the sentences one (merged) speaker is quoted as saying, each distinct wording once,
 * compared through an index on the speaker's quoted words. Repeated remarks recur word for word, so
 * the distinct sentences stay few however many articles quote them. A quotation is misquoted when
 * one of its sentences is given reworded in another article that does not also give it verbatim;
 * each such quotation gets one finding per rewording, naming the first other article and how many
 * more give it that way. When most articles agree on one wording, only the others are flagged.
 */
function* misquotes(infos: DocInfo[], globalId: Map<string, string>, stats: CrossArticleStats, push: (file: string, f: Finding) => void): Generator<void, void, void> {
  let tick = 0;
  let work = 0;
  type Sentence = { g: string; text: string; words: string[]; at: number[] };
  const refs = new QuoteRefs(infos);
  // By speaker, then by sentence; `list` in the order first met.
  const bySpeaker = new Map<string, Map<string, Sentence>>();
  const list: Sentence[] = [];
  for (const d of infos) {
    const { quoted, quotedEnds } = d.digest;
    const { quotes } = d.analysis;
    for (let k = 0; k < quotes.length; k++) {
      const from = k ? quotedEnds[k - 1] : 0;
      if (from === quotedEnds[k]) continue;
      const id = quoteSpeakerId(quotes[k]);
      if (!id) continue;
      const g = globalOf(d, globalId, id);
      if (!g) continue;
      const r = refs.add(d, k, from, quotedEnds[k]);
      let sentences = bySpeaker.get(g);
      if (!sentences) bySpeaker.set(g, (sentences = new Map()));
      for (let i = from; i < quotedEnds[k]; i++) {
        const u = quoted[i];
        if (quoted.indexOf(u, from) < i) continue; // each sentence once per quotation
        let s = sentences.get(u);
        if (!s) {
          sentences.set(u, (s = { g, text: u, words: u.split(' '), at: [] }));
          list.push(s);
        }
        s.at.push(r);
      }
    }
    if (++tick % STEP === 0) yield;
  }
  bySpeaker.clear();
  // Sentences meet through the speaker's quoted words (a key per speaker and word).
  const index = new KeyIndex();
  const keyIds = new Map<string, number>();
  for (const s of list) {
    index.addItem();
    for (const x of s.words) {
      if (x.length <= 3) continue;
      const key = `${s.g}|${x}`;
      let id = keyIds.get(key);
      if (id === undefined) keyIds.set(key, (id = keyIds.size));
      index.addKey(id);
    }
    if (++tick % STEP === 0) yield;
  }
  keyIds.clear();
  const found = yield* index.pairSteps(2, POSTING_CAP);
  stats.skippedKeys += index.skippedKeys;
  const pairs: [Sentence, Sentence][] = [];
  for (let p = 0; p < found.length; p += 2) {
    const x = list[found.get(p)];
    const y = list[found.get(p + 1)];
    if (x.g === y.g) pairs.push([x, y]);
  }
  stats.quotationPairs += pairs.length;
  for (const [x, y] of pairs) {
    if (++tick % STEP === 0) yield;
    const r = reworded(x.words, y.words);
    if (!r) continue;
    const diff = (here: string[], there: string[]) => `"${here.join(' ') || '(nothing)'}" here, "${there.join(' ') || '(nothing)'}" there`;
    const sides: [Sentence, Sentence, string[], string[]][] = [[x, y, r.onlyA, r.onlyB], [y, x, r.onlyB, r.onlyA]];
    for (const [here, there, onlyHere, onlyThere] of sides) {
      // A wording most articles agree on, against one a few give: only the few are flagged (the
      // many quoted the remark as it was said, as far as the workspace can tell).
      if (isMajority(refs, here.at, there.at)) continue;
      for (const a of here.at) {
        // Each quotation is checked against all that give the other wording: count those.
        if ((work += there.at.length) >= STEP * 64) {
          work = 0;
          yield;
        }
        // Another article that gives the other wording, and not this one too (then it quotes both remarks).
        if (refs.gives(a, there.text)) continue;
        const aDoc = refs.doc(a);
        const others = there.at.filter((b) => refs.doc(b) !== aDoc && !refs.gives(b, here.text));
        if (!others.length) continue;
        const b = others[0];
        const bDoc = refs.doc(b);
        const files = new Set(others.map((o) => refs.doc(o).file));
        const more = files.size - 1;
        const aQuote = refs.quote(a);
        const who = aDoc.speakers.get(aQuote.speaker.id!)?.entity ?? 'the speaker';
        const where = more ? `${bDoc.file} and ${more} other article${more === 1 ? '' : 's'}` : bDoc.file;
        const shown: number[] = [];
        for (const o of others) if (shown.length < MAX_PER_STATEMENT && !shown.some((x) => refs.doc(x) === refs.doc(o))) shown.push(o);
        const aSpans = aQuote.spans;
        push(aDoc.file, {
          rule: 'misquote',
          severity: 'warning',
          span: [aSpans[0][0], aSpans[aSpans.length - 1][1]],
          message: `Misquote? ${who} is quoted differently in ${where}: ${diff(onlyHere, onlyThere)}.`,
          related: shown.map((o) => ({ file: refs.doc(o).file, span: refs.quote(o).spans[0], message: `The same quote as given there` })),
          data: { otherFile: bDoc.file, otherSpan: refs.quote(b).spans[0], similarity: r.similarity, onlyHere, onlyThere, otherArticles: files.size },
        });
      }
    }
  }
}

/** `a` is given by at least three articles, and by three times as many as `b`. */
function isMajority(refs: QuoteRefs, a: number[], b: number[]): boolean {
  const na = new Set(a.map((x) => refs.doc(x))).size;
  const nb = new Set(b.map((x) => refs.doc(x))).size;
  return na >= 3 && na >= 3 * nb;
}

function firstQuoteSpan(d: DocInfo | undefined, r: SpeakerRef): [number, number] | null {
  const q = d?.analysis.quotes.find((q) => q.speaker.id === r.speaker.id);
  return q?.speaker.mentionSpan ?? q?.spans[0] ?? null;
}
