// Folds page furniture (share links, comment forms, captions...) that the article model finds,
// so a reader can hide it; "Fold All Block Comments" folds all of it, as its kind is Comment.
import * as vscode from 'vscode';
import { parseArticle } from '../core';
import { furnitureFoldLines } from './furnitureFolds';

export class FurnitureFoldingProvider implements vscode.FoldingRangeProvider {
  provideFoldingRanges(doc: vscode.TextDocument): vscode.FoldingRange[] {
    try {
      const text = doc.getText();
      return furnitureFoldLines(text, parseArticle(text).boilerplate).map(
        ([start, end]) => new vscode.FoldingRange(start, end, vscode.FoldingRangeKind.Comment),
      );
    } catch (err) {
      // A parser bug must not take folding down with it.
      console.error('newsfact: furniture folding failed', err);
      return [];
    }
  }
}

export function registerFolding(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerFoldingRangeProvider({ language: 'news-article' }, new FurnitureFoldingProvider()),
  );
}
