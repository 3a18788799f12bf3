// Findings between articles (contradictions and changes of position on the same event, misquotes,
// name spellings), recomputed by the core over the workspace index once changes settle, in slices
// of at most about 15 ms that yield to the extension host, so typing and hovers never wait on it.
// A finding is only shown against the exact analysis it was computed from, so its offsets are
// never stale.
import * as vscode from 'vscode';
import * as core from '../core/workspace';
import type { Analysis, Finding } from '../core/types';
import { crossArticleInput, type WorkspaceIndex } from './workspaceIndex';

const SETTLE_MS = 600;
/** Longest stretch of preparation between two yields to the extension host. */
const SLICE_MS = 15;

export class CrossArticleFindings implements vscode.Disposable {
  private results = new Map<string, { analysis: Analysis | core.AnalysisSummary; findings: Finding[] }>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private computedFor = -1;
  /** False until the first change after the first pass has been scheduled. */
  private afterFirstPass = false;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChange = this.changed.event;

  constructor(private readonly index: WorkspaceIndex) {
    this.disposables.push(index.onDidChange(() => this.schedule()));
  }

  /** Cross-article findings of this analysis (none if the analysis has changed since). */
  for(uri: vscode.Uri | string, analysis: Analysis): Finding[] {
    const r = this.results.get(uri.toString());
    return r && r.analysis === analysis ? r.findings : [];
  }

  private schedule(): void {
    if (!this.index.indexed) return; // wait for the first pass; it bumps again when done
    if (this.timer) clearTimeout(this.timer);
    // The first pass's end is settled already (its workers are done): search at once, not after
    // another settle (on two cores, the other core sits idle meanwhile). Later changes settle.
    const delay = this.afterFirstPass ? SETTLE_MS : 0;
    this.afterFirstPass = true;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.compute();
    }, delay);
  }

  async compute(): Promise<void> {
    const generation = this.index.generation;
    if (this.computedFor === generation) return;
    const entries = this.index.all();
    // Each article's share first (cached while its analysis lives), then the pairing, in slices
    // that yield, so a large workspace does not hold up typing and hovers.
    let sliceStart = Date.now();
    for (const e of entries) {
      core.prepareForCrossArticle(e.analysis);
      if (Date.now() - sliceStart > SLICE_MS) {
        await new Promise((r) => setTimeout(r, 0));
        if (this.index.generation !== generation) return; // changed meanwhile: the next schedule starts over
        sliceStart = Date.now();
      }
    }
    if (this.computedFor === generation) return; // a concurrent call finished it
    this.computedFor = generation;
    if (entries.length < 2) {
      this.results = new Map();
      this.changed.fire();
      return;
    }
    const relCache = new Map<string, string>();
    const rel = (uri: string) => {
      let p = relCache.get(uri);
      if (p === undefined) relCache.set(uri, (p = vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false)));
      return p;
    };
    let found: Map<string, Finding[]>;
    try {
      const docs = entries.map(crossArticleInput);
      const slices: core.CrossArticleSlices = { sliceMs: SLICE_MS };
      for (;;) {
        found = core.findCrossArticleFindings(docs, { slices });
        if (slices.done) break;
        await new Promise((r) => setTimeout(r, 0));
        // Changed meanwhile: drop this search; the change scheduled the next one.
        if (this.index.generation !== generation) {
          if (this.computedFor === generation) this.computedFor = -1;
          return;
        }
      }
    } catch (err) {
      console.error('newsfact: cross-article comparison failed', err);
      return;
    }
    const results = new Map<string, { analysis: Analysis | core.AnalysisSummary; findings: Finding[] }>();
    for (const e of entries) {
      const findings = (found.get(e.uri) ?? []).map((f) => ({
        ...f,
        // The core names the other article by the key we gave it (its URI); readers want a path.
        message: withPaths(f, rel),
      }));
      results.set(e.uri, { analysis: e.analysis, findings });
    }
    this.results = results;
    this.changed.fire();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** The message with each other article's URI (only those the finding relates to) as a workspace path. */
function withPaths(f: Finding, rel: (uri: string) => string): string {
  let out = f.message;
  for (const uri of new Set(f.related.map((r) => r.file).filter((u): u is string => !!u))) if (out.includes(uri)) out = out.split(uri).join(rel(uri));
  return out;
}
