// Findings across the workspace: contradictions and changes of position between articles on the
// same event, misquotes, and spelling variants of a speaker's name. Articles are paired through an
// inverted index over their names (never all pairs), statements through one over content keys.
import type { Analysis, Finding, Span, Speaker } from '../types';
import { articleStatements, bodySentences, compareStatements, contradictionFindings, indexKeys, type Statement } from '../findings';
import { InvertedIndex } from './invertedIndex';
import { compareQuotations, quotedWords } from './misquote';
import { mergeSpeakers, type SpeakerRef } from './speakers';

export interface WorkspaceDoc {
  file: string;
  analysis: Analysis;
}

export interface CrossArticleOptions {
  /** Articles further apart than this (by dateline) are not compared for contradictions. */
  maxDays?: number;
  /** Distinct shared names that make two articles cover the same event. */
  minSharedNames?: number;
}

interface DocInfo {
  file: string;
  analysis: Analysis;
  date: number | null;
  statements: Statement[];
  speakers: Map<string, Speaker>;
}

interface Item {
  doc: DocInfo;
  st: Statement;
}

const DAY = 86_400_000;

function dateOf(a: Analysis): number | null {
  const d = a.article.dateline?.date;
  if (!d) return null;
  const t = Date.parse(d);
  return Number.isFinite(t) ? t : null;
}

/** Names an article mentions: capitalised content keys of its statements, and its speakers. */
function eventNames(doc: DocInfo, globalId: Map<string, string>): Set<string> {
  const out = new Set<string>();
  for (const s of doc.statements) for (const n of s.names) out.add(n);
  // Speakers by their merged identity, so "Kowal" here and "Marta Kowal" there count once, together.
  for (const sp of doc.speakers.values()) if (sp.kind !== 'anonymous') out.add('@' + (globalId.get(`${doc.file}#${sp.id}`) ?? sp.entity));
  return out;
}

export function findCrossArticleFindings(docs: WorkspaceDoc[], opts: CrossArticleOptions = {}): Map<string, Finding[]> {
  try {
    return crossArticle(docs, opts);
  } catch {
    // Bad input never breaks the editor or the CLI: no cross-article findings rather than a crash.
    return new Map(docs.map((d) => [d.file, []]));
  }
}

