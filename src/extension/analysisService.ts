// The one owner of analyses. An article document is analysed when it opens and again shortly
// after it changes (debounced; a newer version cancels the pending run), and the result is cached
// by document version. Every feature reads from here, so a hover or a tree refresh never analyses.
// A change is re-analysed from the previous analysis (the core's `reanalyze`): only the paragraphs
// it touches and what depends on them are redone, with a result equal to a fresh analysis.
import * as vscode from 'vscode';
import { analyzeText, reanalyze } from '../core';
import type { Analysis } from '../core/types';
import { lookupFor } from './analysisLookup';
import { skipReason, type SkipReason } from './textCheck';

export const LANGUAGE_ID = 'news-article';
const CHANGE_DELAY_MS = 120;
/** The hover's position indexes are made once typing pauses (VS Code shows a hover after 300 ms). */
const WARM_DELAY_MS = 500;

export interface AnalysisEntry {
  uri: vscode.Uri;
  version: number;
  analysis: Analysis;
}

export type Analyzer = (text: string) => Analysis;

export function isArticle(doc: vscode.TextDocument): boolean {
  return doc.languageId === LANGUAGE_ID;
}

export class AnalysisService implements vscode.Disposable {
  private readonly cache = new Map<string, AnalysisEntry>();
  /** Documents left unanalysed (over the size limit, or binary), with the reason. */
  private readonly skipped = new Map<string, SkipReason>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private warmTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly waiters = new Map<string, Array<() => void>>();
  private readonly changed = new vscode.EventEmitter<AnalysisEntry>();
  private readonly forgotten = new vscode.EventEmitter<vscode.Uri>();
  private readonly skippedEvent = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.forgotten, this.skippedEvent];
  /** Fires after a document's analysis is replaced (never for a stale version). */
  readonly onDidAnalyze = this.changed.event;
  /** Fires when a document is closed or stops being an article. */
  readonly onDidForget = this.forgotten.event;
  /** Fires when a document is left unanalysed (too large, binary): the status item says why. */
  readonly onDidSkip = this.skippedEvent.event;

  /**
   * `analyze`: the analyzer. With the core's own (the default), a change is re-analysed from the
   * previous analysis by the core's `reanalyze`, which finds what changed by comparing the texts;
   * another analyzer (tests) is used as it is.
   */
  constructor(private readonly analyze: Analyzer = analyzeText) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && this.schedule(e.document, CHANGE_DELAY_MS)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('newsfact.maxFileSizeMB')) return;
        for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
      }),
    );
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** The cached analysis of a document, possibly of an older version while a new one is pending. */
  get(uri: vscode.Uri): AnalysisEntry | undefined {
    return this.cache.get(uri.toString());
  }

  /** The analysis of exactly this version, if it is ready. */
  fresh(doc: vscode.TextDocument): AnalysisEntry | undefined {
    const e = this.cache.get(doc.uri.toString());
    return e && e.version === doc.version ? e : undefined;
  }

  /** True when the document is over `newsfact.maxFileSizeMB` and was left unanalysed. */
  isTooLarge(uri: vscode.Uri): boolean {
    return this.skipped.get(uri.toString())?.kind === 'too-large';
  }

  /** Why the document was left unanalysed (too large, binary), if it was. */
  whySkipped(uri: vscode.Uri): SkipReason | undefined {
    return this.skipped.get(uri.toString());
  }

  /** All cached analyses of open article documents. */
  all(): AnalysisEntry[] {
    return [...this.cache.values()];
  }

  /**
   * The analysis of the document's current version, waiting for the pending run if needed (at most
   * the debounce delay). Undefined if the document is not an article or the token is cancelled.
   */
  async current(doc: vscode.TextDocument, token?: vscode.CancellationToken): Promise<AnalysisEntry | undefined> {
    if (!isArticle(doc) || doc.isClosed) return undefined;
    for (let attempt = 0; attempt < 5; attempt++) {
      const hit = this.fresh(doc);
      if (hit) return hit;
      if (token?.isCancellationRequested || this.skipped.has(doc.uri.toString())) return undefined;
      if (!this.timers.has(doc.uri.toString())) this.schedule(doc, 0);
      await new Promise<void>((resolve) => {
        const key = doc.uri.toString();
        const list = this.waiters.get(key) ?? [];
        list.push(resolve);
        this.waiters.set(key, list);
        token?.onCancellationRequested(() => resolve());
      });
    }
    return this.fresh(doc);
  }

  /** Analyse now, skipping the debounce (commands like "Analyse workspace"). */
  analyzeNow(doc: vscode.TextDocument): AnalysisEntry | undefined {
    this.cancel(doc.uri.toString());
    return this.run(doc);
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    if (!isArticle(doc)) {
      // The language can change (e.g. "Treat as News Article" or back to plain text).
      if (this.cache.has(doc.uri.toString())) this.forget(doc.uri);
      return;
    }
    const key = doc.uri.toString();
    this.cancel(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.run(doc);
      }, delay),
    );
  }

  private run(doc: vscode.TextDocument): AnalysisEntry | undefined {
    const key = doc.uri.toString();
    if (doc.isClosed || !isArticle(doc)) {
      this.release(key);
      return undefined;
    }
    const version = doc.version;
    // Very large files are not analysed at all (the status item says so); the editor stays fast.
    // Checked before the cache, so lowering the limit drops an analysis already made.
    const limitMB = vscode.workspace.getConfiguration('newsfact', doc.uri).get<number>('maxFileSizeMB', 10);
    const text = doc.getText();
    const skip = skipReason(text, limitMB);
    if (skip) {
      this.skipped.set(key, skip);
      if (this.cache.delete(key)) this.forgotten.fire(doc.uri);
      this.release(key);
      this.skippedEvent.fire(doc.uri);
      return undefined;
    }
    this.skipped.delete(key);
    const cached = this.cache.get(key);
    if (cached?.version === version) {
      this.release(key);
      return cached;
    }
    let analysis: Analysis;
    try {
      analysis = this.analyze === analyzeText ? reanalyze(cached?.analysis ?? null, text) : this.analyze(text);
    } catch (err) {
      // Bad input must never take the editor down; keep the last good result and say why once.
      console.error(`newsfact: analysis of ${doc.uri.toString()} failed`, err);
      this.release(key);
      return cached;
    }
    const entry: AnalysisEntry = { uri: doc.uri, version, analysis };
    this.cache.set(key, entry);
    // Not after every keystroke's analysis (3-7 ms of this thread for a 20,000-word article, and
    // its garbage): once the changes pause, for the analysis then current, so a hover finds it ready.
    if (this.warmTimer) clearTimeout(this.warmTimer);
    this.warmTimer = setTimeout(() => {
      this.warmTimer = undefined;
      const current = this.cache.get(key);
      if (current) lookupFor(current.analysis).warm();
    }, WARM_DELAY_MS);
    this.release(key);
    this.changed.fire(entry);
    return entry;
  }

  private cancel(key: string): void {
    const t = this.timers.get(key);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(key);
  }

  private release(key: string): void {
    const list = this.waiters.get(key);
    this.waiters.delete(key);
    for (const resolve of list ?? []) resolve();
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cancel(key);
    this.release(key);
    this.skipped.delete(key);
    if (this.cache.delete(key)) this.forgotten.fire(uri);
  }

  dispose(): void {
    if (this.warmTimer) clearTimeout(this.warmTimer);
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const key of [...this.waiters.keys()]) this.release(key);
    for (const d of this.disposables) d.dispose();
  }
}
