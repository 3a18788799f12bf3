// The attribution engine: quotes (direct, mixed, indirect), their cues, speakers and relays.
// One tokenizer pass per paragraph, then per unit (a sentence widened over any quotation that
// crosses it) the cue frames; then continuation and floating quotes; then coreference.
import type { Article, Quote, QuoteType, Span, Speaker, TextSpan } from '../types';
import { detached } from '../detached';
import { classOf, tokenize, type Token, type TokenSummary } from './tokens';
import { W_CUE, W_DET, W_NATION, W_NATION_WORD, W_ORG_WORD, W_QUALIFIER_HEAD, W_TITLE_WORD } from './lexicon';
import { findQuoteRegions, type QuoteRegion } from './quoteMarks';
import { framesInUnit, NO_FRAMES, npForward, type Frame, type TokRange } from './frames';
import { readMention, type MentionInfo } from './speakers';
import { EntityRegistry, type CorefResume, type CorefTrace, type Entity, type KnownName } from './coreference';
import { settleQuotes } from './settle';
import { capUnits } from './unitCap';
import { governmentSpeaker } from './countrySpeaker';
import { nameLedeDescription } from './cataphora';
import * as lexicon from './lexicon';
import { leadingWords, pushWords } from './words';
import { shiftMention, shiftSpan, shiftTextSpan } from '../shift';
// Local bindings: module-namespace getters would cost a call on every lookup in the hot loops.
const { AUDIENCE_WORDS, MEDIA_WORDS, NATIONALITIES, ORG_WORDS, OUTLETS, TITLE_WORDS } = lexicon;

export interface Attribution {
  quotes: Quote[];
  speakers: Speaker[];
}

export { findQuoteRegions } from './quoteMarks';

interface Para {
  index: number;
  span: Span;
  toks: Token[];
  units: TokRange[];
  /** Indices of the capitalised tokens, in order: the name, pair and nationality scans start there. */
  caps: number[];
  /** The word classes of its words, OR-ed (lexicon.ts W_*): the scans a paragraph cannot feed are skipped. */
  classes: number;
}

export interface Draft {
  type: QuoteType;
  spans: Span[];
  cue: TextSpan | null;
  /** All word groups of a cue split by its speaker ("quoted" ... "as saying"), in text order. */
  cueParts?: TextSpan[];
  mention: MentionInfo | null;
  /** Speaker taken from another draft (participles, floating quotes). */
  sameAs: Draft | null;
  via: string | null;
  viaMention: MentionInfo | null;
  pos: number;
  entity: Entity | null;
  cueKind: string | null;
  /** Paragraph index and unit index within it where the draft was found. */
  para: number;
  unit: number;
  regions: number[];
}

const PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'de', 'da', 'di', 'del', 'van', 'von', 'der', 'la', 'le', 'du', 'dos', 'abu', 'ben']);
const DETERMINERS_CAP = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'many', 'one', 'another', 'both', 'all', 'each', 'his', 'her', 'its', 'their', 'our', 'my']);
const PLATFORMS = new Set(['twitter', 'facebook', 'instagram', 'youtube', 'telegram', 'tiktok', 'weibo', 'linkedin', 'x']);

// What the name scans ask of a capitalised word, from the token's word classes (read once per
// token and shared with the cue and mention readers): title, organisation and nationality words.
const TITLE_ORG_NATION = W_TITLE_WORD | W_ORG_WORD | W_NATION_WORD;
// DETERMINERS_CAP is within the lexicon's determiners (W_DET), and particles are short: the Set
// lookups run only on words that pass those tests.
const isCapDeterminer = (t: Token): boolean => (classOf(t) & W_DET) !== 0 && DETERMINERS_CAP.has(t.low);
const PARTICLE_MAX = Math.max(...[...PARTICLES].map((w) => w.length));
const isParticle = (t: Token): boolean => t.low.length <= PARTICLE_MAX && PARTICLES.has(t.low);

/** A paragraph's local results, kept between analyses by the incremental API (src/core/incremental). */
export interface ParaLocal {
  /** Paragraph start and first quotation region when computed: reuse shifts by the difference. */
  start: number;
  regionBase: number;
  drafts: Draft[];
  /** Per draft, where its `sameAs` points: a draft of this paragraph, -1 for the last draft before it, or null. */
  sameIdx: (number | null)[];
  names: KnownName[];
  qualifiers: [string, string][];
  embassies: string[];
  pairs: Pair[];
  nationalities: NationalityHit[];
}

/** Paragraph results kept between analyses: looked up by span, stored under the key the lookup
 *  gave. A self-contained paragraph's results depend on its text alone: its sentence breaks too
 *  (parseArticle splits each paragraph on its own, and splitSentences reads only inside it). */
export interface ParaCache {
  lookup(span: Span): { value: ParaLocal | undefined; key: string };
  store(span: Span, key: string, value: ParaLocal): void;
}

/** Coreference with reuse: called with the stage's inputs and the function that computes it. */
export type SpeakerStage = (drafts: Draft[], setting: Setting, compute: typeof resolveSpeakers) => Resolved;

/** What an incremental re-analysis lends the engine (src/core/incremental); all optional. */
export interface AttributionCaches {
  paras?: ParaCache;
  /** `findQuoteRegions` with reuse (same answer). */
  regions?: (text: string, paragraphs: Span[]) => QuoteRegion[];
  speakers?: SpeakerStage;
  /** The whole answer from the last analysis's, when the edit allows it exactly; null: compute. */
  splice?: (article: Article) => Attribution | null;
  /** Told what a computed run found, for the next splice. */
  done?: (run: AttributionRun) => void;
}

/** A computed run's intermediate results: `local` per paragraph (its drafts before settling) and
 *  `drafts` settled, in reading order, after coreference (which fills in relays). */
export interface AttributionRun {
  paraSpans: Span[];
  regions: QuoteRegion[];
  local: ParaLocal[];
  drafts: Draft[];
  setting: Setting;
  resolved: Resolved;
  attribution: Attribution;
}

