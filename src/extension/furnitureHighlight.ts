// Colours as comments all the page furniture the article model finds, including what the
// grammar's line patterns cannot know (photo captions, site notices): exactly the text that
// analysis skips. Semantic tokens, so the colour follows the model, not regexes.
import * as vscode from 'vscode';
import { parseArticle } from '../core';
import { furnitureLineSegments } from './furnitureFolds';

export const FURNITURE_LEGEND = new vscode.SemanticTokensLegend(['comment'], []);

export class FurnitureTokensProvider implements vscode.DocumentSemanticTokensProvider {
  provideDocumentSemanticTokens(doc: vscode.TextDocument): vscode.SemanticTokens {
    const builder = new vscode.SemanticTokensBuilder(FURNITURE_LEGEND);
    try {
      const text = doc.getText();
      for (const seg of furnitureLineSegments(text, parseArticle(text).boilerplate)) {
        builder.push(seg.line, seg.start, seg.length, 0, 0);
      }
    } catch (err) {
      // A parser bug must not take colouring down with it.
      console.error('newsfact: furniture highlighting failed', err);
    }
    return builder.build();
  }
}

export function registerFurnitureHighlight(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentSemanticTokensProvider({ language: 'news-article' }, new FurnitureTokensProvider(), FURNITURE_LEGEND),
  );
}
