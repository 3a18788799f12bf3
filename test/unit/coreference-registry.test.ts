// The entity registry on its own: a run resumed from a snapshot at any point answers every later
// lookup as the uninterrupted run does and ends in the same state, with mentions read again
// (a relay or speaker for the next quote) and mentions out of reading order, which are the cases
// the registry's span bookkeeping (the latest mentions, then a set of every span) must get right.
import * as assert from 'assert';
import { EntityRegistry, firstStart, LaterLookups, type KnownName } from '../../src/core/attribution/coreference';
import type { MentionInfo } from '../../src/core/attribution/speakers';
import { rng } from './random';

const PEOPLE = ['Anna Lund', 'Piet Vos', 'Lund', 'Vos', 'Mark Ellison', 'Ellison', 'Ellisson'];
const ORGS = ['Northwire', 'the Transport Ministry', 'FSB', 'Federal Security Service (FSB)', 'police'];
const DESCRIPTIONS = ['the minister', 'the officers', 'a spokesman', 'officials', 'the agency', 'police'];
const PRONOUNS = ['he', 'she', 'they', 'it'];

function mention(r: () => number, s: number): MentionInfo {
  const base: MentionInfo = {
    s, e: s + 4 + Math.floor(r() * 8), text: '', name: null, description: null, pronoun: null, kind: 'person', role: null,
    affiliation: null, gender: null, plural: false, traits: [], age: null, parts: null, anaphoric: false,
  };
  const k = r();
  if (k < 0.35) {
    const name = PEOPLE[Math.floor(r() * PEOPLE.length)];
    return { ...base, text: name, name, loneName: !name.includes(' '), gender: r() < 0.3 ? 'f' : null, role: r() < 0.3 ? 'Finance Minister' : null, traits: r() < 0.3 ? ['minister', 'finance'] : [] };
  }
  if (k < 0.55) {
    const name = ORGS[Math.floor(r() * ORGS.length)];
    return { ...base, text: name, name, kind: 'organization', loneName: !name.includes(' ') };
  }
  if (k < 0.8) {
    const p = PRONOUNS[Math.floor(r() * PRONOUNS.length)];
    return { ...base, text: p, pronoun: p, gender: p === 'he' ? 'm' : p === 'she' ? 'f' : null, plural: p === 'they' };
  }
  const d = DESCRIPTIONS[Math.floor(r() * DESCRIPTIONS.length)];
  return { ...base, text: d, description: d.replace(/^(the|a)\s+/, ''), anaphoric: d.startsWith('the'), plural: d.endsWith('s') && d !== 'police' };
}

/** A run's calls: mostly in reading order, some read again, some earlier than the last. */
function calls(seed: number, n: number): { m: MentionInfo; pos: number }[] {
  const r = rng(seed);
  const out: { m: MentionInfo; pos: number }[] = [];
  let pos = 10;
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.2 && out.length) out.push(out[out.length - 1 - Math.floor(r() * Math.min(6, out.length))]);
    else if (x < 0.3 && pos > 200) out.push({ m: mention(r, pos - 40 - Math.floor(r() * 150)), pos });
    else {
      pos += 20 + Math.floor(r() * 60);
      out.push({ m: mention(r, pos), pos });
    }
  }
  return out;
}

const KNOWN: KnownName[] = [
  { name: 'Anna Lund', traits: ['officer'], pos: 0, kind: 'person' },
  { name: 'Mark Ellison', traits: [], pos: 50, kind: 'person' },
  { name: 'Federal Security Service', traits: [], pos: 80, kind: 'organization' },
];

function fresh(): EntityRegistry {
  const reg = new EntityRegistry(KNOWN);
  reg.addQualifier('police', 'El Paso police');
  reg.addPair('Anna Lund and Piet Vos', 'officers', 5);
  reg.nationality = 'Iranian';
  return reg;
}

const state = (reg: EntityRegistry) =>
  JSON.stringify(reg.entities.map((e) => ({ ...e, traits: [...e.traits].sort() })).concat([{ reach: [reg.reachNames, reg.reachPeople, reg.reachPos] } as never]));

describe('coreference: the entity registry', () => {
  it('a run resumed from a snapshot at any call answers and ends as the whole run (300 runs)', () => {
    let duplicates = 0;
    let earlier = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const list = calls(seed, 40);
      const whole = fresh();
      const snaps: ReturnType<EntityRegistry['snapshot']>[] = [];
      const ids: (string | null)[] = [];
      for (const c of list) {
        snaps.push(whole.snapshot());
        const before = new Set(whole.entities.flatMap((e) => e.mentions.map((x) => `${x.span[0]}:${x.span[1]}`)));
        const last = Math.max(-1, ...whole.entities.map((e) => e.end));
        if (before.has(`${c.m.s}:${c.m.e}`)) duplicates++;
        else if (c.m.e <= last) earlier++;
        ids.push(whole.resolve(c.m, c.pos)?.id ?? null);
      }
      const at = 1 + (seed % (list.length - 1));
      const resumed = fresh();
      resumed.restore(snaps[at]);
      for (let k = at; k < list.length; k++) assert.strictEqual(resumed.resolve(list[k].m, list[k].pos)?.id ?? null, ids[k], `seed ${seed}, call ${k}`);
      assert.strictEqual(state(resumed), state(whole), `seed ${seed}, resumed at ${at}`);
      // No mention is recorded twice.
      for (const e of whole.entities) assert.strictEqual(new Set(e.mentions.map((x) => `${x.span[0]}:${x.span[1]}`)).size, e.mentions.length);
    }
    assert.ok(duplicates > 500 && earlier > 300, `${duplicates} mentions read again, ${earlier} earlier than the latest`);
  });

  it('later lookups made of two parts (include) hold what one made of all the mentions holds (200 runs)', () => {
    const view = (x: LaterLookups) => ({ words: [...x.words].sort(), acronyms: [...x.acronyms].sort(), described: x.described.map((d) => JSON.stringify(d)).sort(), ages: x.ages });
    for (let seed = 1; seed <= 200; seed++) {
      const r = rng(seed);
      const ms = calls(seed, 30).map((c) => c.m);
      // Some joint mentions (their parts count) and ages.
      for (let i = 0; i + 1 < ms.length; i += 7) ms[i] = { ...ms[i], parts: [ms[i + 1], { ...ms[i + 1], s: ms[i + 1].s - 30, text: 'the FBI', name: 'FBI' }], age: r() < 0.5 ? '38' : null };
      const cut = Math.floor(r() * ms.length);
      const whole = new LaterLookups();
      for (const m of ms) whole.addMention(m);
      whole.addName('Wu Ling (WHO)');
      const head = new LaterLookups();
      for (const m of ms.slice(0, cut)) head.addMention(m);
      const tail = new LaterLookups();
      for (const m of ms.slice(cut)) tail.addMention(m);
      head.include(tail);
      head.addName('Wu Ling (WHO)');
      assert.deepStrictEqual(view(head), view(whole), `seed ${seed}`);
      // Names the tail held are not added twice (include keeps them as added).
      const n = head.described.length;
      for (const m of ms.slice(cut)) head.addMention(m);
      assert.strictEqual(head.described.length, n, `seed ${seed}: descriptions added twice`);
      // Where the mentions start first, parts included: the minPos the whole run found.
      assert.strictEqual(Math.min(...ms.map(firstStart)), whole.minPos, `seed ${seed}`);
    }
  });
});
