// Hover cards, read straight from the cached analysis: on a quote, who said it, how, through whom,
// their other quotes and any finding on it; on a speaker mention, who it resolves to and their quotes.
import * as vscode from 'vscode';
import type { Finding, Quote, Speaker } from '../core/types';
import { lookupFor, type AnalysisLookup, type MentionHit } from './analysisLookup';
import type { AnalysisService } from './analysisService';
import type { CrossArticleFindings } from './crossArticleFindings';
import { describeSpeaker, firstWords } from './quotesTreeModel';
import { commandLink, REVEAL_COMMAND } from './reveal';
import { SHOW_SPEAKER_COMMAND } from './quotesTree';
import type { WorkspaceIndex } from './workspaceIndex';

const TYPE_LABEL: Record<Quote['type'], string> = { direct: 'Direct quote', mixed: 'Mixed quote', indirect: 'Indirect (reported) speech' };
const MAX_LISTED = 10;

export class ArticleHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly service: AnalysisService,
    private readonly index: WorkspaceIndex,
    private readonly cross?: CrossArticleFindings,
  ) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const entry = await this.service.current(doc, token);
    if (!entry || token.isCancellationRequested) return undefined;
    const offset = doc.offsetAt(position);
    const lookup = lookupFor(entry.analysis);
    const quote = lookup.quoteAt(offset);
    const mention = lookup.mentionAt(offset);
    if (!quote && !mention) return undefined;

    const md = new vscode.MarkdownString('', true);
    md.isTrusted = { enabledCommands: [REVEAL_COMMAND, SHOW_SPEAKER_COMMAND] };
    md.supportHtml = false;
    const uri = doc.uri.toString();
    let range: vscode.Range | undefined;
    if (mention && (!quote || !quote.spans.some((s) => s[0] <= offset && offset <= s[1]))) {
      this.mentionCard(md, uri, lookup, mention);
      range = new vscode.Range(doc.positionAt(mention.mention.span[0]), doc.positionAt(mention.mention.span[1]));
    } else if (quote) {
      this.quoteCard(md, uri, lookup, quote, this.cross?.for(uri, entry.analysis) ?? []);
      const span = quote.spans.find((s) => s[0] <= offset && offset <= s[1]) ?? quote.cue?.span ?? quote.spans[0];
      range = new vscode.Range(doc.positionAt(span[0]), doc.positionAt(span[1]));
    }
    return new vscode.Hover(md, range);
  }

  private quoteCard(md: vscode.MarkdownString, uri: string, lookup: AnalysisLookup, q: Quote, crossFindings: readonly Finding[]): void {
    const speaker = lookup.speaker(q.speaker.id);
    if (speaker) md.appendMarkdown(`**${esc(speaker.entity)}**${speakerDetail(speaker)}\n\n`);
    else md.appendMarkdown(`**Speaker not resolved**${q.speaker.mention ? ` (“${esc(q.speaker.mention)}”)` : ''}\n\n`);

    const how = [TYPE_LABEL[q.type], q.cue ? `cue “${esc(q.cue.text)}”` : 'no cue', q.via ? `via ${esc(q.via)}` : null].filter(Boolean);
    md.appendMarkdown(`${how.join(' · ')}\n\n`);

    if (speaker) {
      const here = lookup.quotesOf(speaker.id).length - 1;
      const dir = this.index.directory();
      const key = dir.keyOf(uri, speaker.id);
      const inWorkspace = dir.groups.get(key)?.count ?? here + 1;
      const others = inWorkspace - here - 1;
      // Until the first pass is done, a count of other articles would be wrong: say so instead.
      const elsewhere = this.index.indexed === false ? 'other articles still being indexed' : `${plural(Math.max(0, others), 'quote')} in other articles`;
      md.appendMarkdown(`${plural(here, 'other quote')} in this article, ${elsewhere} · [Show in Quotes by Speaker](${commandLink(SHOW_SPEAKER_COMMAND, [key])})\n\n`);
    }
    const touches = (f: Finding) => q.spans.some((s) => s[0] < f.span[1] && f.span[0] < s[1]);
    for (const f of [...lookup.findingsOn(q), ...crossFindings.filter(touches)]) this.findingLine(md, uri, lookup, q, f);
  }

  private findingLine(md: vscode.MarkdownString, uri: string, lookup: AnalysisLookup, q: Quote, f: Finding): void {
    // The other side is whichever end of the finding this quote is not on.
    const onMain = q.spans.some((s) => s[0] < f.span[1] && f.span[0] < s[1]);
    const sides = onMain ? f.related.map((r) => ({ file: r.file, span: r.span })) : [{ file: undefined, span: f.span }];
    const links = sides.map((side) => {
      if (side.file) {
        const other = this.index.get(side.file) ?? this.index.all().find((a) => a.uri.endsWith(side.file!));
        const title = other?.title ?? side.file;
        return other ? `[in “${esc(title)}”](${commandLink(REVEAL_COMMAND, [other.uri, side.span[0], side.span[1]])})` : `in ${esc(title)}`;
      }
      const otherQuote = lookup.quoteAt(side.span[0]);
      const who = otherQuote ? lookup.speaker(otherQuote.speaker.id)?.entity ?? 'an unresolved speaker' : 'the article itself';
      return `[${esc(who)}](${commandLink(REVEAL_COMMAND, [uri, side.span[0], side.span[1]])})`;
    });
    const kind = typeof f.data?.kind === 'string' ? ` (${esc(f.data.kind)})` : '';
    if (f.rule === 'contradiction' || f.rule === 'position-change') {
      // The diagnostic above the card already gives the full message; here, who and where.
      const label = f.rule === 'contradiction' ? 'Contradicted by' : 'Position changed; see';
      md.appendMarkdown(`$(warning) **${label}** ${links.join(', ') || 'another statement'}${kind}\n\n`);
    } else {
      md.appendMarkdown(`$(warning) **${esc(f.rule)}**: ${esc(f.message)}${links.length ? ` — see ${links.join(', ')}` : ''}\n\n`);
    }
  }

  private mentionCard(md: vscode.MarkdownString, uri: string, lookup: AnalysisLookup, hit: MentionHit): void {
    const s = hit.speaker;
    md.appendMarkdown(`“${esc(hit.mention.text)}” → **${esc(s.entity)}**${speakerDetail(s)}\n\n`);
    const quotes = lookup.quotesOf(s.id);
    if (!quotes.length) {
      md.appendMarkdown('No quotes in this article.\n\n');
      return;
    }
    md.appendMarkdown(`${plural(quotes.length, 'quote')} in this article:\n\n`);
    for (const q of quotes.slice(0, MAX_LISTED)) {
      const start = q.spans[0][0];
      const end = q.spans[q.spans.length - 1][1];
      md.appendMarkdown(`- [${esc(firstWords(q.text, 10))}](${commandLink(REVEAL_COMMAND, [uri, start, end])})\n`);
    }
    if (quotes.length > MAX_LISTED) md.appendMarkdown(`- and ${quotes.length - MAX_LISTED} more\n`);
  }
}

function speakerDetail(s: Speaker): string {
  const d = describeSpeaker({ name: '', role: s.role, affiliation: s.affiliation }).replace(/^, /, '');
  return ` — ${[d, s.kind].filter(Boolean).map(esc).join(' · ')}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Article text is data, never markup: escape everything Markdown would act on. */
export function esc(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$]/g, '\\$&').replace(/\s+/g, ' ');
}

export function registerHover(context: vscode.ExtensionContext, service: AnalysisService, index: WorkspaceIndex, cross?: CrossArticleFindings): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider({ language: 'news-article' }, new ArticleHoverProvider(service, index, cross)));
}
