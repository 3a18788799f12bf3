// The QuickPicks' fuzzy search: typos and partial words still find the speaker or source.
import * as assert from 'assert';
import { fuzzySearcher } from '../../src/extension/fuzzy';

describe('extension fuzzy search', () => {
  const speakers = [
    { name: 'Sergei Lavrov', role: 'Foreign Minister', affiliation: 'Russia' },
    { name: 'Ana Ruiz', role: 'Mayor', affiliation: 'Harbourtown' },
    { name: 'Tom Park', role: 'union leader', affiliation: null },
  ];
  const search = fuzzySearcher(speakers, ['name', 'role', 'affiliation']);

  it('finds a name despite a typo, best match first', () => {
    assert.strictEqual(search('lavrof')[0]?.name, 'Sergei Lavrov');
    assert.strictEqual(search('ana ruis')[0]?.name, 'Ana Ruiz');
  });

  it('finds by role or affiliation', () => {
    assert.strictEqual(search('mayor')[0]?.name, 'Ana Ruiz');
    assert.strictEqual(search('union')[0]?.name, 'Tom Park');
  });

  it('an empty query lists everything; nonsense finds nothing', () => {
    assert.strictEqual(search('  ').length, 3);
    assert.deepStrictEqual(search('zzzzqqq'), []);
  });
});