export function findAttributions(article: Article, caches?: AttributionCaches): Attribution {
  const spliced = caches?.splice?.(article);
  if (spliced) return spliced;
  const cache = caches?.paras;
  const text = article.text;
  const paraSpans = outsideBoilerplate(article.paragraphs, article.boilerplate);
  const regions = (caches?.regions ?? findQuoteRegions)(text, paraSpans);
  // A paragraph is self-contained when no quotation runs into or out of it: then its local results
  // depend on its own text alone, and an unchanged one can be reused.
  // (Pushed: fill() on a new Array(n) runs the generic holey-array path, costlier than the loop.)
  const firstRegion: number[] = [];
  const spansParas: boolean[] = [];
  for (let k = 0; k < paraSpans.length; k++) {
    firstRegion.push(-1);
    spansParas.push(false);
  }
  for (let id = 0; id < regions.length; id++) {
    const r = regions[id];
    if (firstRegion[r.paras[0]] < 0) firstRegion[r.paras[0]] = id;
    if (r.paras.length > 1) for (const p of r.paras) spansParas[p] = true;
  }

  const drafts: Draft[] = [];
  const consumed = new Set<number>(); // regions already part of a quote
  const local: ParaLocal[] = [];
  for (let index = 0; index < paraSpans.length; index++) {
    const span = paraSpans[index];
    const selfContained = !spansParas[index];
    let key = '';
    if (cache && selfContained) {
      const found = cache.lookup(span);
      key = found.key;
      const hit = found.value;
      if (hit) {
        const base = firstRegion[index] < 0 ? hit.regionBase : firstRegion[index];
        const out = reuseLocal(hit, span[0] - hit.start, base - hit.regionBase, index, drafts[drafts.length - 1] ?? null);
        for (const d of out.drafts) drafts.push(d);
        local.push(out);
        continue;
      }
    }
    const result = paragraphLocal(article, span, index, regions, consumed, drafts[drafts.length - 1] ?? null, firstRegion[index]);
    for (const d of result.drafts) drafts.push(d);
    local.push(result);
    // The cache keeps a copy: the drafts in hand are changed by the global steps below.
    if (cache && selfContained) cache.store(span, key, reuseLocal(result, 0, 0, index, null));
  }

  // One quote per quotation, spans that nest or stay apart, whatever the rules above claimed.
  settleQuotes(text, drafts);

  // Coreference, in reading order.
  drafts.sort((x, y) => x.pos - y.pos);
  // The paragraphs' lists, joined in one walk (the headline and dateline's nationality words after
  // the body's).
  const names: KnownName[] = [];
  const qualifiers: [string, string][] = [];
  const embassies: string[] = [];
  const pairs: Pair[] = [];
  const nationalities: NationalityHit[] = [];
  for (const l of local) {
    for (const x of l.names) names.push(x);
    for (const x of l.qualifiers) qualifiers.push(x);
    for (const x of l.embassies) embassies.push(x);
    for (const x of l.pairs) pairs.push(x);
    for (const x of l.nationalities) nationalities.push(x);
  }
  // The headline and dateline place often name the country the body only qualifies ("Iranian").
  // Only short ones: a malformed file's "headline" can be its whole text.
  // (A loop: flatMap's generic flattening cost more than tokenizing the two lines.)
  for (const h of [article.headline, article.dateline]) if (h && h.span[1] - h.span[0] < 400) {
    const caps: number[] = [];
    const toks = tokenize(text, h.span[0], h.span[1], caps);
    for (const x of nationalityHits(toks, caps)) nationalities.push(x);
  }
  const setting: Setting = {
    names,
    qualifiers,
    // "the US Embassy in Oslo" named once: a later "the embassy" is that one; several, any of them.
    embassy: onlyOne(embassies),
    pairs,
    nationality: mainNationality(nationalities),
    lede: paraSpans[0] ? detached(text.slice(paraSpans[0][0], paraSpans[0][1])) : '', // kept across edits (detached.ts)
    ledeEnd: paraSpans[0]?.[1] ?? 0,
    nextEnd: paraSpans[1]?.[1] ?? 0,
  };
  const resolved = caches?.speakers ? caches.speakers(drafts, setting, resolveSpeakers) : resolveSpeakers(drafts, setting);
  // Quotes are written once every mention is known: a later name can rename an earlier entity.
  const quotes: Quote[] = [];
  drafts.forEach((d, k) => quotes.push(quoteOf(text, d, k, `q${quotes.length + 1}`, resolved)));
  const out = { quotes, speakers: resolved.speakers };
  caches?.done?.({ paraSpans, regions, local, drafts, setting, resolved, attribution: out });
  return out;
}

/** One paragraph's local results (drafts before settling, names, ...); `before`: the last draft of
 *  the paragraphs before it; `firstRegion`: its first quotation region's number (-1: none). */
export function paragraphLocal(article: Article, span: Span, index: number, regions: QuoteRegion[], consumed: Set<number>, before: Draft | null, firstRegion: number): ParaLocal {
  const text = article.text;
  const p = buildPara(text, article, span, index, regions);
  const own = paraDrafts(text, p, regions, consumed, before);
  // The name, pair and nationality scans start only at capitalised words (found by the tokenizer);
  // qualifiers need a word of QUALIFIER_HEADS, nationalities a nationality word.
  const caps = p.caps;
  const { qualifiers, embassies } = p.classes & W_QUALIFIER_HEAD ? collectQualifiers(p.toks) : { qualifiers: [], embassies: [] };
  const sameIdx: (number | null)[] = [];
  for (const d of own) sameIdx.push(sameAsIndex(d, own, before));
  return {
    start: span[0],
    regionBase: firstRegion < 0 ? 0 : firstRegion,
    drafts: own,
    sameIdx,
    names: collectNames(p.toks, caps),
    qualifiers,
    embassies,
    pairs: collectPairs(p.toks, caps),
    nationalities: p.classes & W_NATION ? nationalityHits(p.toks, caps) : [],
  };
}

/** The quote a settled, resolved draft becomes (`k`: its place among the drafts in reading order). */
export function quoteOf(text: string, d: Draft, k: number, id: string, resolved: Resolved): Quote {
  const e = resolved.entity[k];
  // Settled spans come sorted: copy them, and sort only a list that is not.
  const spans = d.spans.slice();
  if (!sortedByStart(spans)) spans.sort((a, b) => a[0] - b[0]);
  const speaker = {
    id: e < 0 ? null : resolved.ids[e],
    entity: e < 0 ? null : resolved.names[e],
    mention: d.mention && d.sameAs === null ? d.mention.text : d.mention?.text ?? null,
    mentionSpan: d.mention ? ([d.mention.s, d.mention.e] as Span) : null,
  };
  // Two literals rather than a spread: "cueParts" sits between "cue" and "speaker" when present.
  return d.cueParts && d.cueParts.length > 1
    ? { id, type: d.type, spans, text: joinSpans(text, spans), cue: d.cue, cueParts: d.cueParts, speaker, via: resolved.via[k] }
    : { id, type: d.type, spans, text: joinSpans(text, spans), cue: d.cue, speaker, via: resolved.via[k] };
}

/** The paragraphs that overlap no boilerplate span. Both lists are in text order and the spans of
 *  each apart (checked), so one walk over both does; else every pair is compared. */
export function outsideBoilerplate(paragraphs: Span[], boilerplate: Span[]): Span[] {
  if (!boilerplate.length) return paragraphs.slice();
  if (!inOrderApart(paragraphs) || !inOrderApart(boilerplate)) return paragraphs.filter(([s, e]) => !boilerplate.some(([bs, be]) => s < be && bs < e));
  const out: Span[] = [];
  let j = 0;
  // Indexed, not for-of: on the editor's path it runs once per keystroke, mostly unoptimised,
  // where for-of makes an iterator result per paragraph.
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    while (j < boilerplate.length && boilerplate[j][1] <= p[0]) j++;
    // boilerplate[j] is the first span ending after p starts: p overlaps one iff that one starts before p ends.
    if (!(j < boilerplate.length && boilerplate[j][0] < p[1])) out.push(p);
  }
  return out;
}

/** Spans [start, end] with start <= end, each ending before the next starts. */
function inOrderApart(spans: Span[]): boolean {
  for (let k = 0; k < spans.length; k++) if (spans[k][0] > spans[k][1] || (k > 0 && spans[k][0] < spans[k - 1][1])) return false;
  return true;
}

const onlyOne = (xs: string[]): string | null => {
  const set = new Set(xs);
  return set.size === 1 ? xs[0] : null;
};

/** What coreference reads besides the drafts: names, qualifiers and pairs found in the body, the
 *  article's country, and the lede (for a role named before its holder). */
export interface Setting {
  names: KnownName[];
  qualifiers: [string, string][];
  embassy: string | null;
  pairs: Pair[];
  nationality: string | null;
  lede: string;
  ledeEnd: number;
  nextEnd: number;
}

/** Last letter "e" or "E": the regex test for "... source" runs on few descriptions. */
const endsInE = (s: string): boolean => (s.charCodeAt(s.length - 1) | 32) === 101;

