// `newsfact.articleGlobs`: the user's own patterns for files that should open as news articles.
import * as vscode from 'vscode';

export function readArticleGlobs(scope?: vscode.Uri): string[] {
  const raw = vscode.workspace.getConfiguration('newsfact', scope).get<unknown>('articleGlobs');
  return Array.isArray(raw) ? raw.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [];
}

/**
 * Whether the document matches one of the globs. A glob that starts with `**` or `/` is matched
 * against the whole path; any other ("clippings/*.txt") is taken relative to each workspace folder,
 * as people write them in settings.
 */
export function matchesArticleGlobs(doc: vscode.TextDocument, globs: string[]): boolean {
  const folders = vscode.workspace.workspaceFolders ?? [];
  for (const glob of globs) {
    const selectors: vscode.DocumentFilter[] = [{ pattern: glob }];
    if (!glob.startsWith('**') && !glob.startsWith('/')) {
      for (const folder of folders) selectors.push({ pattern: new vscode.RelativePattern(folder, glob) });
    }
    try {
      if (vscode.languages.match(selectors, doc) > 0) return true;
    } catch {
      // A malformed glob in the settings must not break detection for the others.
    }
  }
  return false;
}
