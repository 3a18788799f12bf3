// "Newsfact: Treat as News Article": switch a document to the news-article language by hand.
import * as vscode from 'vscode';

export const NEWS_ARTICLE = 'news-article';

/** Switches the document, unless it already is one; returns the document as it now stands. */
export async function treatAsArticle(doc: vscode.TextDocument): Promise<vscode.TextDocument> {
  if (doc.languageId === NEWS_ARTICLE) return doc;
  return vscode.languages.setTextDocumentLanguage(doc, NEWS_ARTICLE);
}

export function registerTreatAsArticle(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('newsfact.treatAsNewsArticle', async (uri?: vscode.Uri) => {
      // From the explorer the command gets the file; from the palette, the active editor.
      const doc = uri instanceof vscode.Uri
        ? await vscode.workspace.openTextDocument(uri)
        : vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage('Open a text file first, then run "Treat as News Article".');
        return;
      }
      const switched = await treatAsArticle(doc);
      // From the explorer the file may not be open yet: show what was switched.
      if (uri instanceof vscode.Uri) await vscode.window.showTextDocument(switched);
    }),
  );
}
