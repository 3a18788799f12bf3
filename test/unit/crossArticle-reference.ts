// The cross-article search as it was before its tables became typed arrays (HEAD c8bef8b,
// src/core/workspace/crossArticle.ts and speakers.ts), without its time slices: objects per
// statement, string keys, a Set per quotation. crossArticle-reference.test.ts checks that the
// search finds exactly what this did, on generated workspaces. Not used by the product.
import type { Analysis, Finding, Quote, Speaker } from '../../src/core/types';
import { articleStatements, bodySentences, compareStatements, contradictionFindings, type Clash, type Statement } from '../../src/core/findings';
import { InvertedIndex, MAX_PER_STATEMENT, crossArticleDigest, fullAnalysis, nameTokens, isNameVariant, reworded, type AnalysisSummary, type CrossArticleDigest as Digest, type CrossArticleOptions, type CrossArticleStats, type WorkspaceDoc } from '../../src/core/workspace';
import type { NameVariant, SpeakerRef } from '../../src/core/workspace/speakers';
import { sameRemarkClash } from '../../src/core/workspace/misquote';
import { keyLength, keyStart } from '../../src/core/workspace/crossArticle';

const POSTING_CAP = 200;
const DAY = 86_400_000;

interface DocInfo {
  i: number;
  file: string;
  analysis: Analysis | AnalysisSummary;
  date: number | null;
  digest: Digest;
  speakers: Map<string, Speaker>;
}

interface Item {
  doc: DocInfo;
  st: Statement;
}

/** A statement by its place in its article's list (the full statement is rebuilt only when needed). */
interface StatementRef {
  doc: DocInfo;
  i: number;
}

/** Statements alike in everything the comparison reads, compared once for all their articles. */
interface StatementGroup {
  rep: StatementRef;
  /** The speaker's identity across articles (merged), the same for every member. */
  speaker: string | null;
  /** Its articles' statements, the representative first. */
  members: StatementRef[];
}

function dateOf(a: Analysis | AnalysisSummary): number | null {
  const d = a.article.dateline?.date;
  if (!d) return null;
  const t = Date.parse(d);
  return Number.isFinite(t) ? t : null;
}

function digestOf(analysis: Analysis | AnalysisSummary): Digest {
  const d = crossArticleDigest(analysis as Analysis);
  if (!d) throw new Error('no digest');
  return d;
}

function statementsOf(analysis: Analysis | AnalysisSummary): Statement[] {
  const a = fullAnalysis(analysis);
  return articleStatements(a.article, a, bodySentences(a.article));
}

/** A statement's keys, read from the digest's string of keys (each its length, then its characters). */
export function statementKeys(keys: string, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; ) {
    const start = keyStart(keys, k);
    const end = start + keyLength(keys, k);
    out.push(keys.slice(start, end));
    k = end;
  }
  return out;
}

/** A statement's text, from where its digest says it is. */
function statementText(d: DocInfo, i: number): string {
  const { textAt, texts } = d.digest;
  const a = textAt[2 * i];
  const b = textAt[2 * i + 1];
  if (a >= 0) return d.analysis.article.text.slice(a, b);
  return a === -1 ? d.analysis.quotes[b].text : texts[b];
}

/** Names an article mentions: capitalised content keys of its statements, and its speakers. */
function eventNames(doc: DocInfo, globalId: Map<string, string>): Set<string> {
  const out = new Set<string>();
  for (const n of doc.digest.names) out.add(n);
  // Speakers by their merged identity, so "Kowal" here and "Marta Kowal" there count once, together.
  for (const sp of doc.speakers.values()) if (sp.kind !== 'anonymous') out.add('@' + (globalId.get(`${doc.file}#${sp.id}`) ?? sp.entity));
  return out;
}

function words(s: string | null): Set<string> {
  return new Set((s ?? '').toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2 && w !== 'the'));
}

/** Role or affiliation given on both sides with no word in common: two different people. */
function clash(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const wa = words(a);
  const wb = words(b);
  if (!wa.size || !wb.size) return false;
  for (const w of wa) if (wb.has(w)) return false;
  return true;
}