/** Coreference's answer: per draft (sorted by position) the index of its entity (-1: none) and its relay. */
export interface Resolved {
  entity: number[];
  ids: string[];
  names: string[];
  via: (string | null)[];
  speakers: Speaker[];
  /** For resuming a later run (asked for with `every`). */
  trace?: CorefTrace;
}

/** Resolves every draft's speaker and relay, in reading order (`drafts` sorted by position).
 *  `every`: keep the registry every that many drafts (a trace); `resume`: start from a trace's
 *  checkpoint instead of the first draft (see incremental/corefResume.ts for when that is exact). */
export function resolveSpeakers(drafts: Draft[], setting: Setting, every = 0, resume?: CorefResume): Resolved {
  const { registry, trace } = corefPass(drafts, setting, every, resume);
  nameLedeDescription(drafts, { text: setting.lede, end: setting.ledeEnd }, setting.nextEnd);
  for (const d of drafts) {
    const gov = d.entity && d.entity.kind === 'organization' ? governmentSpeaker(d.entity.name, d.cue?.text) : null;
    if (gov) d.entity!.name = gov;
  }
  // Entities numbered in order of first use; one walk, lists pushed (no map() or key spread).
  const index = new Map<Entity, number>();
  const used = new Set<string>();
  const entity: number[] = [];
  const ids: string[] = [];
  const names: string[] = [];
  const via: (string | null)[] = [];
  for (const d of drafts) {
    via.push(d.via);
    const e = d.entity;
    if (!e) {
      entity.push(-1);
      continue;
    }
    used.add(e.id);
    let k = index.get(e);
    if (k === undefined) {
      index.set(e, (k = ids.length));
      ids.push(e.id);
      names.push(e.name);
    }
    entity.push(k);
  }
  return { entity, ids, names, via, speakers: registry.speakers(used), trace };
}

/** Coreference's pass over the drafts in reading order, with its trace (every `every` drafts a
 *  checkpoint): what the steps after it (resolveSpeakers) start from. */
