// Quick fixes on an `unattributed` diagnostic: attribute the statement to a source named in the
// article (ranked by nearness and frequency), or "Cite a source..." from every speaker in the
// workspace and the optional sources file. Text building is in citation.ts. An edit only ever
// applies to the document version its diagnostic came from.
import * as vscode from 'vscode';
import type { Analysis, Span } from '../core/types';
import { lookupFor } from './analysisLookup';
import type { AnalysisService } from './analysisService';
import { citationEdit, rankSources, type CitationSource, type CitationStyle } from './citation';
import type { DiagnosticsLayer } from './diagnostics';
import { fuzzySearcher } from './fuzzy';
import type { WorkspaceIndex } from './workspaceIndex';

export const INSERT_CITATION_COMMAND = 'newsfact.insertCitation';
export const CITE_SOURCE_COMMAND = 'newsfact.citeSource';
const MAX_SUGGESTIONS = 5;

function style(uri: vscode.Uri): CitationStyle {
  return vscode.workspace.getConfiguration('newsfact', uri).get<string>('citationStyle') === 'bracket' ? 'bracket' : 'attribution';
}

/** The sentence(s) the finding covers: where the citation goes. */
function statementSpan(analysis: Analysis, span: Span): Span {
  const lookup = lookupFor(analysis);
  const first = lookup.sentenceAt(span[0]);
  const last = lookup.sentenceAt(Math.max(span[0], span[1] - 1));
  return [Math.min(first?.[0] ?? span[0], span[0]), Math.max(last?.[1] ?? span[1], span[1])];
}

export class CitationActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  constructor(private readonly diagnostics: DiagnosticsLayer) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, ctx: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const d of ctx.diagnostics) {
      const p = this.diagnostics.match(doc.uri, d);
      if (!p || p.finding.rule !== 'unattributed' || p.version !== doc.version) continue;
      const sentence = statementSpan(p.analysis, p.finding.span);
      const s = style(doc.uri);
      for (const [i, source] of rankSources(p.analysis, p.finding.span).slice(0, MAX_SUGGESTIONS).entries()) {
        const edit = citationEdit(p.analysis.article.text, sentence, source, s);
        const action = new vscode.CodeAction(`Attribute to ${source.name}`, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [d];
        action.isPreferred = i === 0;
        action.command = { command: INSERT_CITATION_COMMAND, title: action.title, arguments: [doc.uri.toString(), p.version, edit.start, edit.end, edit.text] };
        actions.push(action);
      }
      const cite = new vscode.CodeAction('Cite a source...', vscode.CodeActionKind.QuickFix);
      cite.diagnostics = [d];
      cite.command = { command: CITE_SOURCE_COMMAND, title: cite.title, arguments: [doc.uri.toString(), p.version, sentence[0], sentence[1]] };
      actions.push(cite);
    }
    return actions;
  }
}

function refuseStale(): false {
  void vscode.window.showInformationMessage('The article changed since this quick fix was offered, so nothing was inserted. The findings are being recomputed; try the quick fix again.');
  return false;
}

/** Applies a computed citation, refusing when the document is no longer the version it was computed for. */
export async function applyCitation(uri: vscode.Uri, version: number, start: number, end: number, text: string): Promise<boolean> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!doc || doc.version !== version) return refuseStale();
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(doc.positionAt(start), doc.positionAt(end)), text);
  return vscode.workspace.applyEdit(edit);
}

interface SourcesFileEntry extends CitationSource {}

