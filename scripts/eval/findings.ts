// Findings: contradiction and unattributed precision/recall per article, and cross-article
// contradictions and misquotes against pairs.json. The reported figures and the bars use the real
// engine end to end. NEWSFACT_GOLD_QUOTES=1 swaps in the gold quotes and speakers (dev only: it
// measures the findings rules apart from the attribution engine's errors).
import * as fs from 'fs';
import type { GoldDoc, GoldSpan } from './corpus';
import { pairsFile } from './corpus';
import { fmt, prf, type Section } from './report';
import { analyzeText, findFindings, parseArticle, findCrossArticleFindings } from '../../src/core';
import type { Analysis, Finding, Quote, Speaker, Span } from '../../src/core';

const overlaps = (a: Span | GoldSpan, b: Span | GoldSpan) => a[0] < b[1] && b[0] < a[1];
const anyOverlap = (xs: (Span | GoldSpan)[], ys: (Span | GoldSpan)[]) => xs.some((x) => ys.some((y) => overlaps(x, y)));

/** The analysis of a gold document, with the engine's or the gold quotes. */
export function analyse(doc: GoldDoc, goldQuotes: boolean): Analysis {
  if (!goldQuotes) return analyzeText(doc.text);
  const article = parseArticle(doc.text);
  const speakers: Speaker[] = (doc.speakers ?? []).map((s, i) => ({
    id: `s${i + 1}`,
    entity: s.entity,
    kind: (s.kind as Speaker['kind']) ?? 'person',
    role: s.role ?? null,
    affiliation: s.affiliation ?? null,
    mentions: [],
  }));
  const byEntity = new Map(speakers.map((s) => [s.entity, s]));
  const quotes: Quote[] = doc.quotes.map((q, i) => {
    const sp = q.speaker_entity ? byEntity.get(q.speaker_entity) : undefined;
    const ms = q.speaker_spans?.[0] ?? null;
    const cs = q.cue_spans?.[0] ?? null;
    return {
      id: q.id ?? `q${i + 1}`,
      type: q.type ?? 'indirect',
      spans: q.content_spans as Span[],
      text: q.content ?? q.content_spans.map(([s, e]) => doc.text.slice(s, e)).join(' '),
      cue: cs ? { text: q.cue_spans!.map(([s, e]) => doc.text.slice(s, e)).join(' '), span: cs as Span } : null,
      speaker: { id: sp?.id ?? null, entity: q.speaker_entity ?? null, mention: q.speaker ?? null, mentionSpan: (ms as Span) ?? null },
      via: q.via ?? null,
    };
  });
  return { article, quotes, speakers, findings: findFindings(article, { quotes, speakers }) };
}

function sidesOf(doc: GoldDoc, id: string): GoldSpan[] {
  const q = doc.quotes.find((x) => x.id === id);
  if (q) return q.content_spans;
  const u = doc.unattributed?.find((x) => x.id === id);
  return u ? u.spans : [];
}

interface PredPair {
  a: Span;
  b: Span;
  f: Finding;
}

/** Contradiction findings as pairs, each once (the rule reports both sides). */
function predictedPairs(findings: Finding[]): PredPair[] {
  const seen = new Set<string>();
  const out: PredPair[] = [];
  for (const f of findings) {
    if (f.rule !== 'contradiction' || f.data?.otherFile) continue;
    const other = (f.data?.otherSpan as Span) ?? f.related[0]?.span;
    if (!other) continue;
    const key = [f.span[0], other[0]].sort((x, y) => x - y).join(':');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ a: f.span, b: other, f });
  }
  return out;
}

