// Every article file in the workspace, not only open ones: found with the article globs, read
// through `vscode.workspace.fs` (so it also works in a web worker), analysed in small slices that
// yield to the editor, and kept fresh by a file watcher. Open documents win over the disk copy.
// Each entry keeps the analysis (cross-article checks need the statements) and line starts, so
// spans of files that are not open can be placed without reading them again.
import * as vscode from 'vscode';
import type { Analysis, Dateline, Finding, Quote, Speaker } from '../core/types';
import type { AnalysisEntry, AnalysisService, Analyzer } from './analysisService';
import { articleFilePatterns } from './articlePatterns';
import { lineStarts } from './offsets';
import { SpeakerDirectory, type ArticleEntry } from './quotesTreeModel';

export interface IndexedArticle extends ArticleEntry {
  uri: string;
  title: string;
  quotes: Quote[];
  speakers: Speaker[];
  findings: Finding[];
  dateline: Dateline | null;
  lineStarts: number[];
  /** The whole analysis, for cross-article comparison (it needs the statements' text). */
  analysis: Analysis;
}

/** Above this many files the first pass shows a progress notification (with Cancel). */
const PROGRESS_THRESHOLD = 50;
const SLICE_MS = 15;

export class WorkspaceIndex implements vscode.Disposable {
  private readonly entries = new Map<string, IndexedArticle>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private watchers: vscode.Disposable[] = [];
  private directoryCache: { generation: number; directory: SpeakerDirectory } | undefined;
  private building: Promise<void> | undefined;
  private buildCancel: vscode.CancellationTokenSource | undefined;
  private readonly queue = new Set<string>();
  /** Files the article globs match on disk (the rest of the index are documents open as articles). */
  private diskFiles = new Set<string>();
  private queueTimer: ReturnType<typeof setTimeout> | undefined;
  private warmTimer: ReturnType<typeof setTimeout> | undefined;
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  /** False until the first full pass over the workspace has finished. */
  indexed = false;
  /** Bumped on every change; caches keyed by it stay valid until the next change. */
  generation = 0;
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly service: AnalysisService,
    private readonly extension: vscode.Extension<unknown>,
    private readonly analyze: Analyzer,
  ) {
    this.disposables.push(
      service.onDidAnalyze((e) => {
        this.fromOpenDocument(e);
        // The first article opened starts the workspace pass (not activation: a plain .txt activates us too).
        void this.ready();
      }),
      service.onDidForget((uri) => this.enqueue(uri)), // back to the saved copy on disk
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('newsfact.articleGlobs')) void this.rebuild();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rebuild()),
    );
    for (const e of service.all()) this.fromOpenDocument(e);
  }

  get(uri: vscode.Uri | string): IndexedArticle | undefined {
    return this.entries.get(uri.toString());
  }

  all(): IndexedArticle[] {
    return [...this.entries.values()];
  }

  /** Speakers merged across the workspace; computed once per change. */
  directory(): SpeakerDirectory {
    if (this.directoryCache?.generation !== this.generation) {
      this.directoryCache = { generation: this.generation, directory: new SpeakerDirectory(this.all()) };
    }
    return this.directoryCache.directory;
  }

  /** The first full pass (idempotent while it runs). */
  ready(): Promise<void> {
    return (this.building ??= this.build(false));
  }

  /** Drops everything and indexes the workspace again, with a progress notification. */
  rebuild(showProgress = true): Promise<void> {
    this.buildCancel?.cancel();
    this.building = this.build(showProgress);
    return this.building;
  }

  private async build(forceProgress: boolean): Promise<void> {
    const cts = new vscode.CancellationTokenSource();
    this.buildCancel = cts;
    this.watch();
    const uris = await this.findArticleFiles(cts.token);
    if (cts.token.isCancellationRequested) return;
    this.diskFiles = new Set(uris.map((u) => u.toString()));
    for (const key of [...this.entries.keys()]) if (!this.diskFiles.has(key) && !this.service.get(vscode.Uri.parse(key))) this.entries.delete(key);
    const work = (progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken) =>
      this.indexFiles(uris, progress, token ?? cts.token);
    if (forceProgress || uris.length > PROGRESS_THRESHOLD) {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Newsfact: analysing articles', cancellable: true },
        (progress, token) => {
          token.onCancellationRequested(() => cts.cancel());
          return work(progress, cts.token);
        },
      );
    } else await work();
    if (!cts.token.isCancellationRequested) this.indexed = true;
    this.bump();
  }

  private async findArticleFiles(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    if (!vscode.workspace.workspaceFolders?.length) return [];
    const found = new Map<string, vscode.Uri>();
    for (const pattern of articleFilePatterns(this.extension)) {
      try {
        for (const uri of await vscode.workspace.findFiles(pattern, undefined, undefined, token)) found.set(uri.toString(), uri);
      } catch (err) {
        console.error(`newsfact: cannot search for ${pattern}`, err);
      }
    }
    return [...found.values()];
  }

  private async indexFiles(
    uris: readonly vscode.Uri[],
    progress: vscode.Progress<{ message?: string; increment?: number }> | undefined,
    token: vscode.CancellationToken,
  ): Promise<void> {
    let sliceStart = Date.now();
    for (let i = 0; i < uris.length; i++) {
      if (token.isCancellationRequested) return;
      await this.indexFile(uris[i]);
      progress?.report({ message: `${i + 1} of ${uris.length}`, increment: 100 / uris.length });
      if (Date.now() - sliceStart > SLICE_MS) {
        // Yield so typing, hovers and the views stay responsive during a large first pass.
        this.bump();
        await new Promise((r) => setTimeout(r, 0));
        sliceStart = Date.now();
      }
    }
  }

  private async indexFile(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    if (this.service.get(uri)) return; // open in an editor: the live analysis is fresher
    try {
      const maxBytes = vscode.workspace.getConfiguration('newsfact').get<number>('maxFileSizeMB', 10) * 1024 * 1024;
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > maxBytes) {
        this.entries.delete(key);
        return;
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
      if (this.service.get(uri)) return; // opened while we were reading
      this.entries.set(key, summarise(uri, this.analyze(text), text));
    } catch (err) {
      // A file that vanished or cannot be read just leaves the index.
      this.entries.delete(key);
      if (!(err instanceof vscode.FileSystemError)) console.error(`newsfact: cannot index ${key}`, err);
    }
  }

  private fromOpenDocument(e: AnalysisEntry): void {
    this.entries.set(e.uri.toString(), summarise(e.uri, e.analysis, e.analysis.article.text));
    this.bump();
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    // File events inside a folder that was just created or copied in can be coalesced into the
    // folder's own event; a new folder (a name without a dot) triggers a search for new articles.
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, true);
    this.watchers.push(
      folders,
      folders.onDidCreate((u) => {
        const name = u.path.slice(u.path.lastIndexOf('/') + 1);
        if (!name.includes('.')) this.scheduleRescan();
      }),
    );
    for (const pattern of articleFilePatterns(this.extension)) {
      const w = vscode.workspace.createFileSystemWatcher(pattern);
      this.watchers.push(
        w,
        w.onDidCreate((u) => this.enqueue(u, true)),
        w.onDidChange((u) => this.enqueue(u, true)),
        w.onDidDelete((u) => {
          this.diskFiles.delete(u.toString());
          if (!this.service.get(u) && this.entries.delete(u.toString())) this.bump();
        }),
      );
    }
  }

  private scheduleRescan(): void {
    if (this.rescanTimer) clearTimeout(this.rescanTimer);
    this.rescanTimer = setTimeout(async () => {
      this.rescanTimer = undefined;
      const cts = new vscode.CancellationTokenSource();
      try {
        for (const uri of await this.findArticleFiles(cts.token)) if (!this.diskFiles.has(uri.toString())) this.enqueue(uri, true);
      } finally {
        cts.dispose();
      }
    }, 500);
  }

  /** Coalesces watcher events (a `git checkout` touches many files at once). */
  private enqueue(uri: vscode.Uri, isArticleFile = false): void {
    if (isArticleFile) this.diskFiles.add(uri.toString());
    this.queue.add(uri.toString());
    if (this.queueTimer) return;
    this.queueTimer = setTimeout(async () => {
      this.queueTimer = undefined;
      const uris = [...this.queue].map((u) => vscode.Uri.parse(u));
      this.queue.clear();
      for (const uri of uris) {
        if (this.service.get(uri)) continue;
        if (this.diskFiles.has(uri.toString())) await this.indexFile(uri);
        else this.entries.delete(uri.toString()); // an article only while open ("Treat as News Article")
      }
      this.bump();
    }, 200);
  }

  private bump(): void {
    this.generation++;
    this.changed.fire();
    // Rebuild the speaker directory once changes settle, so a hover rarely pays for it.
    if (this.warmTimer) clearTimeout(this.warmTimer);
    if (this.rescanTimer) clearTimeout(this.rescanTimer);
    this.warmTimer = setTimeout(() => {
      this.warmTimer = undefined;
      this.directory();
    }, 300);
  }

  dispose(): void {
    this.buildCancel?.cancel();
    if (this.queueTimer) clearTimeout(this.queueTimer);
    if (this.warmTimer) clearTimeout(this.warmTimer);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

export function summarise(uri: vscode.Uri, analysis: Analysis, text: string): IndexedArticle {
  const base = uri.path.split('/').pop() ?? uri.toString();
  return {
    uri: uri.toString(),
    title: analysis.article.headline?.text.trim() || base,
    quotes: analysis.quotes,
    speakers: analysis.speakers,
    findings: analysis.findings,
    dateline: analysis.article.dateline,
    lineStarts: lineStarts(text),
    analysis,
  };
}
