// Plain text files that are news articles: switch those matching `newsfact.articleGlobs`, and per
// `newsfact.detectArticles` offer (or make) the switch for ones that look like an article.
// Asks at most once per file per session; "Never for this file" is remembered across sessions.
// A switch is redone when a file is really closed and opened again, but never fights a user who
// switched the language back while the file stays open.
import * as vscode from 'vscode';
import { looksLikeArticle } from '../core/article/looksLikeArticle';
import { matchesArticleGlobs, readArticleGlobs } from './articleGlobs';
import {
  decideDetection,
  effectOfAnswer,
  NEVER_FOR_FILE,
  NOT_NOW,
  offerMessage,
  readDetectSetting,
  TREAT_AS_ARTICLE,
} from './detectionDecision';
import { treatAsArticle } from './treatAsArticle';

export type DetectionOutcome = 'switched' | 'asked-switched' | 'asked-declined' | 'asked-never' | 'deferred' | 'none';

/** Shows the offer; the default is the real information message, tests pass their own. */
export type AskFn = (message: string, ...items: string[]) => Thenable<string | undefined>;

const NEVER_KEY = 'newsfact.neverDetectArticle';
/** Bounds the remembered "never" list so global state cannot grow without end. */
const NEVER_LIMIT = 500;
/** The heuristic looks at the start of the text only; this bounds the copy even for one huge line. */
const CHARS_TO_READ = 20_000;

export class ArticleDetector {
  /** Files offered the switch this session, whatever the answer. */
  private readonly asked = new Set<string>();
  /** Files switched while open; forgotten when they close. */
  private readonly switched = new Set<string>();

  constructor(
    private readonly memento: vscode.Memento,
    private readonly ask: AskFn = (message, ...items) => vscode.window.showInformationMessage(message, ...items),
  ) {}

  /**
   * Looks at one document and acts on it. `visible` says whether it is shown in an editor: an
   * offer waits until it is, so documents opened in the background by other tools never ask.
   */
  async check(doc: vscode.TextDocument, visible: boolean): Promise<DetectionOutcome> {
    const key = doc.uri.toString();
    let guess: ReturnType<typeof looksLikeArticle> | undefined;
    const action = decideDetection({
      languageId: doc.languageId,
      scheme: doc.uri.scheme,
      matchesArticleGlob: matchesArticleGlobs(doc, readArticleGlobs(doc.uri)),
      setting: readDetectSetting(vscode.workspace.getConfiguration('newsfact', doc.uri).get('detectArticles')),
      askedThisSession: this.asked.has(key),
      switchedWhileOpen: this.switched.has(key),
      neverForFile: this.neverList().includes(key),
      looksLikeArticle: () => (guess = looksLikeArticle(headOf(doc))).isArticle,
    });
    if (action === 'none') return 'none';
    if (action === 'ask' && !visible) return 'deferred';
    if (action === 'switch') {
      this.switched.add(key);
      await treatAsArticle(doc);
      return 'switched';
    }
    this.asked.add(key);
    const answer = await this.ask(offerMessage(baseName(doc.uri), guess?.reasons ?? []), TREAT_AS_ARTICLE, NOT_NOW, NEVER_FOR_FILE);
    switch (effectOfAnswer(answer)) {
      case 'switch':
        // The file may have been closed while the message was up.
        if (doc.isClosed) return 'asked-declined';
        this.switched.add(key);
        await treatAsArticle(doc);
        return 'asked-switched';
      case 'never':
        await this.memento.update(NEVER_KEY, [key, ...this.neverList().filter((k) => k !== key)].slice(0, NEVER_LIMIT));
        return 'asked-never';
      default:
        return 'asked-declined';
    }
  }

  /** A change to the globs applies to files already open, even ones looked at before. */
  async recheckGlobs(docs: readonly vscode.TextDocument[]): Promise<void> {
    for (const doc of docs) {
      if (doc.languageId === 'plaintext' && matchesArticleGlobs(doc, readArticleGlobs(doc.uri))) {
        this.switched.delete(doc.uri.toString());
        await this.check(doc, isVisible(doc));
      }
    }
  }

  /**
   * A language change reports the document closed and opened again at once; only a document
   * still closed a moment later was really closed.
   */
  forgetIfClosed(doc: vscode.TextDocument): void {
    setTimeout(() => {
      if (doc.isClosed) this.switched.delete(doc.uri.toString());
    }, 0);
  }

  private neverList(): string[] {
    const v = this.memento.get<unknown>(NEVER_KEY);
    return Array.isArray(v) ? v.filter((k): k is string => typeof k === 'string') : [];
  }
}

function headOf(doc: vscode.TextDocument): string {
  return doc.getText(new vscode.Range(new vscode.Position(0, 0), doc.positionAt(CHARS_TO_READ)));
}

function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

function isVisible(doc: vscode.TextDocument): boolean {
  return vscode.window.visibleTextEditors.some((e) => e.document === doc);
}

/** Detection must never break the editor: failures are logged, not thrown at the user. */
function safely(run: () => Promise<unknown>): void {
  run().catch((err) => console.error('newsfact: article detection failed', err));
}

export function registerArticleDetection(context: vscode.ExtensionContext): ArticleDetector {
  const detector = new ArticleDetector(context.globalState);
  const onDoc = (doc: vscode.TextDocument) => safely(() => detector.check(doc, isVisible(doc)));
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(onDoc),
    vscode.workspace.onDidCloseTextDocument((doc) => detector.forgetIfClosed(doc)),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor) safely(() => detector.check(editor.document, true));
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsfact.articleGlobs')) safely(() => detector.recheckGlobs(vscode.workspace.textDocuments));
    }),
  );
  // The document that activated the extension is already open.
  for (const doc of vscode.workspace.textDocuments) onDoc(doc);
  return detector;
}
