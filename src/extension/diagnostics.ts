// Findings -> diagnostics for open articles: stable `code` linking to the rule's README section,
// `source: "newsfact"`, the other side of a finding as related information, per-rule severity,
// and ignored findings left out. Remembers which finding and version each diagnostic came from,
// so quick fixes act on exactly that.
import * as vscode from 'vscode';
import type { Analysis, Finding, Span } from '../core/types';
import type { AnalysisEntry, AnalysisService } from './analysisService';
import { hasBracketCitation } from './citation';
import type { CrossArticleFindings } from './crossArticleFindings';
import type { IgnoreStore } from './ignoreFindings';
import { lookupFor } from './analysisLookup';
import { positionAt } from './offsets';
import { ruleSeverity } from './ruleSettings';
import type { WorkspaceIndex } from './workspaceIndex';

export const SOURCE = 'newsfact';

export interface PublishedFinding {
  diagnostic: vscode.Diagnostic;
  finding: Finding;
  /** The document version the finding was computed for. */
  version: number;
  analysis: Analysis;
}

export class DiagnosticsLayer implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  private readonly published = new Map<string, PublishedFinding[]>();
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(
    private readonly service: AnalysisService,
    private readonly index: WorkspaceIndex,
    private readonly ignores: IgnoreStore,
    private readonly extensionUri: vscode.Uri,
    private readonly cross?: CrossArticleFindings,
  ) {
    if (cross) this.disposables.push(cross.onDidChange(() => this.republishAll()));
    this.disposables.push(
      service.onDidAnalyze((e) => this.publish(e)),
      service.onDidForget((uri) => {
        this.collection.delete(uri);
        this.published.delete(uri.toString());
      }),
      ignores.onDidChange(() => this.republishAll()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('newsfact.rules') && this.republishAll()),
    );
    this.republishAll();
  }

  /** What was published for a document, with the finding behind each diagnostic. */
  publishedFor(uri: vscode.Uri): readonly PublishedFinding[] {
    return this.published.get(uri.toString()) ?? [];
  }

  /** The finding behind a diagnostic handed back by VS Code (a copy, so matched by rule and range). */
  match(uri: vscode.Uri, d: vscode.Diagnostic): PublishedFinding | undefined {
    const rule = typeof d.code === 'object' ? d.code.value : d.code;
    return this.publishedFor(uri).find((p) => p.finding.rule === rule && p.diagnostic.range.isEqual(d.range) && p.diagnostic.message === d.message);
  }

  private republishAll(): void {
    for (const e of this.service.all()) this.publish(e);
  }

  private publish(entry: AnalysisEntry): void {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === entry.uri.toString());
    if (!doc || doc.version !== entry.version) return; // a newer analysis is on its way
    const text = entry.analysis.article.text;
    const lookup = lookupFor(entry.analysis);
    const out: PublishedFinding[] = [];
    const findings = this.cross ? [...entry.analysis.findings, ...this.cross.for(entry.uri, entry.analysis)] : entry.analysis.findings;
    // Settings and the ignore file are read once per document and rule, not once per finding:
    // a long article has hundreds of findings, republished after every edit.
    const severities = new Map<string, vscode.DiagnosticSeverity | undefined>();
    const ignored = this.ignores.matcherFor(doc.uri);
    for (const finding of findings) {
      let severity = severities.get(finding.rule);
      if (!severities.has(finding.rule)) severities.set(finding.rule, (severity = ruleSeverity(finding.rule, doc.uri)));
      if (severity === undefined) continue;
      // Our own "[source: X]" mark (the bracket citation style) attributes the sentence.
      if (finding.rule === 'unattributed' && hasBracketCitation(text, [finding.span[0], Math.max(finding.span[1], (lookup.sentenceAt(finding.span[0]) ?? finding.span)[1])])) continue;
      if (ignored?.(finding.rule, sentenceText(entry.analysis, finding.span))) continue;
      const d = new vscode.Diagnostic(toRange(doc, finding.span), finding.message, severity);
      d.source = SOURCE;
      d.code = { value: finding.rule, target: this.ruleHelp(finding.rule) };
      // Most findings have no other side: no arrays made for them (this runs after every edit).
      if (finding.related.length) {
        const related: vscode.DiagnosticRelatedInformation[] = [];
        for (const r of finding.related) {
          const location = this.locate(doc, r.file, r.span);
          if (location) related.push(new vscode.DiagnosticRelatedInformation(location, r.message));
        }
        if (related.length) d.relatedInformation = related;
      }
      out.push({ diagnostic: d, finding, version: entry.version, analysis: entry.analysis });
    }
    this.published.set(doc.uri.toString(), out);
    this.collection.set(
      doc.uri,
      out.map((p) => p.diagnostic),
    );
  }

  private readonly helpLinks = new Map<string, vscode.Uri>();

  /** The README section on a rule, which a diagnostic's code links to. */
  private ruleHelp(rule: string): vscode.Uri {
    let uri = this.helpLinks.get(rule);
    if (!uri) this.helpLinks.set(rule, (uri = vscode.Uri.joinPath(this.extensionUri, 'README.md').with({ fragment: `rule-${rule}` })));
    return uri;
  }

  /** A span in this or another article as a Location; another file's offsets come from the index. */
  locate(doc: vscode.TextDocument, file: string | undefined, span: Span): vscode.Location | undefined {
    if (!file) return new vscode.Location(doc.uri, toRange(doc, span));
    const uri = resolveFile(doc.uri, file);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return new vscode.Location(uri, toRange(open, span));
    const indexed = this.index.get(uri);
    if (!indexed) return new vscode.Location(uri, new vscode.Position(0, 0));
    const s = positionAt(indexed.lineStarts, span[0]);
    const e = positionAt(indexed.lineStarts, span[1]);
    return new vscode.Location(uri, new vscode.Range(s.line, s.character, e.line, e.character));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export function toRange(doc: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(doc.positionAt(span[0]), doc.positionAt(span[1]));
}

/** The sentence a finding sits in: what its ignore fingerprint is made of. */
export function sentenceText(analysis: Analysis, span: Span): string {
  const s = lookupFor(analysis).sentenceAt(span[0]) ?? span;
  return analysis.article.text.slice(s[0], s[1]);
}

/** `related.file` may be a URI, an absolute path or a path relative to the workspace folder. */
export function resolveFile(from: vscode.Uri, file: string): vscode.Uri {
  if (/^[a-z][\w+.-]+:/i.test(file)) return vscode.Uri.parse(file);
  if (file.startsWith('/')) return from.with({ path: file });
  const folder = vscode.workspace.getWorkspaceFolder(from)?.uri ?? vscode.Uri.joinPath(from, '..');
  return vscode.Uri.joinPath(folder, file);
}

export function registerDiagnostics(
  context: vscode.ExtensionContext,
  service: AnalysisService,
  index: WorkspaceIndex,
  ignores: IgnoreStore,
  cross?: CrossArticleFindings,
): DiagnosticsLayer {
  const layer = new DiagnosticsLayer(service, index, ignores, context.extensionUri, cross);
  context.subscriptions.push(layer);
  return layer;
}
