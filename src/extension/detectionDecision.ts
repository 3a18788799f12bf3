// What to do with a document that just opened: the pure decision behind article detection, kept
// free of `vscode` so unit tests can cover every branch.

export type DetectSetting = 'ask' | 'auto' | 'off';

export type DetectionAction = 'switch' | 'ask' | 'none';

export interface DetectionInput {
  languageId: string;
  scheme: string;
  /** The path matches one of `newsfact.articleGlobs`. */
  matchesArticleGlob: boolean;
  setting: DetectSetting;
  /** Already offered the switch in this session: never ask twice. */
  askedThisSession: boolean;
  /** Switched while open; if it is plain text again, the user switched it back: leave it. */
  switchedWhileOpen: boolean;
  /** The user chose "Never for this file". */
  neverForFile: boolean;
  /** Called only when the answer depends on it, since it reads the text. */
  looksLikeArticle: () => boolean;
}

/** Schemes of documents a person opened to read; not output channels, diffs or git views. */
export const DETECTION_SCHEMES: ReadonlySet<string> = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

export function readDetectSetting(value: unknown): DetectSetting {
  return value === 'auto' || value === 'off' ? value : 'ask';
}

export function decideDetection(input: DetectionInput): DetectionAction {
  if (input.languageId !== 'plaintext') return 'none';
  if (!DETECTION_SCHEMES.has(input.scheme)) return 'none';
  if (input.switchedWhileOpen) return 'none';
  // The user's own globs are an explicit choice: switch whatever `detectArticles` says.
  if (input.matchesArticleGlob) return 'switch';
  if (input.setting === 'off' || input.neverForFile || input.askedThisSession) return 'none';
  if (!input.looksLikeArticle()) return 'none';
  return input.setting === 'auto' ? 'switch' : 'ask';
}

export const TREAT_AS_ARTICLE = 'Treat as News Article';
export const NOT_NOW = 'Not now';
export const NEVER_FOR_FILE = 'Never for this file';

export type AnswerEffect = 'switch' | 'never' | 'nothing';

/** The user's answer to the offer; dismissing the message counts as "Not now". */
export function effectOfAnswer(answer: string | undefined): AnswerEffect {
  if (answer === TREAT_AS_ARTICLE) return 'switch';
  if (answer === NEVER_FOR_FILE) return 'never';
  return 'nothing';
}

export function offerMessage(fileName: string, reasons: string[]): string {
  const why = reasons.length ? ` (${reasons.join(', ')})` : '';
  return `"${fileName}" looks like a news article${why}. Open it as a News Article?`;
}
