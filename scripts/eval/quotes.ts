// Quotes, speakers and cues against gold: precision/recall/F1 overall and by type, where a
// predicted quote matches a gold one when it covers >= 30% (lenient) or >= 80% (strict) of the
// gold content characters, one to one; speaker, cue and via accuracy on the lenient matches.
// `--article NAME` lists one article's misses, false alarms and wrong speakers.
import type { GoldDoc, GoldQuote } from './corpus';
import { type Section, prf, fmt } from './report';
import { parseArticle, findAttributions, type Quote, type QuoteType } from '../../src/core';

const TYPES: QuoteType[] = ['direct', 'mixed', 'indirect'];

const TITLES = new Set(
  ('president vice prime minister secretary foreign general gen gen. army senator sen. sen rep. rep governor mayor ' +
    'dr dr. mr mr. mrs mrs. ms ms. mme prof prof. professor chairman chief spokesman spokeswoman spokesperson ' +
    'ambassador judge justice prosecutor attorney lawyer police deputy former ex-prime ex interior health defense ' +
    'defence of state the a an his her its their').split(' '),
);

/** Lower-case, no diacritics, no titles or articles: "Foreign Minister Sergei Lavrov" -> "sergei lavrov". */
export function normalizeEntity(s: string | null | undefined): string {
  if (!s) return '';
  const words = s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const kept = words.filter((w) => !TITLES.has(w));
  return (kept.length ? kept : words).join(' ');
}

function surnameMatch(pred: string, gold: string): boolean {
  if (!pred || !gold) return pred === gold;
  const p = pred.split(' ');
  const g = gold.split(' ');
  return p[p.length - 1] === g[g.length - 1];
}

function charSet(spans: [number, number][]): Set<number> {
  const s = new Set<number>();
  for (const [a, b] of spans) for (let i = a; i < b; i++) s.add(i);
  return s;
}

function coverage(gold: Set<number>, pred: Set<number>): number {
  if (!gold.size) return 0;
  let n = 0;
  for (const i of gold) if (pred.has(i)) n++;
  return n / gold.size;
}

