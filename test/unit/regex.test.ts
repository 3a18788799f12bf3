// Every regular expression in src/core, run on adversarial 100k-character inputs built to make
// backtracking engines go quadratic or exponential. Each (regex, input) pair runs in a vm context
// with a 2 s timeout: that is only a hang detector; a linear regex takes a few ms here.
// Literals are found by a small lexer over the source (strings, comments, templates, regex
// literals; no parser). Regexes built with `new RegExp(...)` are captured at run time in a child
// process that records every RegExp constructed from src/core while loading every core module
// and analysing a few sentences.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { spawnSync } from 'child_process';

const ROOT = path.join(__dirname, '..', '..');
const CORE = path.join(ROOT, 'src', 'core');

interface FoundRegex {
  where: string;
  source: string;
  flags: string;
}

function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listTs(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

const REGEX_CAN_FOLLOW = new Set('(,=:[!&|?{};+-*%<>~^'.split(''));
const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'case', 'in', 'of', 'new', 'delete', 'void', 'throw', 'else', 'do', 'yield', 'await']);

/** Regex literals in TypeScript source: a lexer that skips strings, comments and template text. */
export function regexLiterals(src: string): { line: number; source: string; flags: string }[] {
  const out: { line: number; source: string; flags: string }[] = [];
  let i = 0;
  let prev = '('; // last significant token (one char, or a word)
  const braces: number[] = []; // brace depth at each `${` we are inside
  let depth = 0;
  const lineAt = (k: number) => src.slice(0, k).split('\n').length;
  const skipTemplate = () => {
    // at a backtick or after a closing `}` of `${`; returns when the template ends or `${` opens
    while (i < src.length) {
      const c = src[i];
      if (c === '\\') i += 2;
      else if (c === '`') { i++; prev = 'x'; return; }
      else if (c === '$' && src[i + 1] === '{') { i += 2; braces.push(depth); depth++; prev = '('; return; }
      else i++;
    }
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '/' && src[i + 1] === '/') { i = src.indexOf('\n', i); if (i < 0) break; continue; }
    if (c === '/' && src[i + 1] === '*') { i = src.indexOf('*/', i + 2); if (i < 0) break; i += 2; continue; }
    if (c === '"' || c === "'") {
      for (i++; i < src.length && src[i] !== c; i++) if (src[i] === '\\') i++;
      i++; prev = 'x'; continue;
    }
    if (c === '`') { i++; skipTemplate(); continue; }
    if (c === '{') { depth++; prev = '{'; i++; continue; }
    if (c === '}') {
      depth--; i++;
      if (braces.length && braces[braces.length - 1] === depth) { braces.pop(); skipTemplate(); continue; }
      prev = '}'; continue;
    }
    if (/\s/.test(c)) { i++; continue; }
    if (/[\w$]/.test(c)) {
      let j = i;
      while (j < src.length && /[\w$]/.test(src[j])) j++;
      prev = src.slice(i, j); i = j; continue;
    }
    if (c === '/' && (REGEX_CAN_FOLLOW.has(prev) || REGEX_AFTER_WORD.has(prev))) {
      let j = i + 1;
      let inClass = false;
      for (; j < src.length && src[j] !== '\n'; j++) {
        if (src[j] === '\\') { j++; continue; }
        if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
        else if (src[j] === '/' && !inClass) break;
      }
      let k = j + 1;
      while (k < src.length && /[a-z]/.test(src[k])) k++;
      out.push({ line: lineAt(i), source: src.slice(i + 1, j), flags: src.slice(j + 1, k) });
      i = k; prev = 'x'; continue;
    }
    prev = c; i++;
  }
  return out;
}

/** RegExps built at run time (new RegExp / RegExp()) by core code, recorded in a child process. */
function constructedRegexes(): FoundRegex[] {
  const files = listTs(CORE).filter((f) => !f.endsWith('tsconfig.json'));
  const script = `
    const seen = new Map(); const R = globalThis.RegExp;
    const rec = (r) => {
      const at = new Error().stack.split('\\n').slice(2).find((l) => l.includes('/src/core/'));
      if (at) seen.set(r.source + '/' + r.flags, { where: at.trim().replace(/^at .*?\\(/, '').replace(/\\)$/, ''), source: r.source, flags: r.flags });
      return r;
    };
    globalThis.RegExp = new Proxy(R, {
      construct: (t, a, nt) => rec(Reflect.construct(t, a, nt === globalThis.RegExp ? t : nt)),
      apply: (t, self, a) => rec(Reflect.apply(t, self, a)),
    });
    for (const f of ${JSON.stringify(files)}) { try { require(f); } catch (e) {} }
    const core = require(${JSON.stringify(path.join(CORE, 'index.ts'))});
    for (const t of ${JSON.stringify(SENTENCES)}) core.analyzeText(t);
    process.stdout.write(JSON.stringify([...seen.values()]));
  `;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
  if (r.status !== 0) throw new Error('capturing RegExp constructions failed: ' + r.stderr.slice(0, 500));
  return JSON.parse(r.stdout);
}

