// Bundles the entry points: the extension for Node, the same extension for a web worker
// (vscode.dev), the workspace index's worker for each, and the CLI (and its worker).
// `--watch` rebuilds on change; `--production` minifies. The bench builds from the same
// configuration (`builds(...)`), so it measures what ships.
const path = require('path');
const esbuild = require('esbuild');

const ROOT = __dirname;

/**
 * Every `import * as vscode from 'vscode'` becomes `__toESM(require('vscode'))`, which copies all
 * ~400 properties of the API object, once per importing file (20 of them): about 15 ms at
 * activation. Routing them through one module that re-exports 'vscode' copies it once.
 */
const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' },
    );
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: "export * from 'vscode';", loader: 'js', resolveDir: ROOT }));
  },
};

/**
 * The analysis core builds its tables (lexicons, regexes, stems) when its modules load: most of
 * the extension's load time, and not needed until an article is open. In the extension bundles,
 * every import of src/core made by src/extension resolves to src/extension/lazyCore.ts, which
 * `require`s the core on first use; esbuild then runs the core's module code on that call, not
 * when the bundle loads (it stays one bundle). Type-only imports never reach the bundler.
 */
const lazyCore = {
  name: 'lazy-core',
  setup(build) {
    const facade = path.join(ROOT, 'src', 'extension', 'lazyCore.ts');
    const core = path.join(ROOT, 'src', 'core') + path.sep;
    const extension = path.join(ROOT, 'src', 'extension') + path.sep;
    build.onResolve({ filter: /\/core(\/|$)/ }, (args) => {
      if (!args.importer.startsWith(extension) || args.importer === facade) return undefined;
      const target = path.resolve(args.resolveDir, args.path);
      return target.startsWith(core) || target + path.sep === core ? { path: facade } : undefined;
    });
  },
};

/** The extension's build options for one host ('node' or 'web'). */
function extensionBuild(host, { production = false, outfile } = {}) {
  const web = host === 'web';
  return {
    entryPoints: ['src/extension/extension.ts'],
    outfile: outfile ?? (web ? 'dist/web/extension.js' : 'dist/extension.js'),
    platform: web ? 'browser' : 'node',
    format: 'cjs',
    target: web ? 'es2022' : 'node20',
    external: ['vscode'],
    plugins: [vscodeOnce, lazyCore],
    // NEWSFACT_WEB: which index worker to start (src/extension/indexWorkerSpawn.ts). The web build
    // must not pull in Node built-ins; fail loudly if one sneaks in.
    define: web ? { 'process.env.NODE_ENV': production ? '"production"' : '"development"', NEWSFACT_WEB: 'true' } : { NEWSFACT_WEB: 'false' },
  };
}

function builds(production) {
  const common = {
    bundle: true,
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'info',
    legalComments: 'none',
    absWorkingDir: ROOT,
  };
  return [
    { ...common, ...extensionBuild('node', { production }) },
    { ...common, ...extensionBuild('web', { production }) },
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
}

async function main() {
  const production = process.argv.includes('--production');
  const all = builds(production);
  if (process.argv.includes('--watch')) {
    const contexts = await Promise.all(all.map((b) => esbuild.context(b)));
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(all.map((b) => esbuild.build(b)));
}

module.exports = { builds, extensionBuild };

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