/** Entries of `newsfact.sourcesFile` (a JSON array, or `{ "sources": [...] }`); a bad file is reported, not fatal. */
export async function readSourcesFile(folder: vscode.WorkspaceFolder | undefined): Promise<SourcesFileEntry[]> {
  if (!folder) return [];
  const rel = vscode.workspace.getConfiguration('newsfact', folder.uri).get<string>('sourcesFile', '.newsfact/sources.json');
  if (!rel) return [];
  const uri = /^[a-z][\w+.-]+:/i.test(rel) ? vscode.Uri.parse(rel) : vscode.Uri.joinPath(folder.uri, ...rel.split(/[\\/]/).filter(Boolean));
  let text: string;
  try {
    text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return []; // the file is optional
  }
  try {
    const raw = JSON.parse(text) as unknown;
    const list = Array.isArray(raw) ? raw : (raw as { sources?: unknown })?.sources;
    if (!Array.isArray(list)) throw new Error('expected a list of sources');
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
    return list
      .map((e) => e as Record<string, unknown>)
      .filter((e) => e && str(e.name))
      .map((e) => ({ name: str(e.name)!, title: str(e.title), outlet: str(e.outlet), url: str(e.url), date: str(e.date) }));
  } catch (err) {
    void vscode.window.showWarningMessage(`Newsfact cannot read the sources file ${rel}: ${(err as Error).message}`);
    return [];
  }
}

export function registerCitationActions(context: vscode.ExtensionContext, service: AnalysisService, index: WorkspaceIndex, diagnostics: DiagnosticsLayer): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: 'news-article' }, new CitationActionProvider(diagnostics), {
      providedCodeActionKinds: CitationActionProvider.kinds,
    }),
    vscode.commands.registerCommand(INSERT_CITATION_COMMAND, (uri: string, version: number, start: number, end: number, text: string) =>
      applyCitation(vscode.Uri.parse(uri), version, start, end, text),
    ),
    vscode.commands.registerCommand(CITE_SOURCE_COMMAND, async (uriText: string, version: number, start: number, end: number, pickName?: string) => {
      const uri = vscode.Uri.parse(uriText);
      const fromFile = await readSourcesFile(vscode.workspace.getWorkspaceFolder(uri));
      const speakers = [...index.directory().groups.values()]
        .filter((g) => g.kind === 'person' || g.kind === 'organization')
        .map((g): CitationSource & { detail: string } => ({ name: g.name, title: g.role ?? undefined, outlet: g.affiliation ?? undefined, detail: `speaker · ${g.count} quote${g.count === 1 ? '' : 's'}` }));
      const sources = [...fromFile.map((s) => ({ ...s, detail: ['sources file', s.url].filter(Boolean).join(' · ') })), ...speakers];
      let chosen: CitationSource | undefined;
      if (pickName !== undefined) chosen = sources.find((s) => s.name === pickName); // for tests and keybindings
      else chosen = await pickSource(sources);
      if (!chosen) return false;
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const entry = doc && service.fresh(doc);
      // The picker can stay open while the user types; an analysis of another version must not place the edit.
      if (!doc || !entry || doc.version !== version) return refuseStale();
      const edit = citationEdit(entry.analysis.article.text, [start, end], chosen, style(uri));
      return applyCitation(uri, version, edit.start, edit.end, edit.text);
    }),
  );
}

async function pickSource(sources: Array<CitationSource & { detail: string }>): Promise<CitationSource | undefined> {
  const search = fuzzySearcher(sources, ['name', 'title', 'outlet']);
  const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { source: CitationSource }>();
  const toItem = (s: CitationSource & { detail: string }, alwaysShow = false) => ({
    label: s.name,
    description: [s.title, s.outlet, s.date].filter(Boolean).join(', '),
    detail: s.detail,
    source: s,
    alwaysShow,
  });
  qp.title = 'Cite a source';
  qp.placeholder = sources.length ? 'Type part of a name, title or outlet' : 'No sources known: add some to .newsfact/sources.json';
  qp.items = sources.map((s) => toItem(s));
  qp.onDidChangeValue((v) => (qp.items = search(v).map((s) => toItem(s, !!v.trim()))));
  const chosen = await new Promise<CitationSource | undefined>((resolve) => {
    qp.onDidAccept(() => resolve(qp.selectedItems[0]?.source));
    qp.onDidHide(() => resolve(undefined));
    qp.show();
  });
  qp.dispose();
  return chosen;
}
