// The grammar as VS Code runs it: the manifest's grammar file is tokenised by the vscode-textmate
// and vscode-oniguruma that ship inside the running VS Code (the engine behind its editors), and
// the colours come from VS Code's default themes through the same engine's theme matching.
// `_workbench.captureSyntaxTokens`, which VS Code's own colorizer tests use, is not in the
// code-server 1.100 build, hence this route.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, fixtureUri, openFixture, closeAllEditors } from '../helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */
interface Token { text: string; scopes: string[] }
interface Engine { tm: any; registry: any; grammar: any }

/** The vscode-textmate/oniguruma of the running VS Code, or undefined where it is packed away. */
function findModule(name: string): string | undefined {
  for (const base of ['node_modules', 'node_modules.asar', 'node_modules.asar.unpacked']) {
    const dir = path.join(vscode.env.appRoot, base, name);
    if (fs.existsSync(dir)) return dir;
  }
  return undefined;
}

function grammarPath(): string {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, 'extension not loaded');
  const contribution = (ext.packageJSON.contributes.grammars as Array<{ language: string; scopeName: string; path: string }>).find(
    (g) => g.language === 'news-article',
  );
  assert.ok(contribution, 'no grammar contributed for news-article');
  assert.strictEqual(contribution.scopeName, 'text.news-article');
  return path.join(ext.extensionPath, contribution.path);
}

/** Theme files are JSON with comments and trailing commas. */
function readJsonc(file: string): any {
  const src = fs.readFileSync(file, 'utf8');
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '"') {
      const start = i;
      for (i++; i < src.length && src[i] !== '"'; i++) if (src[i] === '\\') i++;
      out += src.slice(start, i + 1);
    } else if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && src[i + 1] === '*') {
      i = src.indexOf('*/', i + 2) + 1;
    } else out += c;
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

/** A default theme's token rules, following its `include` chain; first rule sets the default foreground. */
function themeRules(themeFile: string): { settings: any[]; foreground: string } {
  const theme = readJsonc(themeFile);
  const base = theme.include ? themeRules(path.join(path.dirname(themeFile), theme.include)) : { settings: [], foreground: '' };
  const foreground = theme.colors?.['editor.foreground'] ?? base.foreground;
  return { settings: [...base.settings, ...(theme.tokenColors ?? [])], foreground };
}

async function loadEngine(): Promise<Engine | undefined> {
  const tmDir = findModule('vscode-textmate');
  const onigDir = findModule('vscode-oniguruma');
  if (!tmDir || !onigDir) return undefined;
  const tm = require(tmDir);
  const onig = require(onigDir);
  const wasm = fs.readFileSync(path.join(onigDir, 'release', 'onig.wasm'));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const file = grammarPath();
  const registry = new tm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
      createOnigString: (s: string) => new onig.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'text.news-article' ? tm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null,
  });
  const grammar = await registry.loadGrammar('text.news-article');
  assert.ok(grammar, 'grammar did not load');
  return { tm, registry, grammar };
}

function tokenize(engine: Engine, text: string): Token[][] {
  let stack = engine.tm.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const r = engine.grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t: any) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** Scopes of the token holding the first character of `needle`. */
function scopesAt(lines: Token[][], needle: string): string[] {
  for (const tokens of lines) {
    const line = tokens.map((t) => t.text).join('');
    const at = line.indexOf(needle);
    if (at < 0) continue;
    let pos = 0;
    for (const t of tokens) {
      if (at < pos + t.text.length) return t.scopes;
      pos += t.text.length;
    }
  }
  throw new Error(`"${needle}" not found`);
}

const has = (scopes: string[], prefix: string) => scopes.some((s) => s === prefix || s.startsWith(prefix + '.'));

