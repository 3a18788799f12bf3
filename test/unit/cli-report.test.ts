// Locating findings, linter lines and SARIF pieces, on findings made here (not by the engine).
import * as assert from 'assert';
import type { Finding } from '../../src/core';
import { LineIndex } from '../../src/cli/lineIndex';
import { locateFindings } from '../../src/cli/locate';
import { emptyCounts, renderFindingLine, renderSummary } from '../../src/cli/checkReport';
import { sarifFooter, sarifHeader, sarifResult } from '../../src/cli/sarif';

const text = 'Headline \u{1F4F0}\r\nThe port lost 30 million euros.\r\n"No deal," the minister said.\r\n';
const claim = text.indexOf('The port');
const quote = text.indexOf('"No deal');
const findings: Finding[] = [
  {
    rule: 'unattributed',
    severity: 'warning',
    span: [claim, claim + 'The port lost 30 million euros'.length],
    message: 'a figure with no source',
    related: [],
  },
  {
    rule: 'contradiction',
    severity: 'error',
    span: [quote, quote + 10],
    message: 'contradicts line 2',
    related: [{ span: [claim, claim + 8], message: 'the other side' }, { file: 'other.txt', span: [5, 9], message: 'elsewhere' }],
  },
];

describe('cli locateFindings', () => {
  const located = locateFindings('dir/a.txt', findings, new LineIndex(text));

  it('gives 1-based ranges across CRLF lines, end column exclusive', () => {
    assert.deepStrictEqual(
      [located[0].line, located[0].column, located[0].endLine, located[0].endColumn],
      [2, 1, 2, 31],
    );
    assert.deepStrictEqual([located[1].line, located[1].column, located[1].endColumn], [3, 1, 11]);
  });

  it('locates same-file related spans and leaves other files unlocated without their text', () => {
    assert.deepStrictEqual(located[1].related.map((r) => [r.file, r.line, r.column]), [
      ['dir/a.txt', 2, 1],
      ['other.txt', 0, 0],
    ]);
  });

  it('uses the other file\'s line index when given one', () => {
    const other = new LineIndex('ab\ncdefghij');
    const again = locateFindings('dir/a.txt', findings, new LineIndex(text), (f) => (f === 'other.txt' ? other : undefined));
    assert.deepStrictEqual([again[1].related[1].line, again[1].related[1].column], [2, 3]);
  });

  it('prints linter lines and a summary', () => {
    assert.strictEqual(renderFindingLine(located[0]), 'dir/a.txt:2:1: warning unattributed a figure with no source\n');
    const lines = renderFindingLine(located[1]).split('\n');
    assert.strictEqual(lines[0], 'dir/a.txt:3:1: error contradiction contradicts line 2');
    assert.strictEqual(lines[1], '  dir/a.txt:2:1: related: the other side');
    const counts = emptyCounts();
    counts.warning = 1;
    counts.error = 1;
    assert.strictEqual(
      renderSummary(counts, 2, 1),
      '2 findings (1 error, 1 warning, 0 information, 0 hints) in 2 files; 1 file could not be checked\n',
    );
  });
});

describe('cli SARIF', () => {
  const located = locateFindings('dir/a.txt', findings, new LineIndex(text));
  const cwd = '/work/project';
  const doc = JSON.parse(
    sarifHeader('9.9.9', cwd) +
      located.map((f) => sarifResult(f, cwd)).join(',\n') +
      sarifFooter(false, [{ file: 'dir/bad.txt', message: 'binary file, skipped', level: 'error' }], cwd),
  );

  it('is a SARIF 2.1.0 log with a newsfact driver and documented rules', () => {
    assert.strictEqual(doc.version, '2.1.0');
    assert.match(doc.$schema, /sarif-2\.1\.0/);
    const driver = doc.runs[0].tool.driver;
    assert.strictEqual(driver.name, 'newsfact');
    assert.strictEqual(driver.version, '9.9.9');
    const ids = driver.rules.map((r: { id: string }) => r.id);
    assert.ok(ids.includes('unattributed') && ids.includes('contradiction'));
    for (const r of driver.rules) assert.match(r.helpUri, new RegExp(`README\\.md#rule-${r.id}$`));
  });

  it('reports regions, levels and related locations', () => {
    const [a, b] = doc.runs[0].results;
    assert.strictEqual(a.ruleId, 'unattributed');
    assert.strictEqual(doc.runs[0].tool.driver.rules[a.ruleIndex].id, 'unattributed');
    assert.strictEqual(a.level, 'warning');
    assert.deepStrictEqual(a.locations[0].physicalLocation.artifactLocation, { uri: 'dir/a.txt', uriBaseId: 'SRCROOT' });
    assert.deepStrictEqual(a.locations[0].physicalLocation.region, { startLine: 2, startColumn: 1, endLine: 2, endColumn: 31 });
    assert.strictEqual(b.level, 'error');
    assert.strictEqual(b.relatedLocations.length, 2);
    assert.deepStrictEqual(b.relatedLocations[0].physicalLocation.region, { startLine: 2, startColumn: 1, endLine: 2, endColumn: 9 });
    assert.strictEqual(b.relatedLocations[0].message.text, 'the other side');
    assert.strictEqual(b.relatedLocations[1].physicalLocation.region, undefined);
  });

  it('records skipped files as tool notifications', () => {
    const inv = doc.runs[0].invocations[0];
    assert.strictEqual(inv.executionSuccessful, false);
    assert.strictEqual(inv.toolExecutionNotifications[0].message.text, 'binary file, skipped');
    assert.strictEqual(doc.runs[0].originalUriBaseIds.SRCROOT.uri, 'file:///work/project/');
  });
});
