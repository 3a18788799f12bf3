// Joins mentions into entities: a surname or first name joins its full name, pronouns take the most
// recent compatible speaker (gender, number, person vs organisation), descriptions ("the Russian
// diplomat", "the minister", "the 38-year-old") join the entity whose role and affiliation words
// they share, and unnamed sources keep their description as their name.
import type { Speaker, SpeakerKind, TextSpan } from '../types';
import type { MentionInfo } from './speakers';
import { stripMarks } from './speakers';
import * as lexicon from './lexicon';
// Local bindings: module-namespace getters would cost a call on every lookup in the hot loops.
const { DETERMINERS, DOCUMENT_NOUNS, FIRST_NAMES, ORG_WORDS, ROLE_CLASSES, SOURCE_NOUNS } = lexicon;

export interface Entity {
  id: string;
  name: string;
  kind: SpeakerKind;
  role: string | null;
  affiliation: string | null;
  gender: 'm' | 'f' | null;
  plural: boolean;
  traits: Set<string>;
  age: string | null;
  mentions: TextSpan[];
  /** The latest end of its mentions' spans (-1: none yet). */
  end: number;
  /** Offset of the latest mention, for recency. */
  last: number;
  /** Normalised name tokens ("sergei", "lavrov"). */
  key: string[];
  /** An unnamed source keyed by its description. */
  descriptive: boolean;
}

