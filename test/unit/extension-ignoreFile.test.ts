// The ignore sidecar: fingerprints that survive edits elsewhere, strict parsing, merging.
import * as assert from 'assert';
import { applyChanges, emptyIgnoreFile, excerpt, fingerprint, parseIgnoreFile, serialiseIgnoreFile } from '../../src/extension/ignoreFile';

describe('extension ignore file', () => {
  it('a fingerprint ignores spacing, case and quote style, but not the words or the rule', () => {
    const a = fingerprint('unattributed', 'The  council spent “$3 million” on it.');
    assert.strictEqual(a, fingerprint('unattributed', 'the council spent "$3 million"\n on it.'));
    assert.notStrictEqual(a, fingerprint('unattributed', 'The council spent $4 million on it.'));
    assert.notStrictEqual(a, fingerprint('contradiction', 'The council spent “$3 million” on it.'));
  });

  it('round-trips and merges without duplicates, removing what was cleared', () => {
    const e1 = { file: 'articles/a.txt', rule: 'unattributed', fingerprint: 'f1', excerpt: 'One' };
    const e2 = { file: 'articles/b.txt', rule: 'contradiction', fingerprint: 'f2', excerpt: 'Two' };
    const merged = applyChanges({ version: 1, ignored: [e2] }, [e1, e2], []);
    assert.deepStrictEqual(merged.ignored, [e1, e2]);
    const parsed = parseIgnoreFile(serialiseIgnoreFile(merged));
    assert.ok(parsed.ok);
    if (parsed.ok) assert.deepStrictEqual(parsed.data, merged);
    assert.deepStrictEqual(applyChanges(merged, [], [e1]).ignored, [e2]);
  });

  it('reports broken files instead of treating them as empty', () => {
    assert.deepStrictEqual(parseIgnoreFile(serialiseIgnoreFile(emptyIgnoreFile())), { ok: true, data: emptyIgnoreFile() });
    const bad = parseIgnoreFile('{ "ignored": [ { "file": 1 } ] }');
    assert.ok(!bad.ok && /entry 1/.test(bad.error));
    const notJson = parseIgnoreFile('{ oops');
    assert.ok(!notJson.ok && /not valid JSON/.test(notJson.error));
    const noList = parseIgnoreFile('{}');
    assert.ok(!noList.ok && /"ignored"/.test(noList.error));
  });

  it('keeps excerpts short', () => {
    assert.strictEqual(excerpt('a '.repeat(100), 10).length, 10);
  });
});