export function evalFindings(docs: GoldDoc[], opts: { article: string | null; corpus?: string }): Section {
  const goldQuotes = process.env.NEWSFACT_GOLD_QUOTES === '1';
  const verbose = process.env.NEWSFACT_EVAL_VERBOSE === '1';
  const lines: string[] = [];
  let cTp = 0, cFp = 0, cFn = 0, uTp = 0, uFp = 0, uFn = 0;
  const analyses = new Map<string, Analysis>();
  for (const doc of docs) {
    const an = analyse(doc, goldQuotes);
    analyses.set(doc.name, an);
    if (opts.article && doc.name !== opts.article) continue;
    // contradictions
    const gold = (doc.contradictions ?? []).map((c) => ({ c, a: sidesOf(doc, c.a), b: sidesOf(doc, c.b) }));
    const preds = predictedPairs(an.findings);
    const hit = new Set<number>();
    for (const p of preds) {
      const g = gold.findIndex((g) => (anyOverlap([p.a], g.a) && anyOverlap([p.b], g.b)) || (anyOverlap([p.a], g.b) && anyOverlap([p.b], g.a)));
      if (g >= 0) {
        if (!hit.has(g)) cTp++;
        hit.add(g);
      } else {
        cFp++;
        if (verbose) lines.push(`  FP contradiction ${doc.name}: ${p.f.message}`);
      }
    }
    gold.forEach((g, i) => {
      if (hit.has(i)) return;
      cFn++;
      if (verbose) lines.push(`  FN contradiction ${doc.name}: ${g.c.a} / ${g.c.b} (${g.c.kind}) ${g.c.why ?? ''}`);
    });
    // unattributed
    const goldU = doc.unattributed ?? [];
    const predU = an.findings.filter((f) => f.rule === 'unattributed');
    const uHit = new Set<number>();
    for (const f of predU) {
      const g = goldU.findIndex((u) => anyOverlap([f.span], u.spans));
      if (g >= 0) {
        if (!uHit.has(g)) uTp++;
        uHit.add(g);
      } else {
        uFp++;
        if (verbose) lines.push(`  FP unattributed ${doc.name}: [${f.data?.why}] ${doc.text.slice(f.span[0], f.span[1]).slice(0, 120)}`);
      }
    }
    goldU.forEach((u, i) => {
      if (uHit.has(i)) return;
      uFn++;
      if (verbose) lines.push(`  FN unattributed ${doc.name}: ${(u.text ?? '').slice(0, 120)}`);
    });
  }
  const c = prf(cTp, cFp, cFn);
  const u = prf(uTp, uFp, uFn);
  lines.unshift(
    `  mode: ${goldQuotes ? 'GOLD QUOTES INJECTED (dev only, not the reported figures)' : 'real engine end to end'}`,
    `  contradiction: P ${fmt(c.p)} R ${fmt(c.r)} F ${fmt(c.f)} (tp ${cTp}, fp ${cFp}, fn ${cFn})`,
    `  unattributed:  P ${fmt(u.p)} R ${fmt(u.r)} F ${fmt(u.f)} (tp ${uTp}, fp ${uFp}, fn ${uFn})`,
  );

  // cross-article
  const bars = [
    { name: 'contradiction precision', value: c.p, min: 0.8 },
    { name: 'contradiction recall', value: c.r, min: 0.6 },
    { name: 'unattributed precision', value: u.p, min: 0.75 },
    { name: 'unattributed recall', value: u.r, min: 0.6 },
  ];
  const pf = pairsFile(opts.corpus);
  if (pf && !opts.article) {
    const pairs = JSON.parse(fs.readFileSync(pf, 'utf8')) as {
      articles: string[];
      contradictions: { a: string; b: string; kind: string }[];
      quote_variants: { a: string; b: string }[];
    }[];
    const byName = new Map(docs.map((d) => [d.name, d]));
    const inputs = [...analyses].map(([file, analysis]) => ({ file, analysis }));
    const cross = findCrossArticleFindings(inputs);
    const resolve = (ref: string) => {
      const [name, id] = ref.split('#');
      const d = byName.get(name);
      return { name, spans: d ? sidesOf(d, id) : [] };
    };
    const found = (rules: string[], ra: { name: string; spans: GoldSpan[] }, rb: { name: string; spans: GoldSpan[] }) =>
      (cross.get(ra.name) ?? []).some(
        (f) => rules.includes(f.rule) && anyOverlap([f.span], ra.spans) && f.related.some((r) => r.file === rb.name && anyOverlap([r.span], rb.spans)),
      );
    let xTp = 0, xFn = 0, mTp = 0, mFn = 0;
    for (const p of pairs) {
      for (const g of p.contradictions) {
        const ok = found(['contradiction', 'position-change'], resolve(g.a), resolve(g.b));
        ok ? xTp++ : xFn++;
        if (!ok && verbose) lines.push(`  FN cross contradiction ${g.a} / ${g.b}`);
      }
      for (const g of p.quote_variants) {
        const ok = found(['misquote'], resolve(g.a), resolve(g.b));
        ok ? mTp++ : mFn++;
        if (!ok && verbose) lines.push(`  FN misquote ${g.a} / ${g.b}`);
      }
    }
    // Cross-article findings that match no gold pair (gold is conservative; shown, not barred).
    let xPred = 0, mPred = 0;
    for (const [file, fs_] of cross) {
      for (const f of fs_) {
        if (f.rule === 'contradiction' || f.rule === 'position-change') xPred++;
        if (f.rule === 'misquote') mPred++;
        if (verbose && f.rule !== 'name-variant') lines.push(`  cross ${f.rule} ${file}: ${f.message.slice(0, 160)}`);
        if (verbose && f.rule === 'name-variant') lines.push(`  cross ${f.rule} ${file}: ${f.message}`);
      }
    }
    const xr = xTp + xFn ? xTp / (xTp + xFn) : 1;
    const mr = mTp + mFn ? mTp / (mTp + mFn) : 1;
    lines.push(
      `  cross-article contradictions: recall ${xTp}/${xTp + xFn} (${xPred / 2} pairs reported, both sides each)`,
      `  misquotes: recall ${mTp}/${mTp + mFn} (${mPred / 2} pairs reported)`,
    );
    bars.push({ name: 'cross-article contradiction recall', value: xr, min: 1 });
  }
  return { title: 'Findings', lines, bars };
}
