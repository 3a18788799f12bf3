// The statements stage with reuse. A statement's content (keys, negation scope, figures) depends on
// its words alone, so it is kept by its text and handed back with the quote's id, spans and
// speaker, its figures moved to where the text now sits. The selection (which quotes and which of
// the article's own sentences are statements) uses `articleStatements`' own tests.
import type { Article, Quote, Span, Speaker } from '../types';
import { isNamedQuote, isOwnVoice, ownStatement, quotedSpanTest, quoteStatement, type Statement } from '../findings/statements';
import { GenerationCache } from './cache';
import { throughStore, type ParaStore } from './paraStore';

/** A statement as computed, and where its text started then. */
export interface KeptStatement {
  at: number;
  s: Statement;
}

export interface StatementCaches {
  quotes: GenerationCache<KeptStatement>;
  /** By sentence text; null for a sentence that is not a statement of the article's own. */
  own: ParaStore<KeptStatement | null>;
  /** By quote object: the last analysis's (`prev`) and this one's (`next`). A quote a splice kept
   *  is the same object, one it moved names its old self in `origin`: no key to build. */
  byQuote?: { prev: WeakMap<Quote, KeptStatement> | null; next: WeakMap<Quote, KeptStatement>; origin: WeakMap<Quote, Quote> };
}

function moved(k: KeptStatement, at: number, id: string, spans: Span[], speakerId: string | null, speakerName: string): Statement {
  const d = at - k.at;
  // Unmoved, same id and speaker: the kept statement is this one (statements are never changed).
  if (!d && k.s.id === id && k.s.speakerId === speakerId && k.s.speakerName === speakerName) return k.s;
  const quantities = d ? k.s.quantities.map((q) => ({ ...q, span: [q.span[0] + d, q.span[1] + d] as [number, number] })) : k.s.quantities;
  return { ...k.s, id, spans, speakerId, speakerName, quantities };
}

function quoteKey(q: Quote): string {
  const at = q.spans[0][0];
  let rel = '';
  for (const [s, e] of q.spans) rel += `${s - at},${e - at};`;
  return `${q.type}\u0001${q.cue?.text.toLowerCase() ?? ''}\u0001${rel}\u0001${q.text}`;
}

/** `articleStatements` with its statements taken from `caches` where the same text was seen. */
export function cachedStatements(caches: StatementCaches) {
  return (article: Article, attribution: { quotes: readonly Quote[]; speakers: readonly Speaker[] }, sentences: Span[]): Statement[] => {
    const text = article.text;
    const speakers = new Map(attribution.speakers.map((s) => [s.id, s]));
    const out: Statement[] = [];
    const byQuote = caches.byQuote;
    for (const q of attribution.quotes) {
      if (!isNamedQuote(q)) continue;
      let k: KeptStatement | undefined;
      if (byQuote?.prev) {
        k = byQuote.prev.get(q);
        if (!k) {
          const o = byQuote.origin.get(q);
          if (o) k = byQuote.prev.get(o);
        }
      }
      if (!k) {
        const key = quoteKey(q);
        k = caches.quotes.get(key);
        if (!k) {
          const s = quoteStatement(text, q, speakers);
          caches.quotes.set(key, (k = { at: q.spans[0][0], s }));
          byQuote?.next.set(q, k);
          out.push(s);
          continue;
        }
      }
      byQuote?.next.set(q, k);
      const speaker = q.speaker.id ? speakers.get(q.speaker.id) : undefined;
      const name = speaker?.entity ?? q.speaker.entity ?? q.speaker.mention ?? 'an unnamed speaker';
      out.push(moved(k, q.spans[0][0], q.id, q.spans, q.speaker.id, name));
    }
    const overlapsTaken = quotedSpanTest(attribution.quotes);
    for (const s of sentences) {
      if (overlapsTaken(s)) continue;
      let fresh: Statement | null = null;
      const k = throughStore(caches.own, s, () => {
        if (!isOwnVoice(text.slice(s[0], s[1]))) return null;
        fresh = ownStatement(text, s);
        return { at: s[0], s: fresh };
      });
      if (fresh) out.push(fresh);
      else if (k) out.push(moved(k, s[0], `s${s[0]}`, [s], null, 'the article'));
    }
    return out;
  };
}
