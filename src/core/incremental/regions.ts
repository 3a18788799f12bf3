// Quotation regions with reuse. `findQuoteRegions` pairs marks paragraph by paragraph, and a
// paragraph's pairing depends on the paragraph before only when a quotation runs on into it (left
// open at the end of one paragraph, the next opening with a mark). So each paragraph's regions,
// found on its own, are kept by its text; paragraphs that a quotation links are found together,
// by the same function, as one run. Region numbers follow text order either way.
import { findQuoteRegions, type QuoteRegion } from '../attribution/quoteMarks';
import type { Span } from '../types';
import type { ParaStore } from './paraStore';
import { shiftSpan } from '../shift';

/** A paragraph's regions found on its own, with offsets from its start; `open`: one is left open at its end. */
export interface LoneRegions {
  regions: { spans: Span[]; closed: boolean; nested: Span[] }[];
  open: boolean;
}

export function alone(text: string, span: Span): LoneRegions {
  const found = findQuoteRegions(text, [span]);
  return {
    regions: found.map((r) => ({ spans: r.spans.map((s) => shiftSpan(s, -span[0])), closed: r.closed, nested: r.nested.map((s) => shiftSpan(s, -span[0])) })),
    open: found.some((r) => !r.closed),
  };
}

/** True when a quotation left open in paragraph `a` runs on into `b` (found as the pair would be). */
export function runsOn(text: string, a: Span, b: Span): boolean {
  return findQuoteRegions(text, [a, b]).some((r) => r.paras.length > 1);
}

/** `findQuoteRegions(text, paragraphs)`, from each paragraph's own regions kept in `store`. */
export function regionsStage(store: ParaStore<LoneRegions>) {
  return (text: string, paragraphs: Span[]): QuoteRegion[] => {
    const lone = paragraphs.map((span) => {
      const { value, key } = store.lookup(span);
      if (value) return value;
      const v = alone(text, span);
      store.store(span, key, v);
      return v;
    });
    return regionsOf(text, paragraphs, lone, 0);
  };
}

/** The regions of `paragraphs` (numbered from `base` in their `paras`) from each one's own
 *  regions `lone`, paired as findQuoteRegions pairs them: paragraphs a quotation links, each left
 *  open and the next taking it on, are found together as one run. Any stretch of paragraphs whose
 *  first is not taken on from the one before and whose last runs on into none gets the regions
 *  the whole list would give it. */
export function regionsOf(text: string, paragraphs: Span[], lone: LoneRegions[], base: number): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  for (let i = 0; i < paragraphs.length; ) {
    let j = i + 1;
    while (j < paragraphs.length && lone[j - 1].open && runsOn(text, paragraphs[j - 1], paragraphs[j])) j++;
    if (j - i === 1) {
      const at = paragraphs[i][0];
      const p = i + base;
      for (const r of lone[i].regions) out.push({ spans: r.spans.map((s) => shiftSpan(s, at)), paras: r.spans.map(() => p), closed: r.closed, nested: r.nested.map((s) => shiftSpan(s, at)) });
    } else {
      for (const r of findQuoteRegions(text, paragraphs.slice(i, j))) out.push({ ...r, paras: r.paras.map((p) => p + i + base) });
    }
    i = j;
  }
  return out;
}
