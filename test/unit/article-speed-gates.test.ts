// The cheap tests classifyLine puts in front of its line rules (issue 6) only skip work: on our
// samples and fixtures, on lines made of the rules' own words and on random lines, each gated
// function answers as its plain definition does.
import * as assert from 'assert';
import { LINK_TOKEN, isMenu, mayOpenWithLink, sizeTokens } from '../../src/core/article/furniture';
import { wordCount } from '../../src/core/article/lines';
import { rng } from './random';
import { sampleAndFixtureTexts } from './article-helpers';

// The plain definitions the gated functions had before their gates.
const SIZE_TOKEN = /^(?:XXS|XS|S|SM|M|MD|L|LG|XL|XXL|A|A\+|A-|A−|Aa|Small|Medium|Large|Larger|Default)$/;
function sizeTokensRef(s: string): number {
  if (s.length > 40) return 0;
  const parts = s.split(/[\s|/]+/).filter(Boolean);
  for (const p of parts) if (!SIZE_TOKEN.test(p)) return 0;
  return parts.length;
}
function isMenuRef(s: string): boolean {
  if (s.length > 160) return false;
  const parts = s.split(/[>»›|]| \/ /);
  if (parts.length < 3) return false;
  for (const raw of parts) {
    const p = raw.trim();
    if (!p || wordCount(p, 4) > 3 || !/^[\p{L}&'’ -]+$/u.test(p)) return false;
  }
  return true;
}
function linkAtStart(s: string): boolean {
  LINK_TOKEN.lastIndex = 0;
  const m = LINK_TOKEN.exec(s);
  return !!m && m[0].length > 0;
}

function lines(): string[] {
  const out: string[] = [];
  for (const t of sampleAndFixtureTexts()) for (const l of t.split(/\r\n|\n|\r/)) if (l.trim()) out.push(l.trim());
  // Every word of the link-word pattern, in several cases, alone and followed by more.
  const tails = ['', ' ', ' | Print', 'Print', ' 3', '(s)', ' this article', ' on Facebook', '»'];
  for (const word of LINK_TOKEN.source.match(/[A-Za-z][A-Za-z -]*/g) ?? []) {
    for (const w of [word, word.toLowerCase(), word.toUpperCase(), word.trim()]) for (const t of tails) out.push(w + t, '12 ' + w + t);
  }
  out.push('XS SM MD LG', 'A A A', 'A+ A-', '| Small | Medium | Large', '/ XL / XXL', 'Default Larger', 'Aa Aa Aa', 'S M L');
  out.push('Home > World > Europe', 'News | Sport | Weather', 'Politics » Europe » France', 'A / B / C', 'Rock & Roll | Jazz | Pop’', 'O’Neil › Café › Zoë');
  return out;
}

describe('article model: furniture gates', () => {
  it('each gated function answers as its plain definition on real and rule-made lines', () => {
    let links = 0;
    let sizes = 0;
    let menus = 0;
    for (const s of lines()) {
      if (linkAtStart(s)) {
        links++;
        assert.ok(mayOpenWithLink(s), `link words open ${JSON.stringify(s)} but the gate skips it`);
      }
      const n = sizeTokensRef(s);
      if (n > 0) sizes++;
      assert.strictEqual(sizeTokens(s), n, JSON.stringify(s));
      const menu = isMenuRef(s);
      if (menu) menus++;
      assert.strictEqual(isMenu(s), menu, JSON.stringify(s));
    }
    // The lists hold lines of each kind, so the checks above are not vacuous.
    assert.ok(links > 300, `${links} link lines`);
    assert.ok(sizes >= 8, `${sizes} size lines`);
    assert.ok(menus >= 5, `${menus} menus`);
  });

  it('the gates agree on random lines of link words, size tokens, separators and prose', () => {
    const r = rng(23);
    const pieces = ['Print', 'E-mail', 'Share', 'Comments', '3', ' ', ' | ', '/', ' > ', '»', '›', 'XS', 'A+', 'Medium', 'the', 'The',
      'council', 'voted', '.', ',', '"', '’', 'É', 'é', '&', '-', 'More', 'Home', 'RSS', 'ADVERTISEMENT', 'Re', 'Co', '\u00a0', '\u3000', '(', ')'];
    let gatedOut = 0;
    for (let k = 0; k < 20000; k++) {
      let s = '';
      for (let i = 1 + Math.floor(r() * 8); i > 0; i--) s += pieces[Math.floor(r() * pieces.length)];
      s = s.trim();
      if (!s) continue;
      if (linkAtStart(s)) assert.ok(mayOpenWithLink(s), JSON.stringify(s));
      else if (!mayOpenWithLink(s)) gatedOut++;
      assert.strictEqual(sizeTokens(s), sizeTokensRef(s), JSON.stringify(s));
      assert.strictEqual(isMenu(s), isMenuRef(s), JSON.stringify(s));
    }
    assert.ok(gatedOut > 1000, `${gatedOut}`);
  });
});
