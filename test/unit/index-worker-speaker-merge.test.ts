// The speaker merge of the workspace's cross-article search (core/workspace/speakers.ts) compares
// speakers a class at a time (kind, name words, affiliation) instead of every pair that shares a
// surname or a first name: the people it finds and the name variants it reports, in their order,
// must be those of the all-pairs comparison (kept here as the reference), on random workspaces.
import * as assert from 'assert';
import { isNameVariant, mergeSpeakers, nameTokens, sameSpeaker } from '../../src/core/workspace';
import type { Speaker } from '../../src/core/types';

type Ref = { file: string; speaker: Speaker };

/** The all-pairs merge the class-wise one replaced: every pair of distinct speakers in a surname list, then in a first-name or surname list. */
function allPairs(refs: Ref[]): { people: string[][]; variants: string[] } {
  const sig = (s: Speaker) => `${s.kind}\u0000${s.entity}\u0000${s.role ?? ''}\u0000${s.affiliation ?? ''}`;
  const bySig = new Map<string, number>();
  const distinct: { speaker: Speaker; tokens: string[]; refs: number[] }[] = [];
  const refSig: number[] = [];
  refs.forEach((r, i) => {
    let d = bySig.get(sig(r.speaker));
    if (d === undefined) {
      bySig.set(sig(r.speaker), (d = distinct.length));
      distinct.push({ speaker: r.speaker, tokens: nameTokens(r.speaker.entity), refs: [] });
    }
    distinct[d].refs.push(i);
    refSig.push(d);
  });
  const parent = distinct.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const bySurname = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  distinct.forEach((d, i) => {
    if (!d.tokens.length) return;
    const last = d.tokens[d.tokens.length - 1];
    (bySurname.get(last) ?? bySurname.set(last, []).get(last)!).push(i);
    (byFirst.get(d.tokens[0]) ?? byFirst.set(d.tokens[0], []).get(d.tokens[0])!).push(i);
  });
  for (const list of bySurname.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) if (sameSpeaker(distinct[list[x]].speaker, distinct[list[y]].speaker)) parent[find(list[x])] = find(list[y]);
  const ids = refs.map((r, i) => (sameSpeaker(r.speaker, r.speaker) ? `g${find(refSig[i])}` : `r${i}`));
  const variants: string[] = [];
  const firstLists = byFirst.size;
  for (const [l, list] of [...byFirst.values(), ...bySurname.values()].entries())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const dx = distinct[list[x]];
        const dy = distinct[list[y]];
        if (l >= firstLists && dx.tokens[0] === dy.tokens[0]) continue;
        if (!isNameVariant(dx.speaker, dy.speaker)) continue;
        for (const [here, there] of [[dx, dy], [dy, dx]])
          for (const i of here.refs) {
            const other = there.refs.find((j) => refs[j].file !== refs[i].file);
            if (other !== undefined) variants.push(`${refs[i].file}#${refs[i].speaker.id}>${refs[other].file}#${refs[other].speaker.id}`);
          }
      }
  return { people: partition(refs, (r, i) => ids[i]), variants };
}

/** The refs grouped by the id given to each, as sorted lists of `file#id` (ids themselves are arbitrary). */
function partition(refs: Ref[], id: (r: Ref, i: number) => string): string[][] {
  const groups = new Map<string, string[]>();
  refs.forEach((r, i) => {
    const g = id(r, i);
    (groups.get(g) ?? groups.set(g, []).get(g)!).push(`${r.file}#${r.speaker.id}`);
  });
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const FIRST = ['Lena', 'Marta', 'Elena', 'Peter', 'Anna'];
const MIDDLE = ['Annika', 'Anneka'];
const LAST = ['Kowalski', 'Kowalsky', 'Kowalska', 'Varga', 'Vargas', 'Lindqvist', 'Lindquist'];
const ROLES = [null, 'harbour master', 'port director', 'former harbour master', 'spokeswoman'];
const AFFILIATIONS = [null, 'Port Authority', 'Harbour Authority', 'Ministry of Transport', 'the ministry'];

function randomRefs(seed: number, articles: number): Ref[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const refs: Ref[] = [];
  for (let a = 0; a < articles; a++) {
    const n = 1 + Math.floor(r() * 4);
    for (let k = 0; k < n; k++) {
      const kind = r() < 0.75 ? 'person' : r() < 0.6 ? 'organization' : 'anonymous';
      const shape = r();
      const entity =
        kind === 'organization'
          ? pick(['Port Authority', 'Harbour Authority', 'Port of Gdynia', 'Authority'])
          : kind === 'anonymous'
            ? 'an official'
            : shape < 0.25
              ? pick(LAST)
              : shape < 0.35
                ? `Mr ${pick(LAST)}`
                : shape < 0.45
                  ? `${pick(FIRST)} ${pick(MIDDLE)} ${pick(LAST)}`
                  : `${pick(FIRST)} ${pick(LAST)}`;
      refs.push({
        file: `a${String(a).padStart(3, '0')}.txt`,
        speaker: { id: `s${k + 1}`, kind, entity, role: pick(ROLES), affiliation: pick(AFFILIATIONS), mentions: [] } as unknown as Speaker,
      });
    }
  }
  return refs;
}

describe('workspace speaker merge: classes instead of all pairs', () => {
  it('finds the same people and the same name variants, in the same order, as comparing all pairs', () => {
    let variantsSeen = 0;
    let merged = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const refs = randomRefs(seed, 20 + seed * 5);
      const want = allPairs(refs);
      const { globalId, variants } = mergeSpeakers(refs);
      const got = partition(refs, (r) => globalId.get(`${r.file}#${r.speaker.id}`)!);
      assert.deepStrictEqual(got, want.people, `people, seed ${seed}`);
      assert.deepStrictEqual(
        variants.map((v) => `${v.a.file}#${v.a.speaker.id}>${v.b.file}#${v.b.speaker.id}`),
        want.variants,
        `variants, seed ${seed}`,
      );
      variantsSeen += want.variants.length;
      merged += want.people.filter((p) => new Set(p.map((x) => x.split('#')[0])).size > 1).length;
    }
    // The random workspaces exercise both: people across articles, and variants.
    assert.ok(variantsSeen > 50, `variants found: ${variantsSeen}`);
    assert.ok(merged > 30, `people merged across articles: ${merged}`);
  });
});
