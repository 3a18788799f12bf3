// `newsfact.revealRange`: open an article and select a span of it. Used by hover links, the tree
// and the outline; takes plain JSON arguments so it can sit in a command link.
import * as vscode from 'vscode';

export const REVEAL_COMMAND = 'newsfact.revealRange';

export function commandLink(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

export async function revealSpan(uri: vscode.Uri, start: number, end: number, preserveFocus = false): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus, preview: true, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function registerReveal(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(REVEAL_COMMAND, (uri: string, start: number, end: number) => revealSpan(vscode.Uri.parse(uri), start, end)),
  );
}