/** Same person: one name's words are the other's, or it is the surname of the other. */
function sameSpeaker(a: Speaker, b: Speaker): boolean {
  if (a.kind === 'anonymous' || b.kind === 'anonymous') return false;
  if (a.kind !== b.kind) return false;
  const na = nameTokens(a.entity);
  const nb = nameTokens(b.entity);
  if (!na.length || !nb.length) return false;
  if (a.kind === 'organization') return na.join(' ') === nb.join(' ');
  const [short, long] = na.length <= nb.length ? [na, nb] : [nb, na];
  // "Varga" ~ "Elena Varga": the short name must be the long one's tail, never its first name
  const tail = long.slice(long.length - short.length);
  if (short.join(' ') !== tail.join(' ')) return false;
  // Roles change over time ("former envoy"); an affiliation that shares no word is another person.
  return !clash(a.affiliation, b.affiliation);
}

function signature(s: Speaker): string {
  return `${s.kind}\u0000${s.entity}\u0000${s.role ?? ''}\u0000${s.affiliation ?? ''}`;
}

function mergeSpeakers(refs: SpeakerRef[]): { globalId: Map<string, string>; variants: NameVariant[] } {
  // Distinct speakers, each with the refs that share it.
  const bySig = new Map<string, number>();
  const distinct: { speaker: Speaker; tokens: string[]; refs: number[] }[] = [];
  const refSig: number[] = [];
  for (const [i, r] of refs.entries()) {
    const key = signature(r.speaker);
    let d = bySig.get(key);
    if (d === undefined) {
      bySig.set(key, (d = distinct.length));
      distinct.push({ speaker: r.speaker, tokens: nameTokens(r.speaker.entity), refs: [] });
    }
    distinct[d].refs.push(i);
    refSig.push(d);
  }
  const parent = distinct.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const bySurname = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  distinct.forEach((d, i) => {
    const n = d.tokens;
    if (!n.length) return;
    const last = n[n.length - 1];
    (bySurname.get(last) ?? bySurname.set(last, []).get(last)!).push(i);
    (byFirst.get(n[0]) ?? byFirst.set(n[0], []).get(n[0])!).push(i);
  });
  for (const list of bySurname.values()) {
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        if (sameSpeaker(distinct[list[x]].speaker, distinct[list[y]].speaker)) parent[find(list[x])] = find(list[y]);
      }
  }
  // Refs of one distinct speaker are one person only when the speaker is the same as itself (not
  // anonymous, a name left after titles); otherwise each ref stays its own.
  const globalId = new Map<string, string>();
  for (const [i, r] of refs.entries()) {
    const d = refSig[i];
    const self = sameSpeaker(distinct[d].speaker, distinct[d].speaker);
    globalId.set(`${r.file}#${r.speaker.id}`, self ? `g${find(d)}` : `r${i}`);
  }

  const variants: NameVariant[] = [];
  const seen = new Set<string>();
  // Variants differ in one word, so they share another: index on the first and last words.
  for (const list of [...byFirst.values(), ...bySurname.values()]) {
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const key = `${list[x]}:${list[y]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const dx = distinct[list[x]];
        const dy = distinct[list[y]];
        if (!isNameVariant(dx.speaker, dy.speaker)) continue;
        for (const [here, there] of [[dx, dy], [dy, dx]]) {
          for (const i of here.refs) {
            const other = there.refs.find((j) => refs[j].file !== refs[i].file);
            if (other !== undefined) variants.push({ a: refs[i], b: refs[other] });
          }
        }
      }
  }
  return { globalId, variants };
}

export function referenceSearch(docs: WorkspaceDoc[], opts: CrossArticleOptions = {}): Map<string, Finding[]> {
  const maxDays = opts.maxDays ?? 120;
  const minShared = opts.minSharedNames ?? 3;
  const stats: CrossArticleStats = Object.assign(opts.stats ?? {}, { articles: docs.length, statements: 0, distinctStatements: 0, statementPairs: 0, quotationPairs: 0, skippedKeys: 0, capped: 0, rebuilt: 0 });
  const out = new Map<string, Finding[]>();
  for (const d of docs) out.set(d.file, []);
  const push = (file: string, f: Finding) => out.get(file)!.push(f);

  const infos: DocInfo[] = [];
  for (const [i, { file, analysis }] of docs.entries()) {
    infos.push({ i, file, analysis, date: dateOf(analysis), digest: digestOf(analysis), speakers: new Map(analysis.speakers.map((s) => [s.id, s])) });
  }
  const byFile = new Map(infos.map((d) => [d.file, d]));

  // Speakers, merged across articles.
  const refs: SpeakerRef[] = [];
  for (const d of infos) for (const s of d.analysis.speakers) refs.push({ file: d.file, speaker: s });
  const { globalId, variants } = mergeSpeakers(refs);
  const gid = (d: DocInfo, s: Statement) => (s.speakerId ? globalId.get(`${d.file}#${s.speakerId}`) ?? null : null);
  // Who said it, comparable between articles: the merged identity ("s1" names another person in
  // each article); a speaker the merge does not know stays its article's own.
  const who = (d: DocInfo, id: string | null) => (id ? globalId.get(`${d.file}#${id}`) ?? `${d.file}#${id}` : null);

  // Articles on the same event share several names. Asked only of the pairs whose statements meet
  // in the index below, so no pair of articles is ever enumerated for its own sake.
  const names: Set<string>[] = [];
  for (const d of infos) {
    names.push(eventNames(d, globalId));
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
  const related = (x: StatementRef, y: StatementRef) => x.doc !== y.doc && closeInTime(x.doc, y.doc) && sameEvent(x.doc, y.doc);
  // Full statements, rebuilt only for the articles a candidate pair reaches.
  const full = new Map<DocInfo, Statement[]>();
  const statement = (r: StatementRef): Statement => {
    let list = full.get(r.doc);
    if (!list) {
      full.set(r.doc, (list = statementsOf(r.doc.analysis)));
      stats.rebuilt++;
    }
    return list[r.i];
  };

  // Contradictions and changes of position. Word-for-word repeats (wire copy reprinted, a claim
  // restated) are one group, compared once; groups meet through an index on content keys.
  const groups = new Map<string, Map<string, StatementGroup>>();
  const stIndex = new InvertedIndex<StatementGroup>();
  for (const d of infos) {
    const { kinds, kindNames, speakerIds, keys, keyEnds } = d.digest;
    for (let i = 0; i < kinds.length; i++) {
      const text = statementText(d, i);
      stats.statements++;
      const speaker = who(d, speakerIds[i]);
      const kind = `${kindNames[kinds[i]]}\u0000${speaker}`;
      let byText = groups.get(kind);
      if (!byText) groups.set(kind, (byText = new Map()));
      const ref: StatementRef = { doc: d, i };
      const g = byText.get(text);
      if (g) g.members.push(ref);
      else {
        const group: StatementGroup = { rep: ref, speaker, members: [ref] };
        byText.set(text, group);
        // Indexed as it is made (the index keeps its own list of the keys): in the order groups are made.
        stIndex.add(group, statementKeys(keys, i ? keyEnds[i - 1] : 0, keyEnds[i]));
        stats.distinctStatements++;
      }
    }
  }
  const groupPairs = stIndex.pairs(() => true, 2, POSTING_CAP);
  stats.skippedKeys += stIndex.skippedKeys;
  stats.statementPairs += groupPairs.length;
  const candidates: [Item, Item, Clash][] = [];
  for (const [g1, g2] of groupPairs) {
    const clash = compareStatements(statement(g1.rep), statement(g2.rep), false, true, [g1.speaker, g2.speaker]);
    if (!clash) continue;
    // A statement repeated in many articles meets many: these loops can be long too.
    for (const x of g1.members) {
      for (const y of g2.members) {
        if (!related(x, y)) continue;
        candidates.push(orderPair({ doc: x.doc, st: statement(x) }, { doc: y.doc, st: statement(y) }, clash));
      }
    }
  }
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
    const gx = gid(x.doc, x.st);
    const samePerson = gx !== null && gx === gid(y.doc, y.st);
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

  misquotes(infos, globalId, stats, push);

  // Name variants: a hint on each article's first mention of the speaker, pointing at another
  // article that spells the name the other way.
  for (const v of variants) {
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
  }
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The pair with the earlier article (then the earlier statement) first, as findings are written in that order. */
function orderPair(x: Item, y: Item, clash: Clash): [Item, Item, Clash] {
  const first = x.doc.file < y.doc.file || (x.doc.file === y.doc.file && x.st.spans[0][0] <= y.st.spans[0][0]);
  return first ? [x, y, clash] : [y, x, clash];
}

/** A quotation in an article, with the sentences it gives (to tell a rewording from a second remark). */
type QuoteAt = { doc: DocInfo; q: Quote; units: Set<string> };

/**
 * Misquotes: the sentences one (merged) speaker is quoted as saying, each distinct wording once,
 * compared through an index on the speaker's quoted words. Repeated remarks recur word for word, so
 * the distinct sentences stay few however many articles quote them. A quotation is misquoted when
 * one of its sentences is given reworded in another article that does not also give it verbatim;
 * each such quotation gets one finding per rewording, naming the first other article and how many
 * more give it that way. When most articles agree on one wording, only the others are flagged.
 */
function misquotes(infos: DocInfo[], globalId: Map<string, string>, stats: CrossArticleStats, push: (file: string, f: Finding) => void): void {
  type Sentence = { g: string; text: string; words: string[]; at: QuoteAt[] };
  const sentences = new Map<string, Sentence>();
  for (const d of infos) {
    for (const [k, q] of d.analysis.quotes.entries()) {
      const g = q.speaker.id ? globalId.get(`${d.file}#${q.speaker.id}`) : undefined;
      if (!g) continue;
      const { quoted, quotedEnds } = d.digest;
      const from = k ? quotedEnds[k - 1] : 0;
      if (from === quotedEnds[k]) continue;
      const at: QuoteAt = { doc: d, q, units: new Set(quoted.slice(from, quotedEnds[k])) };
      for (const u of at.units) {
        const key = `${g}\u0000${u}`;
        let s = sentences.get(key);
        if (!s) sentences.set(key, (s = { g, text: u, words: u.split(' '), at: [] }));
        s.at.push(at);
      }
    }
  }
  const index = new InvertedIndex<Sentence>();
  for (const s of sentences.values()) {
    index.add(s, s.words.filter((x) => x.length > 3).map((x) => `${s.g}|${x}`));
  }
  const pairs = index.pairs((x, y) => x.g === y.g, 2, POSTING_CAP);
  stats.skippedKeys += index.skippedKeys;
  stats.quotationPairs += pairs.length;
  for (const [x, y] of pairs) {
    const r = reworded(x.words, y.words);
    if (!r) continue;
    const diff = (here: string[], there: string[]) => `"${here.join(' ') || '(nothing)'}" here, "${there.join(' ') || '(nothing)'}" there`;
    const sides: [Sentence, Sentence, string[], string[]][] = [[x, y, r.onlyA, r.onlyB], [y, x, r.onlyB, r.onlyA]];
    for (const [here, there, onlyHere, onlyThere] of sides) {
      // A wording most articles agree on, against one a few give: only the few are flagged (the
      // many quoted the remark as it was said, as far as the workspace can tell).
      if (isMajority(here, there)) continue;
      for (const a of here.at) {
        // Each quotation is checked against all that give the other wording: count those.
        // Another article that gives the other wording, and not this one too (then it quotes both remarks).
        if (a.units.has(there.text)) continue;
        const others = there.at.filter((b) => b.doc !== a.doc && !b.units.has(here.text));
        if (!others.length) continue;
        const b = others[0];
        const files = new Set(others.map((o) => o.doc.file));
        const more = files.size - 1;
        const who = a.doc.speakers.get(a.q.speaker.id!)?.entity ?? 'the speaker';
        const where = more ? `${b.doc.file} and ${more} other article${more === 1 ? '' : 's'}` : b.doc.file;
        const shown: QuoteAt[] = [];
        for (const o of others) if (shown.length < MAX_PER_STATEMENT && !shown.some((x) => x.doc === o.doc)) shown.push(o);
        push(a.doc.file, {
          rule: 'misquote',
          severity: 'warning',
          span: [a.q.spans[0][0], a.q.spans[a.q.spans.length - 1][1]],
          message: `Misquote? ${who} is quoted differently in ${where}: ${diff(onlyHere, onlyThere)}.`,
          related: shown.map((o) => ({ file: o.doc.file, span: o.q.spans[0], message: `The same quote as given there` })),
          data: { otherFile: b.doc.file, otherSpan: b.q.spans[0], similarity: r.similarity, onlyHere, onlyThere, otherArticles: files.size },
        });
      }
    }
  }
}

/** `a` is given by at least three articles, and by three times as many as `b`. */
function isMajority(a: { at: QuoteAt[] }, b: { at: QuoteAt[] }): boolean {
  const na = new Set(a.at.map((x) => x.doc)).size;
  const nb = new Set(b.at.map((x) => x.doc)).size;
  return na >= 3 && na >= 3 * nb;
}

function firstQuoteSpan(d: DocInfo | undefined, r: SpeakerRef): [number, number] | null {
  const q = d?.analysis.quotes.find((q) => q.speaker.id === r.speaker.id);
  return q?.speaker.mentionSpan ?? q?.spans[0] ?? null;
}
