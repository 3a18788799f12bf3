// Linux's recursive watcher (@parcel/watcher over inotify) starts watching a folder created with its
// parents (`mkdir -p`, an unzip, a copy, `workspace.fs.writeFile` into a new path) only at the top:
// files in the folders beneath it send no events at all, not even when they are deleted
// (parcel-bundler/watcher#97). VS Code runs non-recursive watchers on their own (Node's fs.watch),
// even inside the workspace, so one per folder beneath a new folder fills the gap.
import * as vscode from 'vscode';

export type FolderFileEvent = 'create' | 'change' | 'delete';

/** More than this many folders (a whole repository copied in) are left to the recursive watcher and rescans. */
const MAX_FOLDERS = 256;

export class NewFolderWatchers implements vscode.Disposable {
  private readonly watched = new Map<string, vscode.Disposable>();

  constructor(private readonly onEvent: (event: FolderFileEvent, uri: vscode.Uri) => void) {}

  /** Watches `folder` and every folder beneath it, without following into more than MAX_FOLDERS. */
  async add(folder: vscode.Uri): Promise<void> {
    const pending = [folder];
    while (pending.length && this.watched.size < MAX_FOLDERS) {
      const dir = pending.shift()!;
      let children: [string, vscode.FileType][];
      try {
        children = await vscode.workspace.fs.readDirectory(dir);
      } catch {
        continue; // gone already, or a file whose name has no dot
      }
      this.watch(dir);
      for (const [name, type] of children) if (type & vscode.FileType.Directory) pending.push(vscode.Uri.joinPath(dir, name));
    }
  }

  /** True if `uri` is a folder watched here. */
  has(uri: vscode.Uri): boolean {
    return this.watched.has(uri.toString());
  }

  /** Stops watching `folder` and the folders beneath it (it was deleted). */
  remove(folder: vscode.Uri): void {
    const key = folder.toString();
    for (const [k, w] of this.watched) {
      if (k === key || k.startsWith(`${key}/`)) {
        w.dispose();
        this.watched.delete(k);
      }
    }
  }

  get size(): number {
    return this.watched.size;
  }

  dispose(): void {
    for (const w of this.watched.values()) w.dispose();
    this.watched.clear();
  }

  private watch(dir: vscode.Uri): void {
    const key = dir.toString();
    if (this.watched.has(key)) return;
    // A pattern without a slash or ** makes VS Code watch the folder non-recursively.
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, '*'));
    const subscriptions = [
      w.onDidCreate((u) => this.onEvent('create', u)),
      w.onDidChange((u) => this.onEvent('change', u)),
      w.onDidDelete((u) => this.onEvent('delete', u)),
    ];
    this.watched.set(key, {
      dispose: () => {
        for (const s of subscriptions) s.dispose();
        w.dispose();
      },
    });
  }
}
