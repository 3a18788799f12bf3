// Colours as comments all the page furniture the article model finds, including what the
// grammar's line patterns cannot know (photo captions, site notices): exactly the text that
// analysis skips. Semantic tokens, so the colour follows the model, not regexes. Read from the
// cached analysis of the document's version, not a fresh parse after every edit.
import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { furnitureLineSegments } from './furnitureFolds';

export const FURNITURE_LEGEND = new vscode.SemanticTokensLegend(['comment'], []);

export class FurnitureTokensProvider implements vscode.DocumentSemanticTokensProvider {
  constructor(private readonly service: Pick<AnalysisService, 'current'>) {}

  async provideDocumentSemanticTokens(doc: vscode.TextDocument, token?: vscode.CancellationToken): Promise<vscode.SemanticTokens> {
    const builder = new vscode.SemanticTokensBuilder(FURNITURE_LEGEND);
    try {
      // None for a document left unanalysed (over the size limit, binary): the grammar still colours it.
      const entry = await this.service.current(doc, token);
      if (entry) {
        const { text, boilerplate } = entry.analysis.article;
        for (const seg of furnitureLineSegments(text, boilerplate)) builder.push(seg.line, seg.start, seg.length, 0, 0);
      }
    } catch (err) {
      // A bug here must not take colouring down with it.
      console.error('newsfact: furniture highlighting failed', err);
    }
    return builder.build();
  }
}

export function registerFurnitureHighlight(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentSemanticTokensProvider({ language: 'news-article' }, new FurnitureTokensProvider(service), FURNITURE_LEGEND),
  );
}
