// Language status item for articles: "12 quotes · 4 speakers · 2 findings"; clicking opens the view.
import * as vscode from 'vscode';
import { isArticle, type AnalysisService } from './analysisService';
import { SOURCE } from './diagnostics';
import { skipMessage } from './textCheck';

export function statusText(quotes: number, speakers: number, findings: number): string {
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  return `${n(quotes, 'quote')} · ${n(speakers, 'speaker')} · ${n(findings, 'finding')}`;
}

export function registerStatusItem(context: vscode.ExtensionContext, service: AnalysisService): vscode.LanguageStatusItem {
  const item = vscode.languages.createLanguageStatusItem('newsfact.status', { language: 'news-article' });
  item.name = 'Newsfact';
  item.command = { command: 'newsfact.showQuotesView', title: 'Show Quotes by Speaker' };
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    const entry = doc && isArticle(doc) ? service.get(doc.uri) : undefined;
    const skipped = doc && isArticle(doc) ? service.whySkipped(doc.uri) : undefined;
    if (skipped) {
      ({ text: item.text, detail: item.detail } = skipMessage(skipped));
      item.busy = false;
      return;
    }
    if (!doc || !entry) {
      item.text = 'Newsfact: analysing…';
      item.busy = !!doc && isArticle(doc);
      return;
    }
    item.busy = false;
    // Count what the reader sees: diagnostics after rule settings and ignores, not raw findings.
    const findings = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === SOURCE).length;
    const speakers = new Set(entry.analysis.quotes.map((q) => q.speaker.id).filter(Boolean)).size;
    item.text = statusText(entry.analysis.quotes.length, speakers, findings);
    item.detail = 'Quotes by Speaker';
  };
  update();
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    service.onDidAnalyze(update),
    service.onDidForget(update),
    service.onDidSkip(update),
    vscode.languages.onDidChangeDiagnostics(update),
  );
  return item;
}
