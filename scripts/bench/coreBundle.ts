// The analysis core bundled for a profiling child process, with each bundle line's source file
// (from esbuild's "// src/core/..." comment before each module), so samples are read by file.
import * as fs from 'fs';
import * as path from 'path';

export function bundleCoreWithLines(dir: string): { bundle: string; fileOfLine: string[] } {
  const bundle = path.join(dir, 'core.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('esbuild').buildSync({ entryPoints: [path.join(__dirname, '../../src/core/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'silent' });
  const fileOfLine: string[] = [];
  let current = '(bundle)';
  fs.readFileSync(bundle, 'utf8').split('\n').forEach((l, i) => {
    const m = /^\/\/ (src\/\S+\.ts)$/.exec(l);
    if (m) current = m[1];
    fileOfLine[i] = current;
  });
  return { bundle, fileOfLine };
}

/** A V8 CPU profile as the inspector and --cpu-prof write it (the fields read here). */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
