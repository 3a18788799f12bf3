// The sidecar writer's file-system interface over `vscode.workspace.fs` (so it also works in
// virtual workspaces and the browser). Names are URI strings.
import * as vscode from 'vscode';
import type { SidecarFs } from './sidecarWrite';

const encode = (text: string) => new TextEncoder().encode(text);

export function workspaceSidecarFs(): SidecarFs {
  const fs = vscode.workspace.fs;
  const uri = (name: string) => vscode.Uri.parse(name);
  return {
    async read(name) {
      try {
        return new TextDecoder('utf-8').decode(await fs.readFile(uri(name)));
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === 'FileNotFound' || code === 'ENOENT' || /ENOENT|not found/i.test(String((err as Error).message))) return undefined;
        throw err;
      }
    },
    async write(name, text) {
      await fs.createDirectory(vscode.Uri.joinPath(uri(name), '..'));
      await fs.writeFile(uri(name), encode(text));
    },
    async createExclusive(name, text) {
      // workspace.fs.writeFile cannot refuse to overwrite; a rename without overwrite can.
      const temp = `${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
      await this.write(temp, text);
      try {
        await fs.rename(uri(temp), uri(name), { overwrite: false });
        return true;
      } catch {
        await fs.delete(uri(temp)).then(undefined, () => undefined);
        return false;
      }
    },
    async rename(from, to) {
      await fs.rename(uri(from), uri(to), { overwrite: true });
    },
    async delete(name) {
      await fs.delete(uri(name));
    },
    async mtime(name) {
      try {
        return (await fs.stat(uri(name))).mtime;
      } catch {
        return undefined;
      }
    },
    now: () => Date.now(),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  };
}