export function corefPass(drafts: Draft[], setting: Setting, every = 0, resume?: CorefResume): { registry: EntityRegistry; trace: CorefTrace | undefined } {
  const registry = new EntityRegistry(setting.names);
  for (const [head, full] of setting.qualifiers) registry.addQualifier(head, full);
  if (setting.embassy) registry.addQualifier('embassy', setting.embassy);
  for (const pair of setting.pairs) registry.addPair(pair.name, pair.role, pair.pos);
  registry.nationality = setting.nationality;
  // Everything a run's trace holds is written in the pass: the steps after it change the live
  // entities (names, mentions past a checkpoint's count) and the drafts' entities, never a draft's relay.
  const trace: CorefTrace | undefined = every > 0 ? { every, checkpoints: [], entityAt: new Int32Array(drafts.length), mention: new Array(drafts.length), via: new Array(drafts.length) } : undefined;
  let start = 0;
  if (resume) {
    // The drafts before the checkpoint as the traced run left them, on the restored entities.
    const was = resume.trace;
    registry.restore(was.checkpoints[resume.at]);
    start = (resume.at + 1) * was.every;
    for (let k = 0; k < start; k++) {
      const d = drafts[k];
      const at = was.entityAt[k];
      d.entity = at < 0 ? null : registry.entities[at];
      d.mention = was.mention[k];
      d.via = was.via[k];
    }
    if (trace) {
      for (let i = 0; i <= resume.at; i++) trace.checkpoints.push(was.checkpoints[i]);
      trace.entityAt.set(was.entityAt.subarray(0, start));
      for (let k = 0; k < start; k++) {
        trace.mention[k] = was.mention[k];
        trace.via[k] = was.via[k];
      }
    }
  }
  const relays = new Map<string, MentionInfo>();
  for (let k = start; k < drafts.length; k++) {
    const d = drafts[k];
    // (A resumed run already holds the checkpoint it started from.)
    if (trace && k > start && k % every === 0) trace.checkpoints.push(registry.snapshot());
    let entity: Entity | null = null;
    if (!d.via && d.viaMention) {
      const ve = registry.resolve(d.viaMention, d.viaMention.s);
      if (ve) d.via = d.viaMention.pronoun || (d.viaMention.anaphoric && !d.viaMention.name) ? ve.name : d.viaMention.text;
    } else if (d.viaMention) {
      registry.resolve(d.viaMention, d.viaMention.s);
    }
    // A relay named outright is an organisation the article has now mentioned ("the website" later).
    if (d.via && !d.viaMention) {
      // One mention per relay text, moved to each draft's place: the registry keeps none of it
      // (an empty span records no mention), and an article names its few outlets many times.
      let m = relays.get(d.via);
      if (!m) relays.set(d.via, (m = { s: 0, e: 0, text: d.via, name: d.via.replace(/^(the|a|an)\s+/i, ''), description: null, pronoun: null, kind: 'organization', role: null, affiliation: null, gender: null, plural: false, traits: [], age: null, parts: null, anaphoric: false }));
      m.s = m.e = d.pos;
      registry.resolve(m, d.pos);
    }
    if (d.mention) {
      // "its source", or "a source" relayed by an outlet: that outlet's source ("Znak.com's source").
      const m = d.mention;
      if (m.description && endsInE(m.description) && /\bsource$/i.test(m.description) && !/['’]/.test(m.description)) {
        const own = /^(its|their)\b/i.exec(m.text);
        // The outlet that relays the quote owns the source; else the organisation "its" points to.
        const relay = d.via && !/^(the|a|an)\s/i.test(d.via) ? d.via : null;
        const owner = relay ?? (own ? registry.peekPronoun(own[1].toLowerCase() === 'its' ? 'it' : 'they', m.s)?.name : null);
        if (owner) {
          const known = registry.ownedSource(owner);
          const desc = m.description.replace(/^(its|their|an?|the)\s+/i, '');
          d.mention = { ...m, description: known ? known.name : `${owner}'s ${desc}`, anaphoric: false };
          if (!d.via) d.via = owner;
        }
      }
      entity = registry.resolve(d.mention, d.mention.s);
    } else if (d.sameAs) {
      entity = d.sameAs.entity;
    }
    d.entity = entity;
    if (trace) {
      // Entities are numbered in the order made ("s1" is the first): the number is the place.
      trace.entityAt[k] = entity ? +entity.id.slice(1) - 1 : -1;
      trace.mention[k] = d.mention;
      trace.via[k] = d.via;
    }
  }
  return { registry, trace };
}


/**
 * Where a draft's `sameAs` points, for reuse elsewhere: a draft of its own paragraph, -1 for "the
 * last draft before the paragraph", or null. A floating quote (no cue, no mention) always takes the
 * draft before it: when the paragraph was read with none before it, that is still -1, so the same
 * paragraph reused after a quote takes that quote's speaker.
 */
function sameAsIndex(d: Draft, own: Draft[], before: Draft | null): number | null {
  if (d.sameAs === null) return before === null && d.cue === null && d.mention === null ? -1 : null;
  return d.sameAs === before ? -1 : own.indexOf(d.sameAs);
}

const NO_DRAFTS: Draft[] = [];

/** The drafts of one paragraph, in the order found; `before` is the last draft of the paragraphs before. */
function paraDrafts(text: string, p: Para, regions: QuoteRegion[], consumed: Set<number>, before: Draft | null): Draft[] {
  const drafts: Draft[] = [];
  let lastDirect: Draft | null = null;
  // Every cue starts at a W_CUE word: a paragraph without one has no frames.
  const cued = (p.classes & W_CUE) !== 0;
  for (let u = 0; u < p.units.length; u++) {
    const unit = p.units[u];
    const frames = cued ? framesInUnit(text, p.toks, unit.a, unit.b) : NO_FRAMES;
    // Most units have no frame: they share one empty list (never written to) instead of a new one each.
    const unitDrafts: Draft[] = frames.length ? [] : NO_DRAFTS;
    // Only a unit's drafts take its leading relay: most units have none to give it to.
    const lead = frames.length ? leadingVia(text, p.toks, unit) : null;
    const leadVia = lead && detached(lead); // kept in drafts across edits (detached.ts)
    for (const f of frames) {
      const d = draftFromFrame(text, p, f, regions, consumed, u, unitDrafts);
      if (!d) continue;
      if (!d.via && leadVia) d.via = leadVia;
      unitDrafts.push(d);
    }
    // Attach a cue-less pure quotation to the quote before it in the same paragraph.
    // (Read only for a unit without frames: nothing else asks.)
    const pure = frames.length ? null : pureQuote(p, unit, regions);
    if (!frames.length && pure !== null && !consumed.has(pure)) {
      const prev = drafts[drafts.length - 1] ?? before;
      if (lastDirect && prev === lastDirect) {
        addRegion(lastDirect, regions[pure], pure, consumed);
        continue;
      }
      // "X criticized the decision via Twitter." followed by the quotation: the quote is the content.
      if (prev && prev.para === p.index && prev.unit === u - 1 && prev.type === 'indirect' && shortObject(prev, text) && prev.cueKind !== 'according') {
        prev.type = 'direct';
        prev.spans = [];
        addRegion(prev, regions[pure], pure, consumed);
        lastDirect = prev;
        continue;
      }
      // A floating quote: the speaker of the quote before it.
      const d: Draft = {
        type: 'direct', spans: [], cue: null, mention: null, sameAs: prev, via: null, viaMention: null,
        pos: p.toks[unit.a].s, entity: null, cueKind: null, para: p.index, unit: u, regions: [],
      };
      addRegion(d, regions[pure], pure, consumed);
      drafts.push(d);
      lastDirect = d;
      continue;
    }
    for (const d of unitDrafts) drafts.push(d);
    if (unitDrafts.length) {
      const lastD = unitDrafts[unitDrafts.length - 1];
      lastDirect = lastD.type === 'direct' ? lastD : null;
    } else if (frames.length) lastDirect = null;
    else if (pure === null) lastDirect = null;
  }
  return drafts;
}

/**
 * A copy of a paragraph's local results for this analysis, moved by `delta` characters and
 * `regionDelta` quotation regions, its drafts keyed to paragraph `index`; a draft whose speaker is
 * "the quote before" points at `before`. What the global steps change (a draft's fields, its span
 * and region lists) is copied; what they only read (mentions, cues, span pairs) is shared when it
 * does not move. Nothing downstream writes into an analysis's cues or spans.
 */
function reuseLocal(l: ParaLocal, delta: number, regionDelta: number, index: number, before: Draft | null): ParaLocal {
  const drafts = l.drafts.map((d): Draft => {
    let cue = d.cue;
    let cueParts = d.cueParts;
    if (delta && cueParts) {
      const at = cue ? cueParts.indexOf(cue) : -1;
      cueParts = cueParts.map((c) => shiftTextSpan(c, delta));
      cue = at >= 0 ? cueParts[at] : cue && shiftTextSpan(cue, delta);
    } else if (delta && cue) {
      cue = shiftTextSpan(cue, delta);
    }
    const draft: Draft = {
      type: d.type,
      spans: delta ? d.spans.map((x) => shiftSpan(x, delta)) : d.spans.slice(),
      cue,
      mention: d.mention && shiftMention(d.mention, delta),
      sameAs: null,
      via: d.via,
      viaMention: d.viaMention && shiftMention(d.viaMention, delta),
      pos: d.pos + delta,
      entity: null,
      cueKind: d.cueKind,
      para: index,
      unit: d.unit,
      regions: regionDelta ? d.regions.map((r) => r + regionDelta) : d.regions.slice(),
    };
    if (cueParts) draft.cueParts = cueParts;
    return draft;
  });
  l.sameIdx.forEach((k, i) => {
    drafts[i].sameAs = k === null ? null : k < 0 ? before : drafts[k];
  });
  return {
    start: l.start + delta,
    regionBase: l.regionBase + regionDelta,
    drafts,
    sameIdx: l.sameIdx,
    names: delta ? movedAll(l.names, delta, movedName) : l.names,
    qualifiers: l.qualifiers,
    embassies: l.embassies,
    pairs: delta ? movedAll(l.pairs, delta, movedPair) : l.pairs,
    nationalities: l.nationalities,
  };
}

function buildPara(text: string, article: Article, span: Span, index: number, regions: QuoteRegion[]): Para {
  const caps: number[] = [];
  const seen: TokenSummary = { classes: 0 };
  const toks = tokenize(text, span[0], span[1], caps, seen);
  const classes = seen.classes;
  // Mark tokens inside quotations (marks included).
  let from = 0;
  // Regions are in text order and never overlap: start at the first one reaching this paragraph
  // (a scan of all regions per paragraph would be quadratic on long articles).
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const ps = regions[mid].paras;
    if (ps[ps.length - 1] < index) lo = mid + 1;
    else hi = mid;
  }
  for (let r = lo; r < regions.length && regions[r].paras[0] <= index; r++) {
    const region = regions[r];
    for (let k = 0; k < region.spans.length; k++) {
      if (region.paras[k] !== index) continue;
      const [s, e] = region.spans[k];
      // Regions come in text order, so the token scan resumes where the last one stopped.
      while (from < toks.length && toks[from].s < s) from++;
      for (let m = from; m < toks.length && toks[m].e <= e; m++) {
        const t = toks[m];
        t.quote = r;
        if ((t.s === s || t.e === e) && t.kind === 'p' && isQuoteMark(t.text)) t.kind = 'q';
      }
    }
  }
  // Units: the article's sentences in this paragraph, merged where a quotation crosses a boundary.
  const sents = sentencesIn(article.sentences, span);
  const bounds = sents.length ? sents : [span];
  const units: TokRange[] = [];
  let cur: TokRange | null = null;
  let k = 0;
  for (const [s, e] of bounds) {
    let a = k;
    while (a < toks.length && toks[a].s < s) a++;
    let b = a;
    while (b < toks.length && toks[b].e <= e) b++;
    k = b;
    if (b <= a) continue;
    if (cur && (toks[a].quote >= 0 && toks[a].quote === toks[cur.b - 1].quote && toks[a].kind !== 'q' || crosses(toks, cur.b))) {
      cur.b = b;
    } else {
      if (cur) units.push(cur);
      cur = { a, b };
    }
  }
  if (cur) units.push(cur);
  // Tokens outside every sentence (rare) join the last unit.
  if (units.length && units[units.length - 1].b < toks.length) units[units.length - 1].b = toks.length;
  return { index, span, toks, units: capUnits(toks, units), caps, classes };
}

