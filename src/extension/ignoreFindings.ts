// "Ignore this finding": suppressions live in `.newsfact/ignore.json` at the workspace root, keyed
// by workspace-relative file and a fingerprint of the sentence and rule, so they survive edits
// elsewhere and can be shared in git. Written through sidecarWrite.ts (lock, re-read and merge,
// temp file + rename, verify), so two windows do not drop each other's entries; a broken file is
// reported, never replaced.
import * as vscode from 'vscode';
import type { Finding } from '../core/types';
import type { AnalysisService } from './analysisService';
import type { DiagnosticsLayer } from './diagnostics';
import { sentenceText } from './diagnostics';
import {
  applyChanges,
  emptyIgnoreFile,
  entryKey,
  excerpt,
  fingerprint,
  parseIgnoreFile,
  serialiseIgnoreFile,
  type IgnoreEntry,
  type IgnoreFileData,
} from './ignoreFile';
import { workspaceSidecarFs } from './sidecarFs';
import { writeMerged, type WriteResult } from './sidecarWrite';

const IGNORE_PATH = ['.newsfact', 'ignore.json'];

interface FolderState {
  data: IgnoreFileData;
  keys: Set<string>;
  error?: string;
}

export class IgnoreStore implements vscode.Disposable {
  private readonly folders = new Map<string, FolderState>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly warned = new Set<string>();
  readonly onDidChange = this.changed.event;

  constructor() {
    const w = vscode.workspace.createFileSystemWatcher(`**/${IGNORE_PATH.join('/')}`);
    const reload = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder) void this.load(folder).then(() => this.changed.fire());
    };
    this.disposables.push(w, w.onDidCreate(reload), w.onDidChange(reload), w.onDidDelete(reload));
  }

  /** Reads every workspace folder's ignore file; call once at start. */
  async loadAll(): Promise<void> {
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.load(f)));
    this.changed.fire();
  }

  isIgnored(uri: vscode.Uri, rule: string, sentence: string): boolean {
    return this.matcherFor(uri)?.(rule, sentence) ?? false;
  }

  /**
   * `isIgnored` for one document, its folder looked up once; undefined when nothing in it is
   * ignored, so publishing a document's findings skips the sentence fingerprints altogether.
   */
  matcherFor(uri: vscode.Uri): ((rule: string, sentence: string) => boolean) | undefined {
    const where = relative(uri);
    if (!where) return undefined;
    const state = this.folders.get(where.folder.uri.toString());
    if (!state?.keys.size) return undefined;
    return (rule, sentence) => state.keys.has(entryKey({ file: where.path, rule, fingerprint: fingerprint(rule, sentence) }));
  }

  /** Every suppression in every folder, with the folder it belongs to. */
  list(): Array<{ folder: vscode.WorkspaceFolder; entry: IgnoreEntry }> {
    const out: Array<{ folder: vscode.WorkspaceFolder; entry: IgnoreEntry }> = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const entry of this.folders.get(folder.uri.toString())?.data.ignored ?? []) out.push({ folder, entry });
    }
    return out;
  }

  async ignore(uri: vscode.Uri, finding: Finding, sentence: string): Promise<boolean> {
    const where = relative(uri);
    if (!where) {
      void vscode.window.showWarningMessage('Newsfact can only ignore findings in files inside a workspace folder.');
      return false;
    }
    const entry: IgnoreEntry = { file: where.path, rule: finding.rule, fingerprint: fingerprint(finding.rule, sentence), excerpt: excerpt(sentence) };
    return this.update(where.folder, [entry], []);
  }

  async remove(folder: vscode.WorkspaceFolder, entries: readonly IgnoreEntry[]): Promise<boolean> {
    return this.update(folder, [], entries);
  }

  private async update(folder: vscode.WorkspaceFolder, add: IgnoreEntry[], remove: readonly IgnoreEntry[]): Promise<boolean> {
    // Re-read right before writing: another window may have added entries since we loaded.
    const state = await this.load(folder);
    if (state.error) {
      this.warn(folder, state.error, true);
      return false;
    }
    const target = ignoreUri(folder).toString();
    const removed = new Set(remove.map(entryKey));
    let result: WriteResult<IgnoreFileData>;
    try {
      result = await writeMerged(workspaceSidecarFs(), target, {
        empty: emptyIgnoreFile,
        parse: parseIgnoreFile,
        serialise: serialiseIgnoreFile,
        merge: (base) => applyChanges(base, add, remove),
        applied: (data) => {
          const keys = new Set(data.ignored.map(entryKey));
          return add.every((e) => keys.has(entryKey(e))) && [...removed].every((k) => !keys.has(k));
        },
      });
    } catch (err) {
      result = { ok: false, error: (err as Error).message, broken: false };
    }
    if (!result.ok) {
      if (result.broken) {
        this.folders.set(folder.uri.toString(), { ...stateOf(emptyIgnoreFile()), error: result.error });
        this.warn(folder, result.error, true);
      } else void vscode.window.showErrorMessage(`Newsfact could not write ${IGNORE_PATH.join('/')}: ${result.error}`);
      return false;
    }
    const next = result.data;
    this.folders.set(folder.uri.toString(), stateOf(next));
    this.changed.fire();
    return true;
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<FolderState> {
    let state: FolderState;
    try {
      const bytes = await vscode.workspace.fs.readFile(ignoreUri(folder));
      const parsed = parseIgnoreFile(new TextDecoder('utf-8').decode(bytes));
      // A broken file suppresses nothing until it is fixed, and we never write over it.
      state = parsed.ok ? stateOf(parsed.data) : { ...stateOf(emptyIgnoreFile()), error: parsed.error };
    } catch {
      state = stateOf(emptyIgnoreFile()); // no file yet
    }
    this.folders.set(folder.uri.toString(), state);
    if (state.error) this.warn(folder, state.error, false);
    else this.warned.delete(folder.uri.toString());
    return state;
  }

  private warn(folder: vscode.WorkspaceFolder, error: string, always: boolean): void {
    const key = folder.uri.toString();
    if (!always && this.warned.has(key)) return;
    this.warned.add(key);
    void vscode.window
      .showWarningMessage(
        `Newsfact cannot read ${IGNORE_PATH.join('/')} in "${folder.name}": ${error}. Ignored findings show again, and Newsfact will not change the file until it is fixed or deleted.`,
        'Open File',
      )
      .then((choice) => choice && vscode.window.showTextDocument(ignoreUri(folder)));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function stateOf(data: IgnoreFileData): FolderState {
  return { data, keys: new Set(data.ignored.map(entryKey)) };
}

function ignoreUri(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...IGNORE_PATH);
}

function relative(uri: vscode.Uri): { folder: vscode.WorkspaceFolder; path: string } | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(base) ? { folder, path: uri.path.slice(base.length) } : undefined;
}

