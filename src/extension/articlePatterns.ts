// The globs that make a file an article for the workspace index: the language's own
// `filenamePatterns` from the manifest plus the user's `newsfact.articleGlobs`.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './analysisService';
import { readArticleGlobs } from './articleGlobs';

interface LanguageContribution {
  id: string;
  filenamePatterns?: string[];
}

export function articleFilePatterns(extension: vscode.Extension<unknown>): string[] {
  const langs: LanguageContribution[] = extension.packageJSON?.contributes?.languages ?? [];
  const fromManifest = langs.find((l) => l.id === LANGUAGE_ID)?.filenamePatterns ?? [];
  // A filename pattern without a slash matches the base name anywhere; findFiles needs `**/` for that.
  // User globs are already relative to the workspace folder, which is how findFiles reads them.
  const patterns = [...fromManifest.map((p) => (p.includes('/') ? p : `**/${p}`)), ...readArticleGlobs()];
  return [...new Set(patterns)];
}