/** `/["“”«»„]/.test(w)` for a punctuation token's text (one character, or a surrogate pair that is none of these). */
function isQuoteMark(w: string): boolean {
  if (w.length !== 1) return /["“”«»„]/.test(w);
  const c = w.charCodeAt(0);
  return c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e;
}

/** True when the quotation open at token `i - 1` is still open at `i`. */
function crosses(toks: Token[], i: number): boolean {
  if (i <= 0 || i >= toks.length) return false;
  const a = toks[i - 1];
  const b = toks[i];
  return a.quote >= 0 && a.quote === b.quote && !(a.kind === 'q' && isClosing(a));
}

function isClosing(t: Token): boolean {
  return /[”»]/.test(t.text) || t.text === '"';
}

/** The region that makes up this whole unit (trailing punctuation allowed), or null. */
function pureQuote(p: Para, unit: TokRange, regions: QuoteRegion[]): number | null {
  void regions;
  const first = p.toks[unit.a];
  if (first.quote < 0) return null;
  const r = first.quote;
  for (let k = unit.a; k < unit.b; k++) {
    const t = p.toks[k];
    if (t.quote === r) continue;
    if (t.kind === 'p') continue;
    return null;
  }
  return r;
}

function addRegion(d: Draft, region: QuoteRegion, r: number, consumed: Set<number>) {
  consumed.add(r);
  d.regions.push(r);
  for (const s of region.spans) if (!d.spans.some((x) => x[0] === s[0])) d.spans.push([s[0], s[1]]);
}

function shortObject(d: Draft, text: string): boolean {
  if (d.spans.length !== 1) return false;
  // Six words are enough to tell "at most five".
  const words = leadingWords(text.slice(d.spans[0][0], d.spans[0][1]), 6);
  return words.length <= 5 && !/^that\b/.test(words[0] ?? '') && d.cueKind !== 'speech';
}

function draftFromFrame(text: string, p: Para, f: Frame, regions: QuoteRegion[], consumed: Set<number>, unit: number, siblings: Draft[]): Draft | null {
  const toks = p.toks;
  // Content tokens -> spans; classify by quotation marks. (Ranges are rarely empty: the list is
  // copied without them only when one is.)
  let ranges = f.content;
  for (const c of ranges) if (c.b <= c.a) { ranges = f.content.filter((x) => x.b > x.a); break; }
  if (!ranges.length) return null;
  // The quotation regions in the content, in the order met (a few: an array, no Set).
  const regionIds: number[] = [];
  let outside = 0;
  for (const c of ranges) {
    for (let k = c.a; k < c.b; k++) {
      const t = toks[k];
      const r = t.quote;
      if (r >= 0) {
        if (r !== regionIds[regionIds.length - 1] && !regionIds.includes(r)) regionIds.push(r);
        // A quotation's tokens come in one run: step over the rest of it.
        while (k + 1 < c.b && toks[k + 1].quote === r) k++;
      } else if (outside === 0 && t.kind === 'w' && !(t.low === 'and' && between(toks, k))) outside = 1; // (only "any?" is asked)
    }
  }
  let type: QuoteType = regionIds.length ? (outside === 0 ? 'direct' : 'mixed') : 'indirect';
  let spans: Span[];
  if (type === 'direct') {
    spans = [];
    for (const r of regionIds.length > 1 ? regionIds.slice().sort((x, y) => x - y) : regionIds) {
      for (const s of regions[r].spans) spans.push([s[0], s[1]]);
      consumed.add(r);
    }
  } else {
    // Pushed, not map()ped: map() inlined by the optimising compiler makes a holey array, of a
    // map spanWords (inlined here) never saw, and draftFromFrame was deoptimised and recompiled.
    spans = [];
    for (const c of ranges) spans.push([toks[c.a].s, toks[c.b - 1].e]);
    // A mixed quote that ends in an unclosed quotation running on: take the rest too.
    for (const r of regionIds) {
      consumed.add(r);
      const reg = regions[r];
      for (let k = 1; k < reg.spans.length; k++) if (reg.paras[k] !== p.index) spans.push([reg.spans[k][0], reg.spans[k][1]]);
    }
  }
  // The content's text and first words serve the tests of reported clauses and of naming verbs
  // only: a direct quote after another verb needs neither.
  // Five words are enough for the "at most two" and "at most four" tests below (read from the
  // spans in place: the same words as from their text joined by spaces).
  const naming = f.cue.lemma === 'call' || f.cue.lemma === 'name';
  const words = type === 'indirect' || naming ? spanWords(text, spans, 5) : [];
  // Quotes too short to be statements ("called for his release" stays; a lone pronoun does not).
  // (The content's trimmed text is one word exactly when it has one word.)
  if (type === 'indirect' && words.length === 1 && /^(him|her|them|it|me|us|this|that|so)$/i.test(words[0])) return null;
  // A bare noun after a verb of saying is rarely a statement ("were maintaining professionalism").
  if (type === 'indirect' && f.cue.kind === 'speech' && words.length <= 2 && !/^that$/i.test(words[0] ?? '')) return null;
  // "confirmed the nomination" is a vote, "confirmed that ..." a statement.
  if ((f.cue.lemma === 'confirm' || f.cue.lemma === 'announce' && false) && type === 'indirect' && !hasClause(toks, ranges)) return null;
  // "a program called 'Learning Together'", "a chef named X": naming, not speech.
  if ((f.cue.lemma === 'call' || f.cue.lemma === 'name') && toks[ranges[0].a].quote >= 0 && words.length <= 4) return null;
  // "named it 'Operation Dawn'": a quoted proper name is a name given, not words said.
  if ((f.cue.lemma === 'call' || f.cue.lemma === 'name') && titleCaseQuote(toks, ranges)) return null;
  // "called X into a meeting" summons; "called X a Y" or "called X 'Y'" characterises.
  if (f.cue.lemma === 'call' && type !== 'direct' && toks[ranges[0].a].quote < 0 && !quoteWithin(toks, ranges[0].a, 4) && ranges.some((c) => toks.slice(c.a, Math.min(c.b, c.a + 6)).some((t) => t.kind === 'w' && /^(into|to|on|in|at|from|back|off|up|out)$/.test(t.low)))) return null;

  // The cue is its first word group, text equal to its span; the other groups ride in cueParts.
  const cueParts: TextSpan[] = [];
  for (const r of f.cueRanges) cueParts.push({ text: detached(text.slice(toks[r.a].s, toks[r.b - 1].e)), span: [toks[r.a].s, toks[r.b - 1].e] });
  const cue = cueParts[0];
  const cueSpan = cue.span;
  if (cueParts.length > 1) cueParts.sort((x, y) => x.span[0] - y.span[0]);
  let mention: MentionInfo | null = null;
  let sameAs: Draft | null = null;
  if (f.inheritFrom && f.inheritFrom.cue.kind === 'quotedAs' && f.inheritFrom.via) {
    // "It cited X as stating ..., and claimed ...": the second verb is the citing subject's own.
    mention = mentionIn(text, toks, f.inheritFrom.via.a, f.inheritFrom.via.b, MENTIONS);
    if (!mention) return null;
  } else if (f.inheritFrom) {
    // Follow the chain past frames that were folded into others ("posted ... blaming ..., saying").
    let host: Frame = f.inheritFrom;
    while ((host.dropped || !host.speaker) && host.inheritFrom) host = host.inheritFrom;
    sameAs = siblings.find((s) => s.cue && s.cue.span[0] === toks[host.cue.a].s) ?? null;
    if (sameAs) mention = sameAs.mention;
    else if (host.speaker) mention = mentionIn(text, toks, host.speaker.a, host.speaker.b, MENTIONS);
    if (!mention && !sameAs) return null;
  } else if (f.speaker) {
    mention = mentionIn(text, toks, f.speaker.a, f.speaker.b, MENTIONS);
    if (!mention) return null;
  }
  let via: string | null = null;
  let viaMention: MentionInfo | null = null;
  // "Reuters, citing anonymous sources, reported ...": the sources speak, Reuters relays.
  if (f.speaker && !f.via && mention) {
    for (let k = f.speaker.b; k < f.cue.a; k++) {
      if (toks[k].low !== 'citing' && toks[k].low !== 'quoting') continue;
      let e = k + 1;
      while (e < f.cue.a && toks[e].text !== ',') e++;
      const cited = mentionIn(text, toks, k + 1, e, MENTIONS);
      if (cited) {
        via = mention.text;
        mention = cited;
      }
      break;
    }
  }
  // '..., they said': a pronoun after the content can stand for the content's own subject
  // ("Prosecutors charged him, they said").
  if (mention?.pronoun === 'they' && f.contentFirst && toks[ranges[0].a].quote < 0) {
    const np = npForward(toks, ranges[0].a, ranges[0].b);
    const sub = np ? mentionIn(text, toks, np.a, np.b, MENTIONS) : null;
    if (sub && sub.plural && sub.description) mention = { ...sub, s: mention.s, e: mention.e, text: mention.text };
  }
  if (f.via) {
    const vm = mentionIn(text, toks, f.via.a, f.via.b, MENTIONS);
    const vt = text.slice(toks[f.via.a].s, toks[f.via.b - 1].e);
    const low = vt.toLowerCase();
    if (!PLATFORMS.has(low) && !/^(twitter|facebook)/i.test(vt)) {
      if (vm && (vm.pronoun || (vm.anaphoric && !vm.name))) viaMention = vm;
      else via = ofOutlet(vt);
    }
  } else if (f.cue.lemma === 'tell' && !f.contentFirst) {
    via = toldVia(text, toks, f);
  } else if (f.cue.lemma === 'tell' && f.contentFirst) {
    via = toldVia(text, toks, f);
  }
  if (sameAs && !via && sameAs.via && f.cue.lemma !== 'tell') via = null;
  return {
    type, spans, cue, cueParts, mention, sameAs: mention ? null : sameAs, via: via && detached(via), viaMention,
    pos: Math.min(spans[0][0], cueSpan[0]), entity: null, cueKind: f.cue.kind, para: p.index, unit, regions: regionIds,
  };
}

/**
 * Mentions read, by the text of their token range. An article names its speakers many times in
 * the same words ("the spokesman", "Robert Halfield-Marhamson", "he"), and the articles of a
 * workspace name them in the same words as each other; a reading depends on that text alone: the
 * tokens in the range are cut the same from the same characters (a range starts and ends at token
 * edges), and readMention reads nothing outside it. A repeat is the first reading moved to its
 * place (shiftMention copies the positions; the strings, already copies of their own, are shared).
 */
export type MentionMemo = Map<string, { at: number; m: MentionInfo | null }>;

/** Range texts a memo holds at most: emptied when full (a text read again after that is read afresh).
 *  Full of long appositive mentions ("Councillor Anna Lund, the chair of the transport committee")
 *  it holds about 4 MB; over six new 1 MB varied corpora read in turn, 66-70% of mentions are found
 *  in it (66-72% at twice the size, 65-68% at half). */
export const MENTION_MEMO_MAX = 4096;
/** Characters of the longest range text the memo keeps. */
export const MENTION_KEY_MAX = 256;

/** The memo every findAttributions run shares, as the tokenizer's word tables are shared: of the
 *  mentions in a megabyte of new varied articles, 66-70% repeat a range text an earlier article
 *  or the same one already read (40% within the article alone). */
const MENTIONS: MentionMemo = new Map();

export function mentionIn(text: string, toks: Token[], a: number, b: number, memo: MentionMemo | undefined): MentionInfo | null {
  // A range longer than a name and its title (a parenthetical after "according to") is read
  // afresh: it seldom repeats, and the memo outlives the article.
  if (!memo || a >= b || toks[b - 1].e - toks[a].s > MENTION_KEY_MAX) return readMention(text, toks, a, b);
  const at = toks[a].s;
  const key = text.slice(at, toks[b - 1].e);
  const hit = memo.get(key);
  if (hit) return hit.m && shiftMention(hit.m, at - hit.at);
  const m = readMention(text, toks, a, b);
  if (memo.size >= MENTION_MEMO_MAX) memo.clear();
  // The key outlives the article: a copy of its own, not a view of the text (detached.ts); the
  // mention's own text is one already when it spans the whole range.
  memo.set(m && m.s === at && m.e === toks[b - 1].e ? m.text : detached(key), { at, m });
  return m;
}

function sortedByStart(spans: Span[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k][0] < spans[k - 1][0]) return false;
  return true;
}

