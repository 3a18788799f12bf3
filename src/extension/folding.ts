// Folds page furniture (share links, comment forms, captions...) that the article model finds,
// so a reader can hide it; "Fold All Block Comments" folds all of it, as its kind is Comment.
// Read from the cached analysis of the document's version: the editor asks again after every edit,
// and parsing a 20,000-word article each time cost several milliseconds.
import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { furnitureFoldLines } from './furnitureFolds';

export class FurnitureFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly service: Pick<AnalysisService, 'current'>) {}

  async provideFoldingRanges(doc: vscode.TextDocument, _context?: vscode.FoldingContext, token?: vscode.CancellationToken): Promise<vscode.FoldingRange[]> {
    try {
      // None for a document left unanalysed (over the size limit, binary).
      const entry = await this.service.current(doc, token);
      if (!entry) return [];
      const { text, boilerplate } = entry.analysis.article;
      return furnitureFoldLines(text, boilerplate).map(([start, end]) => new vscode.FoldingRange(start, end, vscode.FoldingRangeKind.Comment));
    } catch (err) {
      // A bug here must not take folding down with it.
      console.error('newsfact: furniture folding failed', err);
      return [];
    }
  }
}

export function registerFolding(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(
    vscode.languages.registerFoldingRangeProvider({ language: 'news-article' }, new FurnitureFoldingProvider(service)),
  );
}
