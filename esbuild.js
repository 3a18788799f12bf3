// Bundles the entry points: the extension for Node, the same extension for a web worker
// (vscode.dev), the workspace index's worker for each, and the CLI (and its worker).
// `--watch` rebuilds on change; `--production` minifies.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'info',
  legalComments: 'none',
};

const builds = [
  {
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    define: { NEWSFACT_WEB: 'false' }, // which index worker to start (src/extension/indexWorkerSpawn.ts)
  },
  {
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    // The web build must not pull in Node built-ins; fail loudly if one sneaks in.
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"', NEWSFACT_WEB: 'true' },
  },
  {
    // The workspace index's analysis worker, one per host kind (src/extension/indexWorker*.ts).
    ...common,
    entryPoints: ['src/extension/indexWorkerNode.ts'],
    outfile: 'dist/indexWorker.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    ...common,
    entryPoints: ['src/extension/indexWorkerWeb.ts'],
    outfile: 'dist/web/indexWorker.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The CLI's worker threads load this file from next to dist/cli.js.
    ...common,
    entryPoints: ['src/cli/worker.ts'],
    outfile: 'dist/cli-worker.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
];

async function main() {
  if (watch) {
    const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
