// resolveSpeakers makes one mention per relay text ("Northwire" relaying many quotes) and moves it
// to each draft's place instead of building it again per draft. That is exact only while the
// entity registry keeps no reference to a mention it is handed, and only if the mention is moved
// before each use. This test runs the attribution twice on articles full of relays: once as is,
// once with every mention copied before the registry sees it (as fresh mentions per draft were),
// and checks the two agree and that every relay mention sits where it is resolved.
import * as assert from 'assert';
import { EntityRegistry } from '../../src/core/attribution/coreference';
import { findAttributions } from '../../src/core/attribution';
import { parseArticle } from '../../src/core/article/parse';
import type { MentionInfo } from '../../src/core/attribution/speakers';
import { makeArticle, makeRng } from '../../scripts/bench/templates';

describe('relay mentions made once per relay text', () => {
  it('attribute as fresh mentions per draft did, each at its own draft, on 40 generated articles', () => {
    const rng = makeRng(11);
    const texts = Array.from({ length: 40 }, () => makeArticle(rng, 700));
    const proto = EntityRegistry.prototype as unknown as { resolve(m: MentionInfo, pos: number): unknown };
    const resolve = proto.resolve;
    const asIs = texts.map((t) => JSON.stringify(findAttributions(parseArticle(t))));
    let relays = 0;
    const outlets = new Set<string>();
    proto.resolve = function (this: unknown, m: MentionInfo, pos: number) {
      // An empty span at the resolving place is a relay named outright.
      if (m.s === m.e && m.kind === 'organization' && m.description === null && !m.pronoun) {
        relays++;
        outlets.add(m.text);
        assert.strictEqual(m.s, pos, `relay ${m.text} resolved at ${pos} but placed at ${m.s}`);
      }
      return resolve.call(this, { ...m, traits: [...m.traits] }, pos);
    };
    try {
      texts.forEach((t, k) => assert.strictEqual(JSON.stringify(findAttributions(parseArticle(t))), asIs[k], `article ${k}`));
    } finally {
      proto.resolve = resolve;
    }
    // Relays were met, many per outlet: the check was not vacuous.
    assert.ok(relays > 3 * outlets.size && outlets.size >= 2, `${relays} relays of ${outlets.size} outlets`);
  });
});
