// Outline for an article: the headline, then each speaker with their quotes, from the cached analysis.
import * as vscode from 'vscode';
import type { Analysis, Span } from '../core/types';
import type { AnalysisService } from './analysisService';
import { firstWords } from './quotesTreeModel';

export class ArticleSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideDocumentSymbols(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const entry = await this.service.current(doc, token);
    return entry ? articleSymbols(doc, entry.analysis) : [];
  }
}

export function articleSymbols(doc: vscode.TextDocument, analysis: Analysis): vscode.DocumentSymbol[] {
  const range = (s: Span) => new vscode.Range(doc.positionAt(s[0]), doc.positionAt(s[1]));
  const out: vscode.DocumentSymbol[] = [];
  const h = analysis.article.headline;
  if (h) out.push(new vscode.DocumentSymbol(h.text.trim() || 'Headline', 'headline', vscode.SymbolKind.File, range(h.span), range(h.span)));

  // One pass and push, not a copied list per quote: a 20,000-word article has hundreds per speaker.
  const quotesBySpeaker = new Map<string, Analysis['quotes']>();
  for (const q of analysis.quotes) {
    if (!q.speaker.id) continue;
    const list = quotesBySpeaker.get(q.speaker.id);
    if (list) list.push(q);
    else quotesBySpeaker.set(q.speaker.id, [q]);
  }
  for (const s of analysis.speakers) {
    const quotes = quotesBySpeaker.get(s.id) ?? [];
    if (!quotes.length) continue;
    // The speaker covers its first mention through its last quote, so the outline follows the cursor.
    let from = Infinity;
    let to = -Infinity;
    for (const m of s.mentions) {
      from = Math.min(from, m.span[0]);
      to = Math.max(to, m.span[1]);
    }
    const children = quotes.map((q) => {
      const span: Span = [q.spans[0][0], q.spans[q.spans.length - 1][1]];
      for (const x of q.spans) {
        from = Math.min(from, x[0]);
        to = Math.max(to, x[1]);
      }
      return new vscode.DocumentSymbol(firstWords(q.text), `${q.type} quote`, vscode.SymbolKind.String, range(span), range(q.spans[0]));
    });
    const whole: Span = [from, to];
    const first = s.mentions[0]?.span ?? quotes[0].spans[0];
    const kind = s.kind === 'organization' ? vscode.SymbolKind.Namespace : s.kind === 'anonymous' ? vscode.SymbolKind.Variable : vscode.SymbolKind.Object;
    const detail = [s.role, s.affiliation, `${quotes.length} quote${quotes.length === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
    const sym = new vscode.DocumentSymbol(s.entity, detail, kind, range(whole), range(first));
    sym.children = children;
    out.push(sym);
  }
  return out;
}

export function registerSymbols(context: vscode.ExtensionContext, service: AnalysisService): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider({ language: 'news-article' }, new ArticleSymbolProvider(service), { label: 'Newsfact' }),
  );
}