// Our own sentences, to wake lazily built regexes.
const SENTENCES = [
  'Harbour plan approved\n\nPORTO VELHO, May 4, 2023 (Northwire) -- The council approved the plan.\n\n"We will start in June," Mayor Lena Brandt said on Tuesday, adding that 40 jobs would be created.\n\nAccording to the ministry, costs rose by 12%. She denied that the budget was cut.',
  'Short line with no quotes at all',
];

const N = 100_000;
const INPUTS: [string, string][] = [
  ['a x 1e5', 'a'.repeat(N)],
  ['space x 1e5 + x', ' '.repeat(N) + 'x'],
  ['" x 1e5', '"'.repeat(N)],
  ['curly open quote x 1e5', '\u201c'.repeat(N)],
  ["' x 1e5", "'".repeat(N)],
  ['A x 1e5 + !', 'A'.repeat(N) + '!'],
  ['"Aa " x', 'Aa '.repeat(N / 3)],
  ['". " x', '. '.repeat(N / 2)],
  ['newline x 1e5', '\n'.repeat(N)],
  ['CRLF x', '\r\n'.repeat(N / 2)],
  ['tab-space x', '\t '.repeat(N / 2) + 'x'],
  ['nbsp-a x', 'a\u00a0'.repeat(N / 2)],
  ['"said " x', 'said '.repeat(N / 5)],
  ['"1," x', '1,'.repeat(N / 2)],
  ['"Mr. " x', 'Mr. '.repeat(N / 4)],
  ['"ABC DEF " x', 'ABC Def '.repeat(N / 8)],
  ['"The Minister of " x', 'The Minister of '.repeat(N / 16)],
  ['unclosed quote then words', 'He said "' + 'a b '.repeat(N / 4)],
  ['"\\"a " x', '"a '.repeat(N / 3)],
  ['dashes', '-'.repeat(N) + '\n'],
  ['digits', '9'.repeat(N) + 'x'],
  ['quoted sentence x', '"We will not," said Mayor Ana Ruiz of the city council. '.repeat(N / 56)],
];

const ctx = vm.createContext({ src: '', flags: '', input: '' });
const RUN = `
  (() => {
    const re = new RegExp(src, flags);
    if (!re.global && !re.sticky) { re.exec(input); return 1; }
    let n = 0, m;
    while ((m = re.exec(input)) !== null) {
      n++;
      if (m[0] === '') re.lastIndex++;
      if (re.lastIndex > input.length) break;
    }
    return n;
  })()`;
const script = new vm.Script(RUN);

function collect(): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const f of listTs(CORE)) {
    const rel = path.relative(ROOT, f);
    for (const r of regexLiterals(fs.readFileSync(f, 'utf8'))) found.push({ where: `${rel}:${r.line}`, source: r.source, flags: r.flags });
  }
  found.push(...constructedRegexes());
  const seen = new Set<string>();
  return found.filter((r) => {
    const k = r.source + '/' + r.flags;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

describe('regular expressions in src/core on adversarial input', function () {
  this.timeout(120000);

  it('the literal scanner finds regexes and skips strings, comments and templates', () => {
    const src = [
      "const a = /x+y/g; // not /a comment/",
      "const s = 'a/b/c'; const t = `x/${'/'}y`;",
      'if (/^[/]\\d$/.test(s)) return /z/i;',
      'const d = total / 2 / 3;',
    ].join('\n');
    assert.deepStrictEqual(
      regexLiterals(src).map((r) => `/${r.source}/${r.flags}`),
      ['/x+y/g', '/^[/]\\d$/', '/z/i'],
    );
  });

  const regexes = collect();

  it('finds the core regexes (sanity)', () => {
    assert.ok(regexes.length > 0, 'no regular expression found in src/core');
  });

  for (const r of regexes) {
    it(`${r.where} /${r.source.length > 60 ? r.source.slice(0, 57) + '...' : r.source}/${r.flags}`, () => {
      let compiled = true;
      try {
        new RegExp(r.source, r.flags);
      } catch {
        compiled = false; // the scanner misread something that is not a regex
      }
      if (!compiled) return;
      for (const [name, input] of INPUTS) {
        Object.assign(ctx, { src: r.source, flags: r.flags, input });
        try {
          script.runInContext(ctx, { timeout: 2000 });
        } catch (e) {
          assert.fail(`/${r.source}/${r.flags} at ${r.where} did not finish in 2 s on ${name}: ${String(e).slice(0, 80)}`);
        }
      }
    });
  }
});
