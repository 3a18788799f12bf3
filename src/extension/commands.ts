// Palette commands that are not a view's own: analyse the workspace, copy the analysis as JSON.
import * as vscode from 'vscode';
import { isArticle, type AnalysisService } from './analysisService';
import type { WorkspaceIndex } from './workspaceIndex';

export function registerCommands(context: vscode.ExtensionContext, service: AnalysisService, index: WorkspaceIndex): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('newsfact.analyzeWorkspace', async () => {
      await index.rebuild(true);
      const n = index.all().length;
      void vscode.window.showInformationMessage(`Newsfact analysed ${n} article${n === 1 ? '' : 's'} in this workspace.`);
      return n;
    }),
    vscode.commands.registerCommand('newsfact.copyAnalysisJson', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc || !isArticle(doc)) {
        void vscode.window.showInformationMessage('Open a news article to copy its analysis.');
        return undefined;
      }
      const entry = await service.current(doc);
      if (!entry) return undefined;
      // The article text is already in the editor; leave it out so the JSON stays readable.
      const { text: _text, ...article } = entry.analysis.article;
      const json = JSON.stringify({ file: vscode.workspace.asRelativePath(doc.uri), ...entry.analysis, article }, null, 2);
      await vscode.env.clipboard.writeText(json);
      void vscode.window.setStatusBarMessage('Newsfact: analysis copied as JSON', 3000);
      return json;
    }),
  );
}