/** The code action and the command that lists and clears suppressions. */
export function registerIgnoreFindings(context: vscode.ExtensionContext, service: AnalysisService, diagnostics: DiagnosticsLayer, store: IgnoreStore): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(
      { language: 'news-article' },
      {
        provideCodeActions(doc, _range, ctx) {
          const actions: vscode.CodeAction[] = [];
          for (const d of ctx.diagnostics) {
            const p = diagnostics.match(doc.uri, d);
            if (!p || p.version !== doc.version) continue; // stale: the diagnostics are being recomputed
            const action = new vscode.CodeAction('Ignore this finding', vscode.CodeActionKind.QuickFix);
            action.diagnostics = [d];
            action.command = {
              command: 'newsfact.ignoreFinding',
              title: 'Ignore this finding',
              arguments: [doc.uri.toString(), p.version, p.finding.rule, p.finding.span[0], p.finding.span[1]],
            };
            actions.push(action);
          }
          return actions;
        },
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
    vscode.commands.registerCommand('newsfact.ignoreFinding', async (uriText: string, version: number, rule: string, start: number, end: number) => {
      const uri = vscode.Uri.parse(uriText);
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const entry = doc && service.fresh(doc);
      if (!doc || !entry || doc.version !== version) {
        void vscode.window.showInformationMessage('The article changed since this finding was computed; try again on the updated finding.');
        return false;
      }
      // Published findings include the cross-article ones, which are not in the article's own analysis.
      const finding = diagnostics.publishedFor(uri).find((p) => p.version === version && p.finding.rule === rule && p.finding.span[0] === start && p.finding.span[1] === end)?.finding;
      if (!finding) return false;
      return store.ignore(uri, finding, sentenceText(entry.analysis, finding.span));
    }),
    vscode.commands.registerCommand('newsfact.manageIgnoredFindings', async () => {
      const all = store.list();
      if (all.length === 0) {
        void vscode.window.showInformationMessage('No findings are ignored in this workspace.');
        return;
      }
      const picked = await vscode.window.showQuickPick(
        all.map((x) => ({ label: `${x.entry.rule}: ${x.entry.excerpt || x.entry.fingerprint}`, description: x.entry.file, x })),
        { canPickMany: true, title: 'Ignored findings: select the ones to show again', placeHolder: 'Select and press Enter to clear those suppressions' },
      );
      if (!picked?.length) return;
      const byFolder = new Map<vscode.WorkspaceFolder, IgnoreEntry[]>();
      for (const p of picked) byFolder.set(p.x.folder, [...(byFolder.get(p.x.folder) ?? []), p.x.entry]);
      for (const [folder, entries] of byFolder) await store.remove(folder, entries);
    }),
  );
}
