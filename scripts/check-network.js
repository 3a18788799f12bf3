#!/usr/bin/env node
// `npm run check:network [-- <folder>]`: greps the built bundles (dist/**/*.js by default) for
// network calls. Newsfact must send nothing anywhere, so any hit outside ALLOWLIST fails (exit 1)
// with the file, line, column and the code around it. Exit 2 when there is nothing to check.
const fs = require('fs');
const path = require('path');

// Each entry: { file: 'dist/...', pattern: '<name below>', why: '...' }. Empty on purpose:
// adding one needs a reason a reviewer accepts.
const ALLOWLIST = [];

const PATTERNS = [
  { name: 'fetch(', re: /(?<![\w$])fetch\s*\(/g },
  // `(0, import_https.request)(...)` is how esbuild calls an imported function: no `(` right after.
  { name: 'http.request', re: /(?<![\w$])(?:import_)?(?:node_)?https?2?\d*\.(?:request|get)(?![\w$])/g },
  { name: 'XMLHttpRequest', re: /XMLHttpRequest/g },
  { name: 'WebSocket', re: /WebSocket/g },
  { name: 'EventSource', re: /(?<![\w$])EventSource(?![\w$])/g },
  { name: 'sendBeacon', re: /sendBeacon/g },
  { name: 'net.connect', re: /(?<![\w$])(?:import_)?(?:node_)?(?:net|tls)\d*\.(?:connect|createConnection)(?![\w$])/g },
  { name: 'require network module', re: /require\(\s*["'](?:node:)?(?:http|https|http2|net|tls|dgram|undici)["']\s*\)/g },
];

function listJs(dir) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listJs(p));
    else if (/\.(c|m)?js$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** Every hit in one file's text: { pattern, line, column, excerpt }. */
function scan(text) {
  const hits = [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (idx) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= idx) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m;
    while ((m = p.re.exec(text))) {
      const line = lineOf(m.index);
      const column = m.index - lineStarts[line];
      // Bundles are often minified onto one line: show the code around the hit, not the line.
      const excerpt = text.slice(Math.max(lineStarts[line], m.index - 60), m.index + m[0].length + 60).replace(/\s+/g, ' ');
      hits.push({ pattern: p.name, line: line + 1, column: column + 1, excerpt });
    }
  }
  return hits;
}

function main(argv) {
  const root = path.join(__dirname, '..');
  const dir = path.resolve(argv[0] || path.join(root, 'dist'));
  const files = listJs(dir);
  if (!files.length) {
    console.error(`check-network: no .js bundles under ${dir}; run \`npm run build\` first`);
    return 2;
  }
  let bad = 0;
  for (const f of files) {
    const rel = path.relative(root, f);
    for (const h of scan(fs.readFileSync(f, 'utf8'))) {
      if (ALLOWLIST.some((a) => a.file === rel && a.pattern === h.pattern)) continue;
      bad++;
      console.error(`${rel}:${h.line}:${h.column}: ${h.pattern}: ...${h.excerpt}...`);
    }
  }
  if (bad) {
    console.error(`check-network: ${bad} network call(s) in ${files.length} bundle(s); Newsfact must not use the network`);
    return 1;
  }
  console.log(`check-network: no network calls in ${files.length} bundle(s)`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
module.exports = { scan, PATTERNS };