/** One-to-one matching, best coverage first. Returns gold index -> predicted index. */
function match(gold: Set<number>[], pred: Set<number>[], min: number): Map<number, number> {
  const pairs: [number, number, number][] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < pred.length; p++) {
      const c = coverage(gold[g], pred[p]);
      // Ties on coverage go to the tighter prediction (more of it inside the gold span).
      if (c >= min) pairs.push([c + coverage(pred[p], gold[g]) * 1e-3, g, p]);
    }
  }
  pairs.sort((x, y) => y[0] - x[0]);
  const out = new Map<number, number>();
  const usedP = new Set<number>();
  for (const [, g, p] of pairs) {
    if (out.has(g) || usedP.has(p)) continue;
    out.set(g, p);
    usedP.add(p);
  }
  return out;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function evalQuotes(docs: GoldDoc[], opts: { article: string | null }): Section {
  const lenient = zero();
  const strict = zero();
  const byType = new Map<QuoteType, { lenient: Counts; strict: Counts }>(TYPES.map((t) => [t, { lenient: zero(), strict: zero() }]));
  let matched = 0;
  let speakerExact = 0;
  let speakerSurname = 0;
  let cueOk = 0;
  let viaOk = 0;
  let typeOk = 0;
  const detail: string[] = [];

  for (const doc of docs) {
    const article = parseArticle(doc.text);
    const { quotes } = findAttributions(article);
    const gold = doc.quotes ?? [];
    const gSets = gold.map((q) => charSet(q.content_spans));
    const pSets = quotes.map((q) => charSet(q.spans));

    for (const [min, counts] of [[0.3, lenient], [0.8, strict]] as const) {
      const m = match(gSets, pSets, min);
      counts.tp += m.size;
      counts.fn += gold.length - m.size;
      counts.fp += quotes.length - m.size;
      for (const t of TYPES) {
        const gi = gold.map((q, i) => [q, i] as const).filter(([q]) => goldType(q, doc.text) === t).map(([, i]) => i);
        const pi = quotes.map((q, i) => [q, i] as const).filter(([q]) => q.type === t).map(([, i]) => i);
        const mt = match(gi.map((i) => gSets[i]), pi.map((i) => pSets[i]), min);
        const c = min === 0.3 ? byType.get(t)!.lenient : byType.get(t)!.strict;
        c.tp += mt.size;
        c.fn += gi.length - mt.size;
        c.fp += pi.length - mt.size;
      }
    }

    const m = match(gSets, pSets, 0.3);
    const show = opts.article !== null && (doc.name === opts.article || doc.name.includes(opts.article));
    for (const [g, p] of m) {
      const gq = gold[g];
      const pq = quotes[p];
      matched++;
      const ge = normalizeEntity(gq.speaker_entity);
      const pe = normalizeEntity(pq.speaker.entity);
      const exact = ge === pe;
      if (exact) speakerExact++;
      if (exact || surnameMatch(pe, ge)) speakerSurname++;
      if (cueMatches(gq, pq)) cueOk++;
      if (normalizeEntity(gq.via) === normalizeEntity(pq.via)) viaOk++;
      if (goldType(gq, doc.text) === pq.type) typeOk++;
      if (show && (!exact || !cueMatches(gq, pq) || normalizeEntity(gq.via) !== normalizeEntity(pq.via) || goldType(gq, doc.text) !== pq.type)) {
        detail.push(`  ~ ${gq.id ?? g} ${gq.type}/${pq.type} speaker gold "${gq.speaker_entity}" got "${pq.speaker.entity}" (mention "${pq.speaker.mention}"); cue gold "${gq.cue}" got "${pq.cue?.text ?? ''}"; via gold "${gq.via ?? ''}" got "${pq.via ?? ''}"`);
        detail.push(`      ${clip(pq.text)}`);
      }
    }
    if (show) {
      const matchedP = new Set(m.values());
      for (let g = 0; g < gold.length; g++) {
        if (m.has(g)) continue;
        const gq = gold[g];
        const text = gq.content_spans.map(([a, b]) => doc.text.slice(a, b)).join(' | ');
        detail.push(`  - MISS ${gq.id ?? g} ${gq.type} [${gq.speaker_entity} / ${gq.cue}] ${clip(text)}`);
      }
      for (let p = 0; p < quotes.length; p++) {
        if (matchedP.has(p)) continue;
        const q = quotes[p];
        detail.push(`  + FALSE ${q.type} [${q.speaker.entity} / ${q.cue?.text ?? ''}] ${clip(q.text)}`);
      }
    }
  }

  const L = prf(lenient.tp, lenient.fp, lenient.fn);
  const S = prf(strict.tp, strict.fp, strict.fn);
  const acc = (n: number) => (matched ? n / matched : 1);
  const lines = [
    `  quotes: gold ${lenient.tp + lenient.fn}, predicted ${lenient.tp + lenient.fp}`,
    `  lenient (>=30%): P ${fmt(L.p)} R ${fmt(L.r)} F1 ${fmt(L.f)}`,
    `  strict  (>=80%): P ${fmt(S.p)} R ${fmt(S.r)} F1 ${fmt(S.f)}`,
  ];
  const typeF: Record<string, number> = {};
  for (const t of TYPES) {
    const c = byType.get(t)!;
    const l = prf(c.lenient.tp, c.lenient.fp, c.lenient.fn);
    const s = prf(c.strict.tp, c.strict.fp, c.strict.fn);
    typeF[t] = l.f;
    lines.push(`  ${t.padEnd(8)} gold ${c.lenient.tp + c.lenient.fn}, predicted ${c.lenient.tp + c.lenient.fp}: lenient P ${fmt(l.p)} R ${fmt(l.r)} F1 ${fmt(l.f)}; strict F1 ${fmt(s.f)}`);
  }
  lines.push(
    `  on ${matched} matched quotes: speaker exact ${fmt(acc(speakerExact))}, surname ${fmt(acc(speakerSurname))}; cue ${fmt(acc(cueOk))}; via ${fmt(acc(viaOk))}; type ${fmt(acc(typeOk))}`,
  );
  lines.push(...detail);
  return {
    title: 'Quotes and speakers',
    lines,
    bars: [
      { name: 'quote F1 lenient', value: L.f, min: 0.95 },
      { name: 'quote F1 strict', value: S.f, min: 0.88 },
      { name: 'speaker accuracy', value: acc(speakerExact), min: 0.93 },
      { name: 'direct-quote F1', value: typeF.direct, min: 0.98 },
    ],
  };
}

/** Gold type, or (JSONL files may omit it) read off the marks: wholly quoted, partly, not at all. */
function goldType(g: GoldQuote, text: string): QuoteType {
  if (g.type) return g.type;
  const parts = g.content_spans.map(([a, b]) => text.slice(a, b).trim());
  if (parts.every((t) => /^["“«'‘]/.test(t) && /["”»'’][.,!?]?$/.test(t))) return 'direct';
  return parts.some((t) => /["“”«»]/.test(t)) ? 'mixed' : 'indirect';
}

/** The predicted cue overlaps a gold cue span; without spans, the cue words agree (or both have none). */
function cueMatches(g: GoldQuote, p: Quote): boolean {
  const spans = g.cue_spans ?? [];
  if (!spans.length && g.cue && p.cue) return g.cue.toLowerCase().split(/\s+/)[0] === p.cue.text.toLowerCase().split(/\s+/)[0];
  if (!spans.length) return !p.cue || !g.cue;
  if (!p.cue) return false;
  const [s, e] = p.cue.span;
  return spans.some(([a, b]) => s < b && a < e);
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 140 ? one.slice(0, 137) + '...' : one;
}