/** The first `max` words of the spans' texts joined by single spaces (`leadingWords(joinSpans(text,
 *  spans), max)`), read in place: a span's end is a word break, as the joining space is. */
export function spanWords(text: string, spans: Span[], max: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < spans.length && out.length < max; k++) pushWords(text, spans[k][0], spans[k][1], max, out);
  return out;
}

/** The spans' texts joined by single spaces. */
function joinSpans(text: string, spans: Span[]): string {
  if (!spans.length) return '';
  let s = text.slice(spans[0][0], spans[0][1]);
  for (let k = 1; k < spans.length; k++) s += ' ' + text.slice(spans[k][0], spans[k][1]);
  return detached(s);
}

function between(toks: Token[], k: number): boolean {
  return toks[k - 1]?.quote >= 0 && toks[k + 1]?.quote >= 0;
}

/** "Martin Smith of PBS" relays through PBS. */
function ofOutlet(v: string): string {
  const m = /\bof\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}.'’ -]*)$/u.exec(v);
  return m ? m[1].trim() : v;
}

/** The object of "told" is a via when it is an outlet ("told the BBC"), not when it is an audience. */
function toldVia(text: string, toks: Token[], f: Frame): string | null {
  const i = f.cue.b;
  const np = npObjectAfterTell(toks, i);
  if (!np) return null;
  // The object's words, read in one walk (loops, not slice/filter/some closures): the first "of",
  // whether a media word or a capitalised word not a title (or an outlet) is among them, the
  // capitalised ones.
  const words: Token[] = [];
  const capWords: Token[] = [];
  let ofAt = -1;
  let media = false;
  let capNamed = false;
  for (let k = np.a; k < np.b; k++) {
    const t = toks[k];
    if (t.kind !== 'w') continue;
    if (ofAt < 0 && t.low === 'of') ofAt = words.length;
    if (MEDIA_WORDS.has(t.low)) media = true;
    if (t.cap) {
      capWords.push(t);
      if (OUTLETS.has(t.low) || !TITLE_WORDS.has(t.low)) capNamed = true;
    }
    words.push(t);
  }
  if (!words.length) return null;
  const head = (ofAt > 0 ? words[ofAt - 1] : words[words.length - 1]).low;
  if (AUDIENCE_WORDS.has(head)) return null;
  if (media || capNamed) {
    if (words.length === 1 && ['him', 'her', 'them', 'me', 'us'].includes(words[0].low)) return null;
    if (!capWords.length && !media) return null;
    // A person told ("told Smith") is not an outlet unless it looks like one.
    let orgish = media || capWords.length === 0;
    for (let k = 0; k < words.length && !orgish; k++) orgish = ORG_WORDS.has(words[k].low) || OUTLETS.has(words[k].low);
    for (let k = 0; k < capWords.length && !orgish; k++) orgish = /^[\p{Lu}\d-]{2,}$/u.test(capWords[k].text);
    if (!orgish && capWords.length >= 2 && !NATIONALITIES.has(capWords[0].low)) return null;
    return text.slice(toks[np.a].s, toks[np.b - 1].e);
  }
  return null;
}