const norm = (s: string) => stripMarks(s).toLowerCase().replace(/['’]s$/, '').replace(/[^\p{L}\p{N}.\s-]/gu, ' ').trim();
const computeKey = (name: string) => norm(name).split(/\s+/).filter((w) => w && !DETERMINERS.has(w) && w !== '(' && w !== ')');
// Names repeat within and across articles, and normalising one (NFD, Unicode classes) is costly:
// each name's key is computed once. Keys are shared, so they are never modified. Bounded.
const KEYS = new Map<string, string[]>();
function keyOf(name: string): string[] {
  let k = KEYS.get(name);
  if (k === undefined) {
    k = computeKey(name);
    stripped(k);
    if (KEYS.size >= 20_000) KEYS.clear();
    KEYS.set(name, k);
  }
  return k;
}

export class EntityRegistry {
  readonly entities: Entity[] = [];
  /** Full names seen anywhere in the article (with the title words before them), so a bare
   *  surname finds its full name and "the secretary" finds "Defense Secretary Mark Ellison". */
  private readonly knownNames: KnownName[];
  /** The people among knownNames and their name keys, made on the first lookup that reads them
   *  (knownNames never changes; a run resumed late in a long article may never need them). */
  private knownPeople: { names: KnownName[]; keys: string[][] } | null = null;

  constructor(knownNames: KnownName[] = []) {
    this.knownNames = knownNames;
  }

  private people(): { names: KnownName[]; keys: string[][] } {
    if (this.knownPeople) return this.knownPeople;
    const names: KnownName[] = [];
    const keys: string[][] = [];
    for (const n of this.knownNames) {
      if (n.kind !== 'person') continue;
      names.push(n);
      keys.push(keyOf(n.name));
    }
    return (this.knownPeople = { names, keys });
  }

  /** Resolves a mention at `pos` to an entity (creating one if needed), and records the mention. */
  resolve(m: MentionInfo, pos: number): Entity | null {
    const e = this.find(m, pos);
    if (e) this.record(e, m);
    return e;
  }

  /** The spans of an entity's mentions, made the first time a mention ends no later than the
   *  latest of them (`end`) and kept up to date after: a scan of its mentions for every such one
   *  would be quadratic. Mentions come mostly in reading order, each past the last, which needs
   *  no lookup: most entities never get a set. */
  private readonly spans = new Map<Entity, Set<number | string>>();

  /** The entity has a mention with the span [s, e]. */
  private hasSpan(x: Entity, s: number, e: number): boolean {
    let seen = this.spans.get(x);
    if (!seen) {
      // A mention read again (a relay or speaker for the next quote) is most often among the latest.
      const ms = x.mentions;
      for (let i = ms.length - 1; i >= 0 && i >= ms.length - 4; i--) if (ms[i].span[1] === e && ms[i].span[0] === s) return true;
      if (ms.length <= 4) return false;
      this.spans.set(x, (seen = new Set()));
      for (const m of x.mentions) seen.add(spanKey(m.span[0], m.span[1]));
    }
    return seen.has(spanKey(s, e));
  }

  private record(e: Entity, m: MentionInfo) {
    // An empty span is a relay named outside the text's words (no mention to show). A span ending
    // past every mention's (restored ones too: `end` came with them) is new.
    if (m.e > m.s && (m.e > e.end || !this.hasSpan(e, m.s, m.e))) {
      e.mentions.push({ text: m.text, span: [m.s, m.e] });
      if (m.e > e.end) e.end = m.e;
      this.spans.get(e)?.add(spanKey(m.s, m.e));
    }
    e.last = Math.max(e.last, m.s);
    if (m.pronoun && m.gender && !e.gender && e.kind === 'person') e.gender = m.gender;
    if (!m.pronoun) {
      e.role ??= m.role;
      e.affiliation ??= m.affiliation;
      if (!e.gender && m.gender) e.gender = m.gender;
      for (const t of m.traits) e.traits.add(t);
      if (m.age) e.age = m.age;
      if (m.role) for (const w of roleWords(m.role)) e.traits.add(w);
    }
  }

  private find(m: MentionInfo, pos: number): Entity | null {
    if (m.pronoun) return this.byPronoun(m, pos);
    if (m.parts) {
      const parts = m.parts.map((p) => this.find(p, pos)).filter((x): x is Entity => !!x);
      const name = parts.length === m.parts.length ? parts.map((p) => p.name).join(' and ') : m.name!;
      for (const [k, p] of parts.entries()) this.record(p, m.parts[k]);
      return this.byName(m, name, pos, true);
    }
    if (m.name) return this.byName(m, m.name, pos, false);
    if (m.description) {
      if (m.anaphoric) {
        const hit = this.byDescription(m, pos);
        if (hit) return hit;
      }
      // "the defendants", "both officers": the two people the article named together before.
      const pair = m.plural ? this.pairFor(m, pos) : null;
      if (pair) return this.byName({ ...m, name: pair, description: null, kind: 'person' }, pair, pos, true);
      return this.byName(m, this.qualified(m.description), pos, true);
    }
    return null;
  }

  private pairs: { name: string; role: string | null; pos: number }[] = [];

  /** Registers "officers Anna Lund and Piet Vos": two people named together, with the noun before them. */
  addPair(name: string, role: string | null, pos: number) {
    this.pairs.push({ name, role, pos });
  }

  private pairFor(m: MentionInfo, pos: number): string | null {
    const words = m.description!.toLowerCase().split(/\s+/);
    const head = words[words.length - 1];
    if (!PAIR_HEADS.has(head) || !/^(the|both|the two|two)\b/i.test(m.text)) return null;
    if (pos > this.reachPos) this.reachPos = pos;
    const before = this.pairs.filter((p) => p.pos < pos);
    const same = before.filter((p) => p.role === head);
    const pick = (same.length ? same : before)[(same.length ? same : before).length - 1];
    return pick ? pick.name : null;
  }

  /** "police" is the "El Paso police" when the article names that force elsewhere. */
  private qualified(description: string): string {
    // A function of the description, the qualifiers and the nationality: kept per description while those stay.
    if (this.qualifiedFor !== this.nationality) {
      this.qualifiedMemo.clear();
      this.qualifiedFor = this.nationality;
    }
    let q = this.qualifiedMemo.get(description);
    if (q === undefined) this.qualifiedMemo.set(description, (q = this.qualify(description)));
    return q;
  }
  private readonly qualifiedMemo = new Map<string, string>();
  private qualifiedFor: string | null = null;

  private qualify(description: string): string {
    const d = description.replace(/^(the|some|a|an)\s+/i, '');
    if (/\s/.test(d) && !/^(state|local)\s/i.test(d) && !INSTITUTIONS.has(d.toLowerCase())) return description;
    const found = this.qualifiers.get(d.toLowerCase());
    if (found) return found;
    // A country's own institutions: "the army" in a story about Iran is the Iranian army.
    if (this.nationality && INSTITUTIONS.has(d.toLowerCase())) return `${this.nationality} ${d}`;
    return description;
  }

  /** The nationality the article talks about most ("Iranian"), if any. */
  nationality: string | null = null;

  private qualifiers = new Map<string, string>();

  /** Registers "<Place> police", "<Nationality> state media" seen in the text. */
  addQualifier(head: string, full: string) {
    if (!this.qualifiers.has(head)) {
      this.qualifiers.set(head, full);
      this.qualifiedMemo.clear();
    }
  }

  /** What a pronoun would resolve to at `pos`, without recording a mention. */
  peekPronoun(pronoun: string, pos: number): Entity | null {
    return this.byPronoun({ s: pos, e: pos, text: pronoun, name: null, description: null, pronoun, kind: 'organization', role: null, affiliation: null, gender: null, plural: pronoun === 'they', traits: [], age: null, parts: null, anaphoric: false }, pos);
  }

  /** An unnamed source of an organisation already known: "Znak.com's anonymous source" for "its source". */
  ownedSource(owner: string): Entity | null {
    const prefix = owner.toLowerCase() + "'s ";
    return this.entities.find((e) => e.name.toLowerCase().startsWith(prefix) && /sources?$/i.test(e.name)) ?? null;
  }

  private byPronoun(m: MentionInfo, pos: number): Entity | null {
    const p = m.pronoun!;
    // "they": a group before an organisation.
    const hit = (p === 'they' || p === 'them' ? this.latestPlural(pos) : null) ?? this.latestFor(p, m.gender, pos);
    if (hit) return hit;
    // No speaker yet: the latest person named in the text before the pronoun ("Clara Voss ... she testified").
    if (p === 'he' || p === 'she' || p === 'him' || p === 'her') {
      if (pos > this.reachPos) this.reachPos = pos;
      const names = this.knownNames.filter((n) => n.kind === 'person' && n.pos < pos).sort((x, y) => y.pos - x.pos);
      for (const n of names) {
        const g = FIRST_NAMES.get(stripMarks(n.name.split(/\s+/)[0].toLowerCase())) ?? null;
        if (m.gender && g && g !== m.gender) continue;
        if (!g) continue;
        return this.byName({ ...m, pronoun: null, name: n.name, kind: 'person', gender: g, traits: n.traits, s: n.pos }, n.name, pos, false);
      }
    }
    return null;
  }

  private byDescription(m: MentionInfo, pos: number): Entity | null {
    const d = describe(m.description!);
    const { words, head, orgHead } = d;
    const known = (e: Entity) => e.last <= pos && !e.descriptive;
    if (m.age) return this.latest((e) => known(e) && e.age === m.age);
    // "The statement said": whoever issued the latest statement, i.e. the latest named speaker.
    if (DOCUMENT_NOUNS.has(head) && words.length === 1) return this.latest(known);
    let best: Entity | null = null;
    let bestScore = 0;
    // The best score wins; of equal scores the latest mentioned (then the first made), as a scan of
    // the entities sorted latest first would find it.
    for (const e of this.entities) {
      if (!known(e) || orgHead !== (e.kind === 'organization')) continue;
      const score = descriptionScore(e, d);
      if (score > bestScore || (score === bestScore && best && e.last > best.last)) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  /** `m` named `raw` (its own name, or one it stands for: a qualified description, a joint name). */
  private byName(m: MentionInfo, raw: string, pos: number, exactOnly: boolean): Entity | null {
    const bare = bareName(raw);
    const name = m.kind === 'organization' && bare.institution ? this.qualified(bare.name) : bare.name;
    const key = keyOf(name);
    if (!key.length) return null;
    // Exact name, or acronym in brackets ("FSB" ~ "Federal Security Service (FSB)").
    const acronymLike = key.length === 1 && (name === bare.name ? bare.acronym : ACRONYM_LIKE.test(name));
    const found = this.latestNamed(key, acronymLike);
    if (found) return found;
    // Each loop below takes the first entity, latest mentioned first (then the first made), that
    // passes its test: a scan as latest() makes finds it without sorting every entity per lookup.
    if (!exactOnly && m.kind === 'person' && key.length >= 2) {
      // "a US Embassy official said ... US Embassy spokesman Sean Hale": an unnamed official of the
      // same capitalised body, seen just before, turns out to be the named one.
      const e = this.latestUnnamed(m.traits);
      if (e) {
        e.name = name;
        e.key = key;
        e.kind = 'person';
        e.descriptive = false;
        return e;
      }
    }
    if (!exactOnly && (m.kind === 'person' || m.loneName)) {
      // Surname or first name of a known full name; or a fuller form of a known short one.
      let e: Entity | null = null;
      let shorter = false;
      for (const x of this.entities) {
        if ((e !== null && x.last <= e.last) || x.kind !== 'person' || x.descriptive || x.plural) continue;
        const k = x.key;
        if (key.length < k.length ? endsWith(k, key) || (key.length === 1 && k[0] === key[0]) : key.length > k.length && endsWith(key, k)) {
          e = x;
          shorter = key.length < k.length;
        }
      }
      if (e) {
        if (shorter) return e;
        e.name = name;
        e.key = key;
        return e;
      }
    }
    // A misspelt surname ("Halvorsen" for "Halvorson") of a recent speaker: one or two letters off,
    // same start; the first such entity with exactly this surname stops the search (matched below).
    if (!exactOnly && key.length === 1 && key[0].length >= 5 && (m.kind === 'person' || m.loneName)) {
      const w = key[0];
      let e: Entity | null = null;
      for (const x of this.entities) {
        if ((e !== null && x.last <= e.last) || x.kind !== 'person' || x.descriptive || x.plural || x.key.length < 2) continue;
        const last = x.key[x.key.length - 1];
        if (last === w || (last[0] === w[0] && Math.abs(last.length - w.length) <= 1 && editDistance(last, w) <= 2)) e = x;
      }
      if (e && e.key[e.key.length - 1] !== w) return e;
    }
    // A bare surname whose full name appears elsewhere in the article; an acronym spelled out there.
    let canonical = name;
    let kind = m.kind;
    const traits = new Set(m.traits);
    if (!exactOnly && (m.kind === 'person' || m.loneName)) {
      // Last token first ("Varga"), then an inner surname ("Ruiz" of "Marta Ruiz Ortega").
      const { names: people, keys } = this.people();
      let at = -1;
      for (let i = 0; i < keys.length && at < 0; i++) {
        const k = keys[i];
        if (same(k, key) || (key.length === 1 && k.length > 1 && k[k.length - 1] === key[0])) at = i;
      }
      // The second test reads every person before its hit, and all of them when the first finds none.
      let at2 = -1;
      if (at < 0 && key.length === 1) {
        for (let i = 0; i < keys.length && at2 < 0; i++) if (keys[i].length > 2 && keys[i].indexOf(key[0]) > 0) at2 = i;
      }
      // One past the length: the whole list was read (a later run needs every entry the same and no more).
      const reach = at >= 0 ? at + 1 : people.length + 1;
      if (reach > this.reachPeople) this.reachPeople = reach;
      if (at < 0) at = at2;
      const full = at >= 0 ? people[at] : undefined;
      if (full) {
        if (key.length === 1) canonical = full.name;
        for (const t of full.traits) traits.add(t);
        kind = 'person';
      }
    }
    if (m.kind === 'organization' && /^[A-Z]{2,6}$/.test(name)) {
      const at = this.knownNames.findIndex((n) => n.kind === 'organization' && acronym(n.name) === name);
      const reach = at >= 0 ? at + 1 : this.knownNames.length + 1;
      if (reach > this.reachNames) this.reachNames = reach;
      const full = at >= 0 ? this.knownNames[at] : undefined;
      if (full) canonical = full.name;
    }
    const e: Entity = {
      id: `s${this.entities.length + 1}`,
      name: canonical,
      kind,
      role: m.role,
      affiliation: m.affiliation,
      gender: m.gender,
      plural: m.plural,
      traits,
      age: m.age,
      mentions: [],
      end: -1,
      last: m.s,
      key: keyOf(canonical),
      descriptive: !raw || raw === m.description || exactOnly && !!m.description,
    };
    this.entities.push(e);
    return e;
  }

  /** The latest entity whose name is `key`, or (an acronym) holds it, or (an organisation) is it
   *  but for bracketed acronyms. */
  private latestNamed(key: string[], acronymLike: boolean): Entity | null {
    let best: Entity | null = null;
    let org: string | null = null;
    for (const e of this.entities) {
      if (best !== null && e.last <= best.last) continue;
      if (same(e.key, key) || (acronymLike && e.key.includes(key[0]))) best = e;
      else if (e.kind === 'organization' && stripped(e.key) === (org ??= stripped(key))) best = e;
    }
    return best;
  }

  /** The latest unnamed person that a person named with `traits` turns out to be: an official of
   *  the same capitalised body ("a US Embassy official"), or the holder of the role named first. */
  private latestUnnamed(traits: string[]): Entity | null {
    let best: Entity | null = null;
    let official: boolean | null = null;
    for (const e of this.entities) {
      if ((best !== null && e.last <= best.last) || !e.descriptive || e.plural || e.kind === 'organization') continue;
      // ... or a role named first and the person later: "the region's governor" then "Governor X".
      const head = e.key[e.key.length - 1];
      if (head && TITLE_HEADS.has(head) && traits.includes(head)) {
        best = e;
        continue;
      }
      if (!(official ??= traits.some((t) => /official|spokes/.test(t))) || !/official|spokes/i.test(e.name)) continue;
      // A trait of both, a lower-case word in the entity's name that says more than "official".
      const lower = e.name.toLowerCase();
      for (const t of e.traits) {
        const c = t.charCodeAt(0);
        if (c >= 97 && c <= 122 && !TITLEISH.has(t) && traits.includes(t) && lower.includes(t)) {
          best = e;
          break;
        }
      }
    }
    return best;
  }

  /** latest((e) => e.last <= pos && e.plural), as a loop. */
  private latestPlural(pos: number): Entity | null {
    let best: Entity | null = null;
    for (const e of this.entities) if ((best === null || e.last > best.last) && e.last <= pos && e.plural) best = e;
    return best;
  }

  /** The latest entity mentioned by `pos` that the pronoun `p` (of gender `g`, if any) can stand for. */
  private latestFor(p: string, g: 'm' | 'f' | null, pos: number): Entity | null {
    const single = p === 'he' || p === 'him' || p === 'she' || p === 'her' || p === 'i';
    const group = !single && (p === 'they' || p === 'them' || p === 'we');
    const it = !single && !group && p === 'it';
    let best: Entity | null = null;
    for (const e of this.entities) {
      if ((best !== null && e.last <= best.last) || e.last > pos) continue;
      if (single ? e.kind === 'person' && !e.plural && (!g || !e.gender || e.gender === g) : group ? e.plural || e.kind === 'organization' || e.kind === 'anonymous' : !it || (e.kind === 'organization' && !e.plural)) best = e;
    }
    return best;
  }

  /** The entity mentioned latest (the first made of those mentioned at one place) that passes `test`. */
  private latest(test: (e: Entity) => boolean): Entity | null {
    let best: Entity | null = null;
    for (const e of this.entities) if ((best === null || e.last > best.last) && test(e)) best = e;
    return best;
  }

  /** How far the resolutions so far read the article-wide lists: the first `reachNames` known
   *  names, the first `reachPeople` known people (one past a list's length: all of it, and that
   *  it ends there), and names and pairs placed before `reachPos`.
   *  A later run whose lists agree that far resolves the same mentions the same way. */
  reachNames = 0;
  reachPeople = 0;
  reachPos = -1;

  /** The registry's state now, for resuming a later run here (entities copied field by field:
   *  resolution changes them in place; mentions only grow, so their count is kept). */
  snapshot(): RegistrySnapshot {
    // Field by field: one object shape, and cheaper than a spread of each entity.
    const ents: RegistrySnapshot['ents'] = [];
    for (const e of this.entities) {
      ents.push({
        id: e.id, name: e.name, kind: e.kind, role: e.role, affiliation: e.affiliation, gender: e.gender, plural: e.plural,
        traits: [...e.traits], age: e.age, mentions: e.mentions, end: e.end, last: e.last, key: e.key, descriptive: e.descriptive,
        count: e.mentions.length,
      });
    }
    return { ents, reachNames: this.reachNames, reachPeople: this.reachPeople, reachPos: this.reachPos };
  }

  /** Puts this (new, empty) registry in a snapshot's state; fresh entity objects, in the same order. */
  restore(snap: RegistrySnapshot) {
    for (const x of snap.ents) {
      this.entities.push({
        id: x.id, name: x.name, kind: x.kind, role: x.role, affiliation: x.affiliation, gender: x.gender, plural: x.plural,
        traits: new Set(x.traits), age: x.age, mentions: x.mentions.slice(0, x.count), end: x.end, last: x.last, key: x.key,
        descriptive: x.descriptive,
      });
    }
    this.reachNames = snap.reachNames;
    this.reachPeople = snap.reachPeople;
    this.reachPos = snap.reachPos;
  }

  speakers(used: Set<string>): Speaker[] {
    const out: Speaker[] = [];
    for (const e of this.entities) {
      if (!used.has(e.id)) continue;
      // Mentions are recorded mostly in reading order: a list already in order is not sorted (the sort is stable).
      const mentions = e.mentions.slice();
      if (!inOrder(mentions)) mentions.sort((a, b) => a.span[0] - b.span[0]);
      out.push({ id: e.id, entity: e.name, kind: e.kind, role: e.role, affiliation: e.affiliation, mentions });
    }
    return out;
  }
}

function inOrder(mentions: TextSpan[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i].span[0] < mentions[i - 1].span[0]) return false;
  return true;
}

/** A registry's state during a run (see EntityRegistry.snapshot). */
export interface RegistrySnapshot {
  /** The entities' fields then; `mentions` is the run's own array, of which the first `count` were made by then. */
  ents: (Omit<Entity, 'traits'> & { traits: string[]; count: number })[];
  reachNames: number;
  reachPeople: number;
  reachPos: number;
}

/** What a run of coreference leaves for resuming a later one: the registry every `every` drafts
 *  (`checkpoints[i]` taken before draft `(i + 1) * every`), and per draft what its resolution left
 *  on it: its entity's place in the registry (-1: none), its mention and relay. */
export interface CorefTrace {
  every: number;
  checkpoints: RegistrySnapshot[];
  entityAt: Int32Array;
  mention: (MentionInfo | null)[];
  via: (string | null)[];
}

/** Resume from `trace.checkpoints[at]`: the drafts before it and the article-wide lists are as in the traced run, as far as it read them. */
export interface CorefResume {
  trace: CorefTrace;
  at: number;
}

export interface KnownName {
  name: string;
  traits: string[];
  /** Offset of the first occurrence. */
  pos: number;
  kind: 'person' | 'organization';
}

/** Institutions every country has: named for the article's country when unqualified. */
const INSTITUTIONS = new Set(['army', 'air force', 'navy', 'police', 'military', 'coast guard', 'armed forces']);

/** Role heads specific enough to tie a description to the person who holds the role. */
const TITLE_HEADS = new Set(['governor', 'mayor', 'president', 'chairman', 'chairwoman', 'minister', 'secretary', 'ambassador', 'prosecutor', 'commissioner', 'director', 'premier', 'chancellor', 'senator', 'judge', 'sheriff', 'spokesman', 'spokeswoman', 'spokesperson']);

/** Words too general to tie an unnamed official to a named one. */
const TITLEISH = new Set(['official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'senior', 'a', 'the', 'an', 'of', 'government']);

/** Plural nouns for people that can stand for two people named together. */
const PAIR_HEADS = new Set(['officers', 'defendants', 'men', 'women', 'suspects', 'brothers', 'sisters', 'accused', 'officials', 'leaders', 'lawyers', 'policemen', 'soldiers', 'journalists', 'pilots', 'victims', 'parents', 'couple', 'pair', 'two']);

/** Generic organisation nouns that may stand for the latest organisation named ("the agency"). */
const GENERIC_ORG_HEADS = new Set(['agency', 'company', 'firm', 'group', 'organization', 'organisation', 'website', 'site', 'publication', 'outlet', 'newspaper', 'paper', 'broadcaster', 'network', 'channel', 'station', 'magazine', 'archive', 'database']);

function acronym(phrase: string): string {
  return phrase.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/** `c` occurs in the entity's traits and name words joined by spaces. A `c` without a space lies
 *  within one of them: tested one by one, no string is built per entity and lookup. */
function wordsInclude(e: Pick<Entity, 'traits' | 'key'>, c: string): boolean {
  if (!c || c.includes(' ')) return [...e.traits, ...e.key].join(' ').includes(c);
  for (const t of e.traits) if (t.includes(c)) return true;
  for (const w of e.key) if (w.includes(c)) return true;
  return false;
}

function same(a: string[], b: string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function endsWith(full: string[], part: string[]): boolean {
  const d = full.length - part.length;
  if (d < 0) return false;
  for (let i = 0; i < part.length; i++) if (full[d + i] !== part[i]) return false;
  return true;
}
// Keys are shared and never changed: each one's form without bracketed acronyms ("The Emergencies
// Ministry" ~ "emergencies ministry (emercom)", as organisations are compared) is made with it and
// kept on the array itself (read for every organisation on every name lookup).
type NameKey = string[] & { stripped?: string };
const strip = (k: string[]): string => k.filter((w) => !/^\(.*\)$/.test(w)).join(' ');
function stripped(k: NameKey): string {
  return k.stripped ?? (k.stripped = strip(k));
}

/** A name without its article, whether it is an institution every country has and whether it may
 *  be an acronym: made once per name (names repeat through an article). Bounded. */
const BARE = new Map<string, { name: string; institution: boolean; acronym: boolean }>();
/** A name that may be an acronym ("FSB", "(FSB)"). */
const ACRONYM_LIKE = /^\(?[A-Z0-9-]{2,}\)?$/;
function bareName(raw: string): { name: string; institution: boolean; acronym: boolean } {
  let b = BARE.get(raw);
  if (b === undefined) {
    const name = raw.replace(/^(the|a|an)\s+/i, '');
    b = { name, institution: INSTITUTIONS.has(name.toLowerCase()), acronym: ACRONYM_LIKE.test(name) };
    if (BARE.size >= 20_000) BARE.clear();
    BARE.set(raw, b);
  }
  return b;
}

/** A description's words as byDescription reads them: a function of its text, made once per text
 *  (descriptions repeat through an article: "the minister", "officials"). Shared, never changed. Bounded. */
interface Described {
  words: string[];
  head: string;
  cls: string[];
  mods: string[];
  orgHead: boolean;
}
const DESCRIBED = new Map<string, Described>();
function describe(description: string): Described {
  let d = DESCRIBED.get(description);
  if (d === undefined) {
    const words = description.toLowerCase().split(/\s+/).filter((w) => !DETERMINERS.has(w));
    const head = words[words.length - 1];
    d = {
      words, head,
      cls: ROLE_CLASSES.get(head) ?? [head],
      mods: words.slice(0, -1).filter((w) => !SOURCE_NOUNS.has(w) || w === 'foreign'),
      orgHead: SOURCE_NOUNS.get(head) === 'organization' || ORG_WORDS.has(head),
    };
    if (DESCRIBED.size >= 5_000) DESCRIBED.clear();
    DESCRIBED.set(description, d);
  }
  return d;
}

/** How well an entity fits a description ("the Russian diplomat"): its role class, head word and
 *  modifiers found among its traits, name words and affiliation. */
function descriptionScore(e: Pick<Entity, 'traits' | 'key' | 'affiliation'>, d: Described): number {
  const { head, cls, mods, orgHead } = d;
  let score = 0;
  for (const c of cls) {
    if (wordsInclude(e, c)) {
      score += 2;
      break;
    }
  }
  if (e.key.includes(head)) score += 2;
  for (const w of mods) if (e.traits.has(w) || (e.affiliation && e.affiliation.toLowerCase().includes(w))) score += 1;
  if (orgHead && score === 0 && GENERIC_ORG_HEADS.has(head)) score = 0.5; // "the agency": the latest organisation will do
  return score;
}

/** What the mentions still to be resolved (those of a run's last stretch) can find an entity by:
 *  the words of their names, descriptions and relays (as name keys), the acronyms among them,
 *  the descriptions read as "the one named before", whether one gives an age, and where the
 *  earliest starts. */
export class LaterLookups {
  readonly words = new Set<string>();
  readonly acronyms = new Set<string>();
  readonly described: Described[] = [];
  private readonly seen = new Set<string>();
  ages = false;
  minPos = Infinity;

  /** Names and texts already added: an article repeats its few names and relays many times. */
  private readonly names = new Set<string>();

  addName(s: string): void {
    if (this.names.has(s)) return;
    this.names.add(s);
    for (const w of keyOf(s)) this.words.add(w);
    for (const w of s.split(/[\s()]+/)) if (/^[A-Z]{2,6}$/.test(w)) this.acronyms.add(w);
  }

  /** `d`: how far the mention has moved since it was read (a stand-in draft's, not yet moved). */
  addMention(m: MentionInfo, d = 0): void {
    if (m.s + d < this.minPos) this.minPos = m.s + d;
    this.addName(m.text);
    if (m.name) this.addName(m.name);
    if (m.description) {
      this.addName(m.description);
      if (!this.seen.has(m.description)) {
        this.seen.add(m.description);
        this.described.push(describe(m.description));
      }
    }
    if (m.age) this.ages = true;
    if (m.parts) for (const p of m.parts) this.addMention(p, d);
  }

  /** Adds what `other` holds (its names, words, acronyms, descriptions and ages; not its minPos). */
  include(other: LaterLookups): void {
    for (const s of other.names) this.names.add(s);
    for (const w of other.words) this.words.add(w);
    for (const a of other.acronyms) this.acronyms.add(a);
    // `seen` and `described` are filled together, in the same order.
    let i = 0;
    for (const s of other.seen) {
      const x = other.described[i++];
      if (this.seen.has(s)) continue;
      this.seen.add(s);
      this.described.push(x);
    }
    if (other.ages) this.ages = true;
  }
}

/** Where a mention or any of its parts starts first. */
export function firstStart(m: MentionInfo): number {
  let s = m.s;
  if (m.parts) for (const p of m.parts) s = Math.min(s, firstStart(p));
  return s;
}

type SnapEntity = RegistrySnapshot['ents'][number];

/**
 * Whether a lookup by one of `later`'s mentions may return `ents[at]` (a registry's state at some
 * point of a run, every entity mentioned before that point's paragraph and every later mention
 * after it): false only when no name, acronym or description of theirs can name it and, for
 * "the latest one of its class" (pronouns, "the statement", a bare "the agency"), another entity
 * of every class it is in was mentioned after it and stays in that class.
 */
export function mayBeFound(ents: SnapEntity[], at: number, later: LaterLookups): boolean {
  const x = ents[at];
  if (x.descriptive || (x.age !== null && later.ages) || /sources?$/i.test(x.name)) return true;
  if (!x.key.length || stripped(x.key) === '') return true;
  for (const w of x.key) if (later.words.has(w)) return true;
  if (x.kind === 'person' && x.key.length >= 2) {
    // A misspelt surname of it (byName's last test).
    const last = x.key[x.key.length - 1];
    for (const w of later.words) if (w.length >= 5 && w[0] === last[0] && Math.abs(w.length - last.length) <= 1 && editDistance(last, w) <= 2) return true;
  }
  if (!dominated(ents, at)) return true;
  const traits = new Set(x.traits);
  const org = x.kind === 'organization';
  // Any score, "the agency"'s 0.5 too: dominated() takes any later plural entity for a plural
  // organisation, people included, whom "the agency" never looks at.
  for (const d of later.described) if (d.orgHead === org && descriptionScore({ traits, key: x.key, affiliation: x.affiliation }, d) > 0) return true;
  return false;
}

/** Another entity, not descriptive (so known to every test), in every class `ents[at]` is in
 *  for pronouns and "the latest", mentioned later (or at once and made before). Kind, number,
 *  a gender once given and being named never change back, and `last` only grows. */
function dominated(ents: SnapEntity[], at: number): boolean {
  const x = ents[at];
  const some = (test: (d: SnapEntity) => boolean) => ents.some((d, j) => j !== at && !d.descriptive && (d.last > x.last || (d.last === x.last && j < at)) && test(d));
  if (x.plural) return some((d) => d.plural);
  if (x.kind === 'person') {
    const gender = (g: 'm' | 'f') => some((d) => d.kind === 'person' && !d.plural && d.gender === g);
    return x.gender ? gender(x.gender) : gender('m') && gender('f');
  }
  return some((d) => d.kind === x.kind && !d.plural);
}

/** A person of each gender, single (so a pronoun always finds one and never falls back to the
 *  names the article lists). */
export function bothGenders(ents: SnapEntity[]): boolean {
  let m = false;
  let f = false;
  for (const d of ents) {
    if (d.kind !== 'person' || d.plural) continue;
    if (d.gender === 'm') m = true;
    else if (d.gender === 'f') f = true;
  }
  return m && f;
}

export { acronym, keyOf };

/** Offsets below this make one number per mention span. */
const SPAN_BASE = 2 ** 26;
/** One number per span while offsets fit (texts under 64 MB), else a string. */
const spanKey = (s: number, e: number): number | string => (e < SPAN_BASE ? s * SPAN_BASE + e : `${s}:${e}`);

// A role's words as traits ("Finance Minister" -> finance, minister), made once per role. Bounded.
const ROLE_WORDS = new Map<string, string[]>();
function roleWords(role: string): string[] {
  let w = ROLE_WORDS.get(role);
  if (w === undefined) {
    w = role.toLowerCase().split(/\s+/).map((x) => x.replace(/\.$/, ''));
    if (ROLE_WORDS.size >= 5_000) ROLE_WORDS.clear();
    ROLE_WORDS.set(role, w);
  }
  return w;
}

/** Levenshtein distance, for short words only (surnames). */
function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