function crossArticle(docs: WorkspaceDoc[], opts: CrossArticleOptions): Map<string, Finding[]> {
  const maxDays = opts.maxDays ?? 120;
  const minShared = opts.minSharedNames ?? 3;
  const out = new Map<string, Finding[]>();
  for (const d of docs) out.set(d.file, []);
  const push = (file: string, f: Finding) => out.get(file)!.push(f);

  const infos: DocInfo[] = docs.map(({ file, analysis }) => ({
    file,
    analysis,
    date: dateOf(analysis),
    statements: articleStatements(analysis.article, analysis, bodySentences(analysis.article)),
    speakers: new Map(analysis.speakers.map((s) => [s.id, s])),
  }));

  // Speakers, merged across articles.
  const refs: SpeakerRef[] = [];
  for (const d of infos) for (const s of d.analysis.speakers) refs.push({ file: d.file, speaker: s });
  const { globalId, variants } = mergeSpeakers(refs);
  const gid = (d: DocInfo, s: Statement) => (s.speakerId ? globalId.get(`${d.file}#${s.speakerId}`) ?? null : null);

  // Articles on the same event: they share several names.
  const docIndex = new InvertedIndex<DocInfo>();
  for (const d of infos) docIndex.add(d, eventNames(d, globalId));
  const related = new Set<string>();
  for (const [a, b, n] of docIndex.pairs((a, b) => a.file !== b.file, minShared)) {
    related.add(`${a.file}\n${b.file}`);
    related.add(`${b.file}\n${a.file}`);
    void n;
  }
  const sameEvent = (a: DocInfo, b: DocInfo) => related.has(`${a.file}\n${b.file}`);
  const closeInTime = (a: DocInfo, b: DocInfo) => a.date === null || b.date === null || Math.abs(a.date - b.date) <= maxDays * DAY;

  // Contradictions and changes of position between statements of related articles. Statements are
  // indexed per group of articles on one event, so unrelated articles never meet in a posting list.
  const groupOf = new Map<DocInfo, number>();
  const parent = infos.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const pos = new Map(infos.map((d, i) => [d.file, i]));
  for (const key of related) {
    const [fa, fb] = key.split('\n');
    parent[find(pos.get(fa)!)] = find(pos.get(fb)!);
  }
  infos.forEach((d, i) => groupOf.set(d, find(i)));
  const groups = new Map<number, DocInfo[]>();
  for (const d of infos) {
    const g = groupOf.get(d)!;
    (groups.get(g) ?? groups.set(g, []).get(g)!).push(d);
  }
  const pairsFound: [Item, Item, number][] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const stIndex = new InvertedIndex<Item>();
    for (const d of members) for (const st of d.statements) stIndex.add({ doc: d, st }, indexKeys(st));
    pairsFound.push(...stIndex.pairs((x, y) => x.doc !== y.doc && sameEvent(x.doc, y.doc) && closeInTime(x.doc, y.doc), 2));
  }
  // One clash per pair of speakers and pair of articles: a dispute restated in several quotes is one finding.
  const reported = new Set<string>();
  const candidates = pairsFound
    .map(([x, y]) => (x.doc.file < y.doc.file || (x.doc.file === y.doc.file && x.st.spans[0][0] <= y.st.spans[0][0]) ? [x, y] : [y, x]) as [Item, Item])
    .sort(([a, b], [c, d]) => a.doc.file.localeCompare(c.doc.file) || a.st.spans[0][0] - c.st.spans[0][0] || b.st.spans[0][0] - d.st.spans[0][0]);
  for (const [x, y] of candidates) {
    const clash = compareStatements(x.st, y.st, false, true);
    if (!clash) continue;
    const key = `${x.doc.file}|${y.doc.file}|${gid(x.doc, x.st) ?? x.st.id}|${gid(y.doc, y.st) ?? y.st.id}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const gx = gid(x.doc, x.st);
    const samePerson = gx !== null && gx === gid(y.doc, y.st);
    const differentDates = x.doc.date !== null && y.doc.date !== null && x.doc.date !== y.doc.date;
    const rule = samePerson && differentDates ? 'position-change' : 'contradiction';
    const [fx, fy] = contradictionFindings(x.st, y.st, clash, { rule, fileA: x.doc.file, fileB: y.doc.file });
    push(x.doc.file, fx);
    push(y.doc.file, fy);
  }

  // Misquotes: quotations of one (merged) speaker, compared per speaker through a word index.
  const qIndex = new InvertedIndex<{ doc: DocInfo; q: Analysis['quotes'][number]; words: NonNullable<ReturnType<typeof quotedWords>>; g: string }>();
  for (const d of infos) {
    for (const q of d.analysis.quotes) {
      const g = q.speaker.id ? globalId.get(`${d.file}#${q.speaker.id}`) : undefined;
      const words = quotedWords(q);
      if (!g || !words) continue;
      qIndex.add({ doc: d, q, words, g }, words.words.filter((w) => w.length > 3).map((w) => `${g}|${w}`));
    }
  }
  for (const [x, y] of qIndex.pairs((x, y) => x.doc !== y.doc && x.g === y.g, 3)) {
    const r = compareQuotations(x.words, y.words);
    if (!r) continue;
    const who = x.doc.speakers.get(x.q.speaker.id!)?.entity ?? 'the speaker';
    const diff = `"${r.onlyA.join(' ') || '(nothing)'}" here, "${r.onlyB.join(' ') || '(nothing)'}" there`;
    const side = (a: typeof x, b: typeof x, d: string): Finding => ({
      rule: 'misquote',
      severity: 'warning',
      span: [a.q.spans[0][0], a.q.spans[a.q.spans.length - 1][1]],
      message: `Misquote? ${who} is quoted differently in ${b.doc.file}: ${d}.`,
      related: [{ file: b.doc.file, span: b.q.spans[0], message: `The same quote as given there` }],
      data: { otherFile: b.doc.file, otherSpan: b.q.spans[0], similarity: r.similarity, onlyHere: a === x ? r.onlyA : r.onlyB, onlyThere: a === x ? r.onlyB : r.onlyA },
    });
    push(x.doc.file, side(x, y, diff));
    push(y.doc.file, side(y, x, `"${r.onlyB.join(' ') || '(nothing)'}" here, "${r.onlyA.join(' ') || '(nothing)'}" there`));
  }

  // Name variants: hints on each article's first mention of the speaker.
  for (const v of variants) {
    const at = (r: SpeakerRef) => r.speaker.mentions[0]?.span ?? firstQuoteSpan(infos, r);
    const sa = at(v.a);
    const sb = at(v.b);
    if (!sa || !sb) continue;
    // The same hint on both sides, each pointing at the other spelling.
    const sides: [SpeakerRef, SpeakerRef, Span, Span][] = [[v.a, v.b, sa, sb], [v.b, v.a, sb, sa]];
    for (const [here, there, span, otherSpan] of sides) {
      push(here.file, {
        rule: 'name-variant',
        severity: 'hint',
        span,
        message: `Name spelled "${here.speaker.entity}" here but "${there.speaker.entity}" in ${there.file}: the same person?`,
        related: [{ file: there.file, span: otherSpan, message: `"${there.speaker.entity}"` }],
        data: { names: [here.speaker.entity, there.speaker.entity] },
      });
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.span[0] - b.span[0]);
  return out;
}

function firstQuoteSpan(infos: DocInfo[], r: SpeakerRef): [number, number] | null {
  const d = infos.find((i) => i.file === r.file);
  const q = d?.analysis.quotes.find((q) => q.speaker.id === r.speaker.id);
  return q?.speaker.mentionSpan ?? q?.spans[0] ?? null;
}