function npObjectAfterTell(toks: Token[], i: number): TokRange | null {
  const t = toks[i];
  if (!t || t.kind !== 'w' || t.quote >= 0) return null;
  let j = i;
  if (/^(the|a|an|local|state|his|her|its|their)$/.test(t.low)) j++;
  if (toks[j] && ['local', 'state', 'national', 'foreign', 'russian', 'british'].includes(toks[j].low)) j++;
  if (toks[j]?.cap) {
    while (toks[j] && toks[j].quote < 0 && (toks[j].cap || toks[j].text === '-') && !/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(toks[j].low)) j++;
    while (toks[j] && toks[j].kind === 'w' && MEDIA_WORDS.has(toks[j].low)) j++;
    return { a: i, b: j };
  }
  let n = 0;
  while (toks[j] && toks[j].kind === 'w' && !toks[j].cap && n < 3 && toks[j].quote < 0) {
    const low = toks[j].low;
    j++;
    n++;
    if (MEDIA_WORDS.has(low) || AUDIENCE_WORDS.has(low)) break;
  }
  if (toks[j]?.low === 'of') {
    j++;
    while (toks[j] && toks[j].kind === 'w' && toks[j].quote < 0 && !/^(on|in|at|that|after|today|yesterday)$/.test(toks[j].low)) j++;
  }
  return j > i ? { a: i, b: j } : null;
}

const LEAD_SPEAKING = new Set(['speaking', 'talking', 'writing', 'appearing']);

/** "Speaking to NBC News, she said ..." / "In an interview with Sputnik News, X said ...". */
function leadingVia(text: string, toks: Token[], unit: TokRange): string | null {
  const t = toks[unit.a];
  if (!t || t.kind !== 'w') return null;
  let i = unit.a;
  const n1 = toks[i + 1]?.low;
  if (LEAD_SPEAKING.has(t.low) && (n1 === 'to' || n1 === 'on' || n1 === 'with' || n1 === 'in')) i += 2;
  else if (t.low === 'in' && (n1 === 'a' || n1 === 'an' || n1 === 'the') && (toks[i + 2]?.low === 'interview' || toks[i + 2]?.low === 'conversation') && toks[i + 3]?.low === 'with') i += 4;
  else return null;
  const np = npForward(toks, i, unit.b, true);
  if (!np) return null;
  const v = text.slice(toks[np.a].s, toks[np.b - 1].e);
  if (PLATFORMS.has(v.toLowerCase())) return null;
  return ofOutlet(v);
}

/** Full names in the article (two to four capitalised words) with the title words before them, and
 *  capitalised organisation names, for surname and acronym expansion. */
function collectNames(toks: Token[], caps: number[]): KnownName[] {
  const names: KnownName[] = [];
  let runEnd = 0;
  // Both kinds of name start at a capitalised word (`caps`, in order); a person's name read
  // resumes the scan after its last word.
  let next = 0;
  for (let c = 0; c < caps.length; c++) {
    const i = caps[c];
    if (i < next) continue;
    const t = toks[i];
    if (!isCapWord(t)) continue;
    if (classOf(t) & TITLE_ORG_NATION) {
      // An organisation phrase: "Radio Free Asia", "Federal Security Service". A run ends at the
      // same place from any word inside it, so it is scanned once (a headline-case page stays linear).
      if (i >= runEnd) {
        runEnd = i;
        while (runEnd < toks.length && (isCapWord(toks[runEnd]) || (isJoiner(toks[runEnd].low) && toks[runEnd + 1] && isCapWord(toks[runEnd + 1])))) runEnd++;
      }
      const j = runEnd;
      let i0 = i;
      while (i0 < j && isArticle(toks[i0].low)) i0++;
      // Longer runs are headline-style text, not one name.
      if (j - i0 >= 2 && j - i0 <= 12) names.push({ name: joinTexts(toks, i0, j), traits: [], pos: toks[i0].s, kind: 'organization' });
      continue;
    }
    if (isCapDeterminer(t)) continue;
    let j = i + 1;
    // An initial ("A.") is capitalised; a particle counts only before a name word, tested first
    // (a cheap test on the next token spares the particle lookup after most words).
    while (j < toks.length && (isNameWord(toks[j]) || (toks[j].cap && isInitial(toks[j].text)) || (toks[j + 1] && isNameWord(toks[j + 1]) && isParticle(toks[j])))) j++;
    if (j - i >= 2 && j - i <= 4) names.push({ name: joinTexts(toks, i, j), traits: titlesBefore(toks, i), pos: t.s, kind: 'person' });
    next = j;
  }
  return names;
}

/** A capitalised word, not a possessive ("Smith's" ends a name, it is not in one). */
function isCapWord(t: Token): boolean {
  if (!t.cap || t.kind !== 'w') return false;
  const n = t.text.length;
  const c = t.text.charCodeAt(n - 1);
  if (c === 39 || c === 0x2019) return false;
  // Read the character before only when there is one: charCodeAt(-1) deoptimises (out of bounds).
  if ((c === 115 || c === 83) && n > 1) {
    const c2 = t.text.charCodeAt(n - 2);
    return !(c2 === 39 || c2 === 0x2019);
  }
  return true;
}

/** A capitalised word that can be part of a person's name: no title, organisation or nationality word. */
function isNameWord(t: Token): boolean {
  return isCapWord(t) && !(classOf(t) & TITLE_ORG_NATION);
}

/** "A." in "John A. Smith" (a capital and its dot; the length test spares the regex most tokens). */
function isInitial(w: string): boolean {
  return (w.length === 2 || w.length === 3) && w.charCodeAt(w.length - 1) === 46 && /^\p{Lu}\.$/u.test(w);
}

const isJoiner = (w: string): boolean => w === 'of' || w === 'for' || w === 'and' || w === 'on';
const isArticle = (w: string): boolean => w === 'a' || w === 'an' || w === 'the' || w === 'this' || w === 'that';

/** "dr", "mr", "mrs", "ms", each with or without its dot. */
const SHORT_HONORIFICS = new Set(['dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.']);

/** Up to four title and nationality words right before a name ("Foreign Minister", "Dr."). */
function titlesBefore(toks: Token[], i: number): string[] {
  const traits: string[] = [];
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = toks[k];
    // W_TITLE_WORD and W_NATION_WORD are TITLE_WORDS and NATIONALITIES, read from the token's classes.
    if (t.kind !== 'w' || !((classOf(t) & (W_TITLE_WORD | W_NATION_WORD)) !== 0 || SHORT_HONORIFICS.has(t.low))) break;
    traits.push(t.low.charCodeAt(t.low.length - 1) === 46 ? t.low.slice(0, -1) : t.low);
  }
  return traits;
}

/** The texts of tokens a..b-1 joined by single spaces. */
function joinTexts(toks: Token[], a: number, b: number): string {
  let s = toks[a].text;
  for (let k = a + 1; k < b; k++) s += ' ' + toks[k].text;
  // Kept per paragraph across edits, yet no copy is needed: every token's text is a string of its
  // own (tokens.ts keeps each word's as a copy), so neither it nor a join of them holds the text.
  return s;
}

/** "<Place> police", "<Place>'s police", "<Nationality> state media": the qualified names of
 *  generic sources, so a bare "police" later in the article gets the same name. */
