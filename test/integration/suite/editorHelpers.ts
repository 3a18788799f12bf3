// Helpers for the editor-feature suites: the extension's test API, diagnostics by rule, and
// scratch articles written into the fixture workspace (removed again by the suites that make them).
import * as vscode from 'vscode';
import { EXTENSION_ID, fixtureUri, waitFor } from '../helpers';

// The part of activate()'s test API these suites use, declared here rather than imported from
// src/ so the suite compiles on its own (the real type is NewsfactApi in src/extension/extension.ts).
interface QuoteLike {
  id: string;
  type: string;
  text: string;
  spans: [number, number][];
}
interface SpeakerGroupLike {
  key: string;
  name: string;
  kind: string;
  quotes: Array<{ uri: string; quote: QuoteLike; findings: number }>;
}
export type QuotesNode = { kind: 'speaker'; group: SpeakerGroupLike } | { kind: 'quote'; item: { uri: string; quote: QuoteLike; findings: number }; parent: SpeakerGroupLike };
interface IgnoreEntryLike {
  file: string;
  rule: string;
  fingerprint: string;
}
export interface NewsfactApi {
  service: {
    get(uri: vscode.Uri): { version: number; analysis: { quotes: QuoteLike[] } } | undefined;
    fresh(doc: vscode.TextDocument): { version: number } | undefined;
  };
  index: { ready(): Promise<void>; all(): Array<{ uri: string }> };
  quotesTree: {
    refresh(): void;
    getChildren(node?: QuotesNode): QuotesNode[];
    getParent(node: QuotesNode): QuotesNode | undefined;
    getTreeItem(node: QuotesNode): vscode.TreeItem;
    view?: vscode.TreeView<QuotesNode>;
  };
  ignores: {
    list(): Array<{ folder: vscode.WorkspaceFolder; entry: IgnoreEntryLike }>;
    remove(folder: vscode.WorkspaceFolder, entries: IgnoreEntryLike[]): Promise<boolean>;
  };
  status: { text: string; command?: vscode.Command };
}

export async function newsfactApi(): Promise<NewsfactApi> {
  const ext = vscode.extensions.getExtension<NewsfactApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded`);
  return ext.isActive ? ext.exports : ext.activate();
}

export function newsfactDiagnostics(uri: vscode.Uri, rule?: string): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'newsfact' && (!rule || (typeof d.code === 'object' ? d.code.value : d.code) === rule));
}

/** Polls until the document has at least one diagnostic of the rule. */
export function waitForDiagnostic(doc: vscode.TextDocument, rule: string, where?: (d: vscode.Diagnostic) => boolean): Promise<vscode.Diagnostic> {
  return waitFor(`a ${rule} diagnostic in ${vscode.workspace.asRelativePath(doc.uri)}`, () =>
    newsfactDiagnostics(doc.uri, rule).find((d) => !where || where(d)),
  );
}

/** A fresh article file under articles/ (so it opens as news-article), unique per run. */
export async function scratchArticle(name: string, text: string): Promise<vscode.TextDocument> {
  const uri = fixtureUri(`articles/it-scratch/${name}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.txt`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  return doc;
}

export async function removeScratch(): Promise<void> {
  await vscode.workspace.fs.delete(fixtureUri('articles/it-scratch'), { recursive: true }).then(undefined, () => undefined);
}

/** The position of the `nth` occurrence of `needle` (plus `delta` characters). */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 1, nth = 0): vscode.Position {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = doc.getText().indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not in ${doc.uri.toString()}`);
  }
  return doc.positionAt(i + delta);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n')
    .replace(/\\(.)/g, '$1'); // our hovers escape Markdown characters in article text
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  // Global (user) settings live in the throwaway test profile, so the fixture folder stays clean.
  await vscode.workspace.getConfiguration('newsfact').update(key, value, vscode.ConfigurationTarget.Global);
}
