// A stand-in `vscode` module for timing activation outside the editor: every property is another
// stub, every call returns a stub (a disposable), classes construct. Iterating a stub yields
// nothing and awaiting one resolves at once, so code that lists open documents or awaits a command
// proceeds as in an empty window.
function stub(name) {
  const fn = function () {};
  const assigned = new Map(); // `item.name = ...` on a returned object; a function's own name is read-only
  return new Proxy(fn, {
    set(_t, prop, value) {
      assigned.set(prop, value);
      return true;
    },
    get(_t, prop) {
      if (assigned.has(prop)) return assigned.get(prop);
      if (prop === 'then') return undefined; // not a thenable
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.toPrimitive) return () => name;
      if (prop === 'toString') return () => name;
      if (prop === 'dispose') return () => {};
      if (prop === 'length') return 0;
      return cache(name + '.' + String(prop));
    },
    apply() {
      return cache(name + '()');
    },
    construct() {
      return stub('new ' + name);
    },
  });
}
const stubs = new Map();
function cache(name) {
  if (!stubs.has(name)) stubs.set(name, stub(name));
  return stubs.get(name);
}

/**
 * The module itself must be a plain object with the real top-level names as own keys: bundlers'
 * interop helpers (esbuild's __toESM) copy own properties, which a proxy over a function lacks.
 */
function moduleObject() {
  const dts = require('fs').readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = new Set();
  for (const m of dts.matchAll(/^\s*export (?:namespace|class|enum|const|function|let) (\w+)/gm)) names.add(m[1]);
  const mod = {};
  for (const n of names) mod[n] = stub('vscode.' + n);
  mod.version = '1.100.0';
  return mod;
}

/**
 * Small real versions of the value classes a hover or tree item builds, so measuring a provider
 * includes its own work (Markdown strings, items) rather than proxy traps.
 */
const valueClasses = {
  Position: class Position {
    constructor(line, character) { this.line = line; this.character = character; }
  },
  Range: class Range {
    constructor(start, end) { this.start = start; this.end = end; }
  },
  Hover: class Hover {
    constructor(contents, range) { this.contents = contents; this.range = range; }
  },
  MarkdownString: class MarkdownString {
    constructor(value = '', supportThemeIcons = false) { this.value = value; this.supportThemeIcons = supportThemeIcons; }
    appendMarkdown(v) { this.value += v; return this; }
    appendText(v) { this.value += v.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&'); return this; }
    appendCodeblock(v, lang = '') { this.value += '\n```' + lang + '\n' + v + '\n```\n'; return this; }
  },
  TreeItem: class TreeItem {
    constructor(label, collapsibleState) { this.label = label; this.collapsibleState = collapsibleState; }
  },
  ThemeIcon: class ThemeIcon {
    constructor(id, color) { this.id = id; this.color = color; }
  },
  ThemeColor: class ThemeColor {
    constructor(id) { this.id = id; }
  },
  TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
  // What diagnostics, the outline, folding and furniture colouring build.
  Diagnostic: class Diagnostic {
    constructor(range, message, severity = 0) { this.range = range; this.message = message; this.severity = severity; }
  },
  DiagnosticRelatedInformation: class DiagnosticRelatedInformation {
    constructor(location, message) { this.location = location; this.message = message; }
  },
  Location: class Location {
    constructor(uri, range) { this.uri = uri; this.range = range; }
  },
  DocumentSymbol: class DocumentSymbol {
    constructor(name, detail, kind, range, selectionRange) { Object.assign(this, { name, detail, kind, range, selectionRange, children: [] }); }
  },
  FoldingRange: class FoldingRange {
    constructor(start, end, kind) { this.start = start; this.end = end; this.kind = kind; }
  },
  SemanticTokensLegend: class SemanticTokensLegend {
    constructor(tokenTypes, tokenModifiers = []) { this.tokenTypes = tokenTypes; this.tokenModifiers = tokenModifiers; }
  },
  SemanticTokens: class SemanticTokens {
    constructor(data) { this.data = data; }
  },
  SemanticTokensBuilder: class SemanticTokensBuilder {
    constructor() { this.data = []; this.line = 0; this.char = 0; }
    push(line, char, length, type, mods = 0) {
      this.data.push(line - this.line, line === this.line ? char - this.char : char, length, type, mods);
      this.line = line;
      this.char = char;
    }
    build() { return new valueClasses.SemanticTokens(Uint32Array.from(this.data)); }
  },
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  SymbolKind: { File: 0, Namespace: 2, Object: 18, String: 14, Variable: 12 },
  FoldingRangeKind: { Comment: 1, Imports: 2, Region: 3 },
};

/** Makes `require('vscode')` return the stub for every module loaded afterwards. */
function installVscodeStub() {
  const Module = require('module');
  const original = Module._load;
  const vscode = Object.assign(moduleObject(), valueClasses);
  Module._load = function (request, parent, isMain) {
    if (request === 'vscode') return vscode;
    return original.call(this, request, parent, isMain);
  };
  return vscode;
}

/** A context object with the fields extensions commonly touch. */
function fakeContext(extensionPath) {
  const memento = { get: (_k, d) => d, update: async () => {}, keys: () => [], setKeysForSync: () => {} };
  return {
    subscriptions: [],
    extensionPath,
    extensionUri: stub('extensionUri'),
    globalState: memento,
    workspaceState: memento,
    secrets: stub('secrets'),
    storageUri: undefined,
    globalStorageUri: stub('globalStorageUri'),
    logUri: stub('logUri'),
    asAbsolutePath: (p) => require('path').join(extensionPath, p),
    extensionMode: 1,
    environmentVariableCollection: stub('env'),
    extension: stub('extension'),
  };
}

module.exports = { installVscodeStub, fakeContext };
