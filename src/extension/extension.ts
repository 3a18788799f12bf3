// Activation: wires each feature (one per file in this folder) to the editor. Heavy work waits
// until an article is open.
import * as vscode from 'vscode';
import { registerArticleDetection } from './articleDetection';
import { registerFolding } from './folding';
import { registerFurnitureHighlight } from './furnitureHighlight';
import { registerTreatAsArticle } from './treatAsArticle';
import { analyzeText } from '../core';
import { AnalysisService } from './analysisService';
import { registerCitationActions } from './citationActions';
import { registerCommands } from './commands';
import { CrossArticleFindings } from './crossArticleFindings';
import { registerDiagnostics } from './diagnostics';
import { registerHover } from './hover';
import { IgnoreStore, registerIgnoreFindings } from './ignoreFindings';
import { registerQuotesTree } from './quotesTree';
import { registerReveal } from './reveal';
import { registerStatusItem } from './statusItem';
import { registerSymbols } from './symbols';
import { WorkspaceIndex } from './workspaceIndex';

/** What activate() returns: a small API the integration tests use to reach the editor features. */
export interface NewsfactApi {
  service: AnalysisService;
  index: WorkspaceIndex;
  quotesTree: ReturnType<typeof registerQuotesTree>;
  diagnostics: ReturnType<typeof registerDiagnostics>;
  ignores: IgnoreStore;
  status: ReturnType<typeof registerStatusItem>;
}

export function activate(context: vscode.ExtensionContext): NewsfactApi {
  registerTreatAsArticle(context);
  registerArticleDetection(context);

  // Editor features, all served from one analysis cache and one workspace index. In the bundle,
  // analyzeText is lazyCore's: the core loads with the first article (esbuild.js).
  const service = new AnalysisService(analyzeText);
  registerFolding(context, service);
  registerFurnitureHighlight(context, service);
  const index = new WorkspaceIndex(service, context.extension, analyzeText);
  const ignores = new IgnoreStore();
  const cross = new CrossArticleFindings(index);
  context.subscriptions.push(service, index, ignores, cross);
  void ignores.loadAll();
  registerReveal(context);
  const diagnostics = registerDiagnostics(context, service, index, ignores, cross);
  registerIgnoreFindings(context, service, diagnostics, ignores);
  registerHover(context, service, index, cross);
  registerCitationActions(context, service, index, diagnostics);
  const quotesTree = registerQuotesTree(context, service, index);
  registerSymbols(context, service);
  const status = registerStatusItem(context, service);
  registerCommands(context, service, index);
  return { service, index, quotesTree, diagnostics, ignores, status };
}

export function deactivate(): void {}
