// Review of the early stop of coreference after an edit (fe28dd7): mayBeFound may answer false
// only when no later mention can find the entity. "The agency" (a generic organisation head, with
// nothing else to match) finds the latest organisation, plural ones included, so a plural
// organisation outlived by a group of people (which "the agency" never looks at) must still count.
import * as assert from 'node:assert';
import { keyOf, LaterLookups, mayBeFound, type RegistrySnapshot } from '../../src/core/attribution/coreference';
import type { MentionInfo } from '../../src/core/attribution/speakers';

type SnapEntity = RegistrySnapshot['ents'][number];

function entity(id: string, name: string, kind: SnapEntity['kind'], last: number): SnapEntity {
  return {
    id, name, kind, role: null, affiliation: null, gender: null, plural: true, traits: [], age: null,
    mentions: [], end: last + name.length, last, key: keyOf(name), descriptive: false, count: 0,
  };
}

function described(description: string, kind: MentionInfo['kind']): LaterLookups {
  const later = new LaterLookups();
  later.addMention({
    s: 900, e: 900 + description.length, text: description, name: null, description, pronoun: null, kind, role: null,
    affiliation: null, gender: null, plural: false, traits: [], age: null, parts: null, anaphoric: true,
  });
  return later;
}

describe('incremental review: coreference early stop', () => {
  // The unions (an organisation, plural), then the dockers (people, plural) mentioned after them.
  const ents = [entity('e1', 'Grain Growers Unions', 'organization', 100), entity('e2', 'Portvale Dockers', 'person', 300)];

  it('"the agency" later can still find a plural organisation that a later group of people outlives', () => {
    assert.strictEqual(mayBeFound(ents, 0, described('the agency', 'organization')), true);
  });

  it('a later description of a person cannot find it: the stop is still taken', () => {
    assert.strictEqual(mayBeFound(ents, 0, described('the minister', 'person')), false);
  });
});