suite('news-article grammar in the running VS Code', () => {
  let engine: Engine | undefined;
  let lines: Token[][];

  suiteSetup(async function () {
    engine = await loadEngine();
    if (!engine) {
      // Desktop builds may pack these modules where Node cannot load them; say so rather than pass.
      console.log(`[grammar] vscode-textmate not found under ${vscode.env.appRoot}; skipping`);
      this.skip();
    }
    const doc = await openFixture('furniture.article.txt');
    assert.strictEqual(doc.languageId, 'news-article');
    lines = tokenize(engine!, doc.getText());
  });
  suiteTeardown(closeAllEditors);

  test('the headline is the first line, and only it', () => {
    assert.ok(has(scopesAt(lines, 'Harbour pilots walk'), 'markup.heading'));
    assert.ok(!has(scopesAt(lines, 'Harbour pilots in'), 'markup.heading'));
  });

  // constant.numeric rather than constant.other: the default Dark+ theme colours only the former.
  test('the dateline: place, date and agency', () => {
    assert.ok(has(scopesAt(lines, 'VALDORA'), 'meta.dateline'));
    assert.ok(has(scopesAt(lines, 'VALDORA'), 'entity.name.tag'));
    assert.ok(has(scopesAt(lines, 'March 3'), 'constant.numeric.date'));
    assert.ok(has(scopesAt(lines, 'Reuters'), 'entity.name.type'));
  });

  test('a quote in straight, curly and guillemet marks, with its marks as punctuation', () => {
    assert.ok(has(scopesAt(lines, 'We will not guide'), 'string.quoted.double.news-article'));
    assert.ok(has(scopesAt(lines, '"We will'), 'punctuation.definition.string.begin'));
    assert.ok(has(scopesAt(lines, '," said'), 'string.quoted.double'), 'comma inside the quote');
    assert.ok(has(scopesAt(lines, '" said'), 'punctuation.definition.string.end'));
    assert.ok(has(scopesAt(lines, 'unlawful'), 'string.quoted.double'));
    assert.ok(has(scopesAt(lines, 'a very local'), 'string.quoted.double'));
    assert.ok(!has(scopesAt(lines, ' said union'), 'string'));
  });

  test('reporting cues and page furniture', () => {
    assert.ok(has(scopesAt(lines, 'said union'), 'keyword.other.cue'));
    assert.ok(has(scopesAt(lines, 'told reporters'), 'keyword.other.cue'));
    for (const f of ['Follow The Valdora', 'Print E-mail', 'Share', 'Add your comments']) {
      assert.ok(has(scopesAt(lines, f), 'comment.line.furniture'), f);
    }
  });

  test('bylines, agency/date lines after share links, and quotes that run on to the next paragraph', () => {
    const other = tokenize(engine!, [
      '',
      'Second headline after a blank line',
      'By Ana Lopes and Tom Reyes, Valley Wire',
      '2 Comment(s)Print E-mail Valley Wire, June 2, 2024',
      '“The first paragraph of a long quote runs on.',
      '“And the second one closes it,” she said of the 27" screen.',
    ].join('\n'));
    assert.ok(has(scopesAt(other, 'Second headline'), 'markup.heading'));
    assert.ok(has(scopesAt(other, 'Ana Lopes'), 'meta.byline'));
    assert.ok(has(scopesAt(other, 'Comment(s)'), 'comment.line.furniture'));
    assert.ok(has(scopesAt(other, 'Valley Wire, June'), 'entity.name.type'));
    assert.ok(has(scopesAt(other, 'June 2, 2024'), 'constant.numeric.date'));
    assert.ok(has(scopesAt(other, 'first paragraph'), 'string.quoted'));
    assert.ok(has(scopesAt(other, 'And the second'), 'string.quoted'));
    assert.ok(!has(scopesAt(other, ' she said'), 'string'));
    assert.ok(!has(scopesAt(other, ' screen'), 'string'), 'an inch mark opens no quote');
  });

  test('the default themes colour headline, quote, cue, date and furniture', function () {
    const themes = vscode.extensions.getExtension('vscode.theme-defaults');
    if (!themes) this.skip();
    const sample = [
      ['headline', 'Harbour pilots walk'],
      ['quote', 'We will not guide'],
      ['cue', 'said union'],
      ['date', 'March 3'],
      ['place', 'VALDORA'],
      ['agency', 'Reuters'],
      ['furniture', 'Share'],
    ];
    for (const themeName of ['dark_plus.json', 'light_plus.json', 'dark_modern.json', 'light_modern.json']) {
      const { settings, foreground } = themeRules(path.join(themes!.extensionPath, 'themes', themeName));
      engine!.registry.setTheme({ name: themeName, settings: [{ settings: { foreground } }, ...settings] });
      const colorMap: string[] = engine!.registry.getColorMap();
      const text = fs.readFileSync(fixtureUri('furniture.article.txt').fsPath, 'utf8');
      let stack = engine!.tm.INITIAL;
      const coloured = new Map<string, string>();
      for (const line of text.split(/\r?\n/)) {
        const r = engine!.grammar.tokenizeLine2(line, stack);
        stack = r.ruleStack;
        for (const [what, needle] of sample) {
          const at = line.indexOf(needle);
          if (at < 0 || coloured.has(what)) continue;
          let meta = 0;
          for (let k = 0; k < r.tokens.length; k += 2) if (r.tokens[k] <= at) meta = r.tokens[k + 1];
          // Foreground colour id: bits 15-23 of the token metadata.
          coloured.set(what, colorMap[(meta >>> 15) & 0x1ff]);
        }
      }
      for (const [what] of sample) {
        const colour = coloured.get(what);
        assert.ok(colour, `${what} not found in ${themeName}`);
        assert.notStrictEqual(colour!.toUpperCase(), foreground.toUpperCase(), `${themeName} leaves the ${what} in the default colour`);
      }
    }
  });
});
