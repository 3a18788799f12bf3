// Starts the index worker: a `worker_threads` Worker on the desktop, a Web Worker in the browser.
// Which one is fixed by the build (esbuild defines NEWSFACT_WEB); without it, by the runtime.
import * as vscode from 'vscode';
import type { WorkerLike } from './indexWorkerClient';
import { WORKER_RESOURCE_LIMITS, type IndexRequest, type IndexResponse } from './indexWorkerProtocol';

declare const NEWSFACT_WEB: boolean | undefined;

function isWeb(): boolean {
  if (typeof NEWSFACT_WEB === 'boolean') return NEWSFACT_WEB;
  return typeof navigator !== 'undefined' && !(typeof process !== 'undefined' && process.versions?.node);
}

export function spawnIndexWorker(extensionUri: vscode.Uri): WorkerLike {
  if (isWeb()) {
    const url = vscode.Uri.joinPath(extensionUri, 'dist/web/indexWorker.js').toString(true);
    let w: Worker;
    try {
      w = new Worker(url);
    } catch {
      // The extension host often runs on another origin than the extension's files, and a Worker
      // must be same-origin: start a blob worker that loads the bundle with importScripts instead.
      w = new Worker(URL.createObjectURL(new Blob([`importScripts(${JSON.stringify(url)});`], { type: 'text/javascript' })));
    }
    return {
      postMessage: (m: IndexRequest) => w.postMessage(m),
      onMessage: (cb) => w.addEventListener('message', (e: MessageEvent<IndexResponse>) => cb(e.data)),
      onError: (cb) => {
        w.addEventListener('error', (e) => cb(e));
        w.addEventListener('messageerror', (e) => cb(e));
      },
      terminate: () => w.terminate(),
    };
  }
  // Reached through a variable so a browser bundle (any esbuild config) does not try to resolve it.
  const nodeRequire = (typeof require === 'function' ? require : undefined) as NodeRequire | undefined;
  if (!nodeRequire) throw new Error('no worker support in this extension host');
  const { Worker: NodeWorker } = nodeRequire('worker_threads') as typeof import('worker_threads');
  const w = new NodeWorker(vscode.Uri.joinPath(extensionUri, 'dist', 'indexWorker.js').fsPath, { resourceLimits: WORKER_RESOURCE_LIMITS });
  w.unref(); // an idle worker must not keep the extension host alive
  return {
    postMessage: (m) => w.postMessage(m),
    onMessage: (cb) => w.on('message', cb),
    onError: (cb) => {
      w.on('error', cb);
      w.on('exit', (code) => cb(new Error(`the index worker exited (${code})`)));
    },
    terminate: () => void w.terminate(),
  };
}

/**
 * Workers for the index, between 1 and 4: one per core on two cores (the extension host only reads
 * files and stores the workers' summaries, about a tenth of a file's work), else the cores the
 * editor does not need.
 */
export function indexWorkerCount(): number {
  let cores = 2;
  if (isWeb()) cores = (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2;
  else {
    const nodeRequire = (typeof require === 'function' ? require : undefined) as NodeRequire | undefined;
    const os = nodeRequire?.('os') as typeof import('os') | undefined;
    cores = os ? (os.availableParallelism?.() ?? os.cpus().length) : 2;
  }
  return Math.min(4, Math.max(1, cores <= 2 ? cores : cores - 1));
}
