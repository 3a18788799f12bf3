// Findings -> diagnostics under the bench's stub `vscode`: each finding's other side becomes related
// information (as many as it has, at their positions), and a finding with no other side gets none.
import * as assert from 'assert';
import * as path from 'path';
import { analyzeText } from '../../src/core';
import { lineStarts, positionAt } from '../../src/core/positions';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { installVscodeStub } = require(path.join(__dirname, '..', '..', 'scripts', 'bench', 'vscode-stub.js'));
const vscode = installVscodeStub();
/* eslint-disable @typescript-eslint/no-require-imports */
const { DiagnosticsLayer } = require('../../src/extension/diagnostics') as typeof import('../../src/extension/diagnostics');
const { IgnoreStore } = require('../../src/extension/ignoreFindings') as typeof import('../../src/extension/ignoreFindings');
/* eslint-enable @typescript-eslint/no-require-imports */

const PARAGRAPHS = [
  'Mayor Ana Ruiz said the pier would open in May.',
  'Port chief Eli Moss said the pier would not open before July.',
  'Ruiz said the contractor had been paid in full.',
  'Moss said the contractor had not been paid.',
  'The budget was cut by 40 percent last year.',
];

describe('extension diagnostics layer', () => {
  it('gives each finding its other side as related information, and none to a finding without one', () => {
    const text = `Pier opening delayed\n\nHARBOURTOWN, May 2 -\n\n${PARAGRAPHS.join('\n\n')}\n`;
    const analysis = analyzeText(text);
    const starts = lineStarts(text);
    const at = (o: number) => {
      const p = positionAt(starts, o);
      return new vscode.Position(p.line, p.character);
    };
    const uri = { toString: () => 'file:///ws/pier.txt', path: '/ws/pier.txt', scheme: 'file' };
    const doc = { uri, version: 3, languageId: 'news-article', isClosed: false, getText: () => text, positionAt: at };
    vscode.workspace.textDocuments = [doc];
    vscode.workspace.getConfiguration = () => ({ get: (_k: string, d: unknown) => d });
    vscode.workspace.getWorkspaceFolder = () => ({ uri: { path: '/ws', toString: () => 'file:///ws' }, name: 'ws', index: 0 });
    let publish: (e: unknown) => void = () => undefined;
    const none = () => ({ dispose() {} });
    const service = { onDidAnalyze: (f: (e: unknown) => void) => ((publish = f), none()), onDidForget: none, all: () => [] };
    const layer = new DiagnosticsLayer(service as never, { get: () => undefined } as never, new IgnoreStore(), vscode.Uri);
    publish({ uri, version: 3, analysis });
    const published = layer.publishedFor(uri as never);
    assert.strictEqual(published.length, analysis.findings.length);
    assert.ok(published.some((p) => p.finding.related.length) && published.some((p) => !p.finding.related.length), 'findings with and without another side');
    for (const p of published) {
      const d = p.diagnostic;
      assert.deepStrictEqual([d.range.start, d.range.end], [at(p.finding.span[0]), at(p.finding.span[1])]);
      if (!p.finding.related.length) assert.strictEqual(d.relatedInformation, undefined, p.finding.message);
      else
        assert.deepStrictEqual(
          d.relatedInformation!.map((r) => [r.message, r.location.range.start, r.location.range.end]),
          p.finding.related.map((r) => [r.message, at(r.span[0]), at(r.span[1])]),
        );
      assert.strictEqual(p.version, 3);
    }
  });
});
