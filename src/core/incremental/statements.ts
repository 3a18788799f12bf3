// The statements stage with reuse. A statement's content (keys, negation scope, figures) depends on
// its words alone, so it is kept by its text and handed back with the quote's id, spans and
// speaker, its figures moved to where the text now sits. The selection (which quotes and which of
// the article's own sentences are statements) uses `articleStatements`' own tests.
import type { Article, Quote, Span, Speaker } from '../types';
import { isNamedQuote, ownVoiceStatement, quotedSpanTest, quoteStatement, type Statement } from '../findings/statements';
import { PREPARED } from '../findings/antonyms';
import { GenerationCache } from './cache';
import { throughStore, type ParaStore } from './paraStore';
import { shiftQuantities } from '../shift';

/** A statement as computed, and where its text started then. */
export interface KeptStatement {
  at: number;
  s: Statement;
}

export interface StatementCaches {
  quotes: GenerationCache<KeptStatement>;
  /** By sentence text; null for a sentence that is not a statement of the article's own. */
  own: ParaStore<KeptStatement | null>;
  /** By the quote's place: the last analysis's statements (`prev`), this one's (`next`), and where
   *  each quote was in the last analysis when a splice kept or moved it (`from`, -1: new). Found so,
   *  no key of its text is built. */
  byIndex?: { prev: (KeptStatement | undefined)[] | null; next: (KeptStatement | undefined)[]; from: ((k: number) => number) | null };
}

/**
 * `s` with another id, spans, speaker and figures, its content and prepared reading shared. Written
 * field by field in the order of findings/statements.ts's one literal: an object spread of a
 * statement that was itself made by a spread takes V8's slow path (about 1 µs a statement: most
 * of a typed letter's findings splice on a long article edited for a while), and the literal
 * keeps the shape every statement has.
 */
export function restated(s: Statement, id: string, spans: Span[], speakerId: string | null, speakerName: string, quantities: Statement['quantities']): Statement {
  const out: Statement & { [PREPARED]: unknown } = {
    id, source: s.source, spans, text: s.text, speakerId, speakerName, pos: s.pos, neg: s.neg, keys: s.keys, surface: s.surface, denied: s.denied,
    hedged: s.hedged, type: s.type, names: s.names, quantities, changing: s.changing, cue: s.cue, [PREPARED]: (s as { [PREPARED]?: unknown })[PREPARED],
  };
  return out;
}

function moved(k: KeptStatement, at: number, id: string, spans: Span[], speakerId: string | null, speakerName: string): Statement {
  const d = at - k.at;
  // Unmoved, same id and speaker: the kept statement is this one (statements are never changed).
  if (!d && k.s.id === id && k.s.speakerId === speakerId && k.s.speakerName === speakerName) return k.s;
  const quantities = shiftQuantities(k.s.quantities, d);
  return restated(k.s, id, spans, speakerId, speakerName, quantities);
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
    const byIndex = caches.byIndex;
    const from = byIndex?.prev ? byIndex.from : null;
    const quotes = attribution.quotes;
    for (let qi = 0; qi < quotes.length; qi++) {
      const q = quotes[qi];
      if (!isNamedQuote(q)) continue;
      let k: KeptStatement | undefined;
      if (from) {
        const o = from(qi);
        if (o >= 0) k = byIndex!.prev![o];
      }
      if (!k) {
        const key = quoteKey(q);
        k = caches.quotes.get(key);
        if (!k) {
          const s = quoteStatement(text, q, speakers);
          caches.quotes.set(key, (k = { at: q.spans[0][0], s }));
          if (byIndex) byIndex.next[qi] = k;
          out.push(s);
          continue;
        }
      }
      const speaker = q.speaker.id ? speakers.get(q.speaker.id) : undefined;
      const name = speaker?.entity ?? q.speaker.entity ?? q.speaker.mention ?? 'an unnamed speaker';
      const s = moved(k, q.spans[0][0], q.id, q.spans, q.speaker.id, name);
      out.push(s);
      // Kept by place as made: a quote found by its text (another quote's, when texts repeat) or
      // moved finds this very statement next time, not a copy made again.
      if (byIndex) byIndex.next[qi] = s === k.s ? k : { at: q.spans[0][0], s };
    }
    // No sentences asked for (every quote's statement again, after coreference ran again): the
    // test over all quote spans, a sort of them, is not built.
    if (!sentences.length) return out;
    const overlapsTaken = quotedSpanTest(attribution.quotes);
    for (const s of sentences) {
      if (overlapsTaken(s)) continue;
      let fresh: Statement | null = null;
      const k = throughStore(caches.own, s, () => {
        fresh = ownVoiceStatement(text, s);
        return fresh && { at: s[0], s: fresh };
      });
      if (fresh) out.push(fresh);
      else if (k) out.push(moved(k, s[0], `s${s[0]}`, [s], null, 'the article'));
    }
    return out;
  };
}
