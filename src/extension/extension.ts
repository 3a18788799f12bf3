// Activation: wires each feature (one per file in this folder) to the editor. Heavy work waits
// until an article is open.
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('newsfact.treatAsNewsArticle', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc) await vscode.languages.setTextDocumentLanguage(doc, 'news-article');
    }),
  );
}

export function deactivate(): void {}