function collectQualifiers(toks: Token[]): { qualifiers: [string, string][]; embassies: string[] } {
  const out: [string, string][] = [];
  const embassies: string[] = [];
  // One pass for both lists (each keeps its own order).
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    // Only "police", "media" and "embassy" open one (W_QUALIFIER_HEAD: one bit test per word).
    if (t.kind !== 'w' || !(classOf(t) & W_QUALIFIER_HEAD)) continue;
    let head: string | null = null;
    let at = i;
    if (t.low === 'police' && !t.cap) head = 'police';
    else if (t.low === 'media' && toks[i - 1]?.low === 'state') { head = 'state media'; at = i - 1; }
    else if (t.low === 'embassy' && t.cap) embassyAt(toks, i, embassies);
    if (!head) continue;
    let k = at;
    while (k > 0 && toks[k - 1].kind === 'w' && toks[k - 1].cap && k > at - 3) k--;
    if (k === at) continue;
    const q = toks.slice(k, at).map((x) => x.text.replace(/['’]s$/, '')).join(' ');
    if (/^(the|a|an|and|but|in|on|at)$/i.test(q)) continue;
    out.push([head, `${q} ${head}`]);
  }
  return { qualifiers: out, embassies };
}

/** "the US Embassy in Oslo" named once: a later "the embassy" is that one. */
function embassyAt(toks: Token[], i: number, embassies: string[]): void {
  let k = i;
  while (k > 0 && toks[k - 1].kind === 'w' && toks[k - 1].cap && k > i - 3) k--;
  if (k === i || /^(the|a|an)$/i.test(toks[k].text)) return;
  let e = i + 1;
  if (toks[e]?.low === 'in' && toks[e + 1]?.cap && toks[e + 1].kind === 'w') e += 2;
  embassies.push(joinTexts(toks, k, e));
}

function quoteWithin(toks: Token[], a: number, n: number): boolean {
  for (let k = a; k < a + n && k < toks.length; k++) if (toks[k].quote >= 0) return true;
  return false;
}

/** The first quotation in the content is a short run of capitalised words. */
function titleCaseQuote(toks: Token[], ranges: TokRange[]): boolean {
  for (const c of ranges) {
    for (let k = c.a; k < c.b; k++) {
      if (toks[k].quote < 0) continue;
      const r = toks[k].quote;
      const words: Token[] = [];
      while (k < c.b && toks[k].quote === r) { if (toks[k].kind === 'w') words.push(toks[k]); k++; }
      return words.length > 0 && words.length <= 5 && words.every((t) => t.cap);
    }
  }
  return false;
}

/** Reported content with a clause of its own: "that ...", a quotation, or a finite verb inside (before any comma). */
function hasClause(toks: Token[], ranges: TokRange[]): boolean {
  for (const c of ranges) {
    if (toks[c.a].low === 'that') return true;
    for (let k = c.a + 1; k < c.b; k++) {
      const t = toks[k];
      if (t.text === ',' && t.quote < 0) break;
      if (t.quote >= 0) return true;
      if (t.kind === 'w' && /^(is|are|was|were|has|have|had|will|would|can|could|did|does|do)$/.test(t.low)) return true;
    }
  }
  return false;
}

/** Sentences inside a paragraph span (sentences are in text order: binary search for the first). */
function sentencesIn(sentences: Span[], span: Span): Span[] {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid][0] < span[0]) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  for (let k = lo; k < sentences.length && sentences[k][0] < span[1]; k++) if (sentences[k][1] <= span[1]) out.push(sentences[k]);
  return out;
}

/** "officers Anna Lund and Piet Vos": two full names joined by "and", with the plural noun before. */
export interface Pair {
  name: string;
  role: string | null;
  pos: number;
}

// Names and pairs moved by an edit, written out field by field: an object spread cost more than
// the rest of the incremental loop that moves them (about 900 names at 100k words).
export const movedName = (x: KnownName, d: number): KnownName => ({ name: x.name, traits: x.traits, pos: x.pos + d, kind: x.kind });
export const movedPair = (x: Pair, d: number): Pair => ({ name: x.name, role: x.role, pos: x.pos + d });

function movedAll<T>(xs: readonly T[], d: number, move: (x: T, d: number) => T): T[] {
  const out: T[] = [];
  for (const x of xs) out.push(move(x, d));
  return out;
}

function collectPairs(toks: Token[], caps: number[]): Pair[] {
  const out: Pair[] = [];
  // A pair opens a run of two or more capitalised words (`caps`: every token with a capital; a
  // pair read resumes the scan after it).
  let next = 0;
  for (let c = 0; c < caps.length; c++) {
    const i = caps[c];
    if (i < next) continue;
    if ((i > 0 && toks[i - 1].cap) || !toks[i + 1]?.cap) continue;
    const e1 = pairNameEnd(toks, i);
    if (e1 < 0 || toks[e1]?.low !== 'and') continue;
    const e2 = pairNameEnd(toks, e1 + 1);
    if (e2 < 0) continue;
    const role = i > 0 && toks[i - 1].kind === 'w' && !toks[i - 1].cap ? toks[i - 1].low : null;
    out.push({ name: `${joinTexts(toks, i, e1)} and ${joinTexts(toks, e1 + 1, e2)}`, role, pos: toks[i].s });
    next = e2;
  }
  return out;
}

/** The end of a two- or three-word name of capitalised words (no title or organisation word) at `i`, or -1. */
function pairNameEnd(toks: Token[], i: number): number {
  let j = i;
  while (j < toks.length && toks[j].kind === 'w' && toks[j].cap && !(classOf(toks[j]) & (W_TITLE_WORD | W_ORG_WORD))) j++;
  return j - i >= 2 && j - i <= 3 ? j : -1;
}

/** The nationality of an article about one country, else null. Used to qualify a bare "police"
 *  or "army"; a guess from the most frequent adjective misfires (a London story mentioning a
 *  Polish bystander twice), so it needs one country only, named outright, not just an adjective. */
function mainNationality(hits: NationalityHit[]): string | null {
  const adjectives = new Map<string, number>();
  const countries = new Set<string>();
  let named = false;
  for (const h of hits) {
    countries.add(h.country);
    if (h.named) named = true;
    else adjectives.set(h.text, (adjectives.get(h.text) ?? 0) + 1);
  }
  if (countries.size !== 1 || !named) return null;
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of adjectives) if (v > n) { best = k; n = v; }
  return best;
}

/** A word naming a country or its nationality, in text order. */
interface NationalityHit {
  text: string;
  country: string;
  /** A country name or initials ("Iran", "U.S.") names the country; adjectives ("Iranian") qualify. */
  named: boolean;
}

/** Nationality-list words that are their country's name or a word of it ("iran", "korea"), not adjectives. */
const COUNTRY_WORDS = new Set<string>();
for (const [w, country] of NATIONALITIES) if (country.toLowerCase().split(' ').includes(w)) COUNTRY_WORDS.add(w);

function nationalityHits(toks: Token[], caps: number[]): NationalityHit[] {
  const out: NationalityHit[] = [];
  for (let c = 0; c < caps.length; c++) {
    const t = toks[caps[c]];
    // W_NATION: a nationality word, with or without a final 's (the cut below); most words are not.
    if (t.kind !== 'w' || !(classOf(t) & W_NATION)) continue;
    // "Iran's" is "iran" (the /['’]s$/ cut, without a regex and a new string per word).
    let low = t.low;
    const n = low.length;
    if (n >= 2 && low.charCodeAt(n - 1) === 115 && (low.charCodeAt(n - 2) === 39 || low.charCodeAt(n - 2) === 0x2019)) low = low.slice(0, n - 2);
    const country = NATIONALITIES.get(low);
    if (!country) continue;
    const named = COUNTRY_WORDS.has(low) || t.text.includes('.') || low.length < 4;
    out.push({ text: t.text, country, named }); // kept per paragraph across edits: a copy of its own (tokens.ts)
  }
  return out;
}
