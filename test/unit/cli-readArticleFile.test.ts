// Decoding of article files from bytes we make here: BOMs, UTF-16, Windows-1252, binaries, size.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodeArticleBytes, looksBinary, readArticleFileSync } from '../../src/cli/readArticleFile';

const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16(s: string, bigEndian: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  let o = 0;
  const put = (c: number) => {
    out[o++] = bigEndian ? c >> 8 : c & 0xff;
    out[o++] = bigEndian ? c & 0xff : c >> 8;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < s.length; i++) put(s.charCodeAt(i));
  return out;
}

describe('cli decodeArticleBytes', () => {
  const article = 'Mayor opens bridge\n"It is done," the mayor said. \u{1F309}\n';

  it('reads plain UTF-8 as is', () => {
    const d = decodeArticleBytes(utf8(article));
    assert.ok(d.ok);
    assert.strictEqual(d.text, article);
    assert.strictEqual(d.encoding, 'utf-8');
    assert.deepStrictEqual(d.notes, []);
  });

  it('drops a UTF-8 byte order mark so offsets match the editor', () => {
    const d = decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(article)]));
    assert.ok(d.ok);
    assert.strictEqual(d.text, article);
    assert.strictEqual(d.text.charCodeAt(0), 'M'.charCodeAt(0));
  });

  it('decodes UTF-16 LE and BE with a BOM, surrogate pairs included', () => {
    for (const be of [false, true]) {
      const d = decodeArticleBytes(utf16(article, be));
      assert.ok(d.ok, `big endian: ${be}`);
      assert.strictEqual(d.text, article);
      assert.strictEqual(d.encoding, be ? 'utf-16be' : 'utf-16le');
    }
  });

  it('recognises ASCII-heavy UTF-16 without a BOM and says so', () => {
    const d = decodeArticleBytes(utf16('Council votes\nThe council voted 5-4.\n', false, false));
    assert.ok(d.ok);
    assert.strictEqual(d.text, 'Council votes\nThe council voted 5-4.\n');
    assert.strictEqual(d.notes.length, 1);
  });

  it('decodes invalid UTF-8 as Windows-1252 with a note', () => {
    // "Café" with é as 0xE9, curly quotes as 0x93/0x94, a euro sign as 0x80.
    const bytes = new Uint8Array([...utf8('Caf'), 0xe9, 0x0a, 0x93, ...utf8('It costs 5'), 0x80, 0x94, 0x0a]);
    const d = decodeArticleBytes(bytes);
    assert.ok(d.ok);
    assert.strictEqual(d.encoding, 'windows-1252');
    assert.strictEqual(d.text, 'Caf\u00e9\n\u201cIt costs 5\u20ac\u201d\n');
    assert.match(d.notes.join(), /Windows-1252/);
  });

  it('keeps mostly valid UTF-8 with one bad byte as UTF-8, replacing the byte', () => {
    const bytes = new Uint8Array([...utf8('Caf\u00e9 \u00e0 la cr\u00e8me '), 0xff, ...utf8(' na\u00efve\n')]);
    const d = decodeArticleBytes(bytes);
    assert.ok(d.ok);
    assert.strictEqual(d.encoding, 'utf-8');
    assert.ok(d.text.includes('\ufffd'));
    assert.ok(d.text.startsWith('Caf\u00e9'));
    assert.strictEqual(d.notes.length, 1);
  });

  it('decodes each file afresh after one that ends inside a character (the decoders are shared)', () => {
    const cut = utf8('Caf\u00e9 \u20ac');
    const broken = decodeArticleBytes(cut.slice(0, cut.length - 1));
    assert.ok(broken.ok);
    assert.ok(broken.text.startsWith('Caf'));
    const next = decodeArticleBytes(utf8(article));
    assert.ok(next.ok);
    assert.strictEqual(next.text, article);
    assert.deepStrictEqual(next.notes, []);
  });

  it('refuses NUL bytes and control-character soup as binary', () => {
    const withNul = decodeArticleBytes(new Uint8Array([...utf8('Headline\nbody'), 0, 1, 2, 3, 0, 0, 7]));
    assert.deepStrictEqual(withNul, { ok: false, error: 'binary file, skipped' });
    const controls = new Uint8Array(400);
    for (let i = 0; i < controls.length; i++) controls[i] = i % 3 === 0 ? 0x02 : 0x41;
    assert.strictEqual(decodeArticleBytes(controls).ok, false);
  });

  it('accepts tabs, CRLF, form feeds and an empty file', () => {
    assert.strictEqual(looksBinary('a\tb\r\nc\fd\n'), false);
    const empty = decodeArticleBytes(new Uint8Array());
    assert.ok(empty.ok);
    assert.strictEqual(empty.text, '');
  });
});

describe('cli readArticleFileSync', () => {
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-read-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a file over the size limit without reading it', async () => {
    const file = path.join(dir, 'big.txt');
    fs.writeFileSync(file, 'x'.repeat(3000));
    const r = readArticleFileSync(file, { maxBytes: 2048 });
    assert.strictEqual(r.ok, false);
    assert.strictEqual((r as { error: string }).error, 'file is 3 KB, over the 2 KB limit (--max-size-mb), skipped');
    const ok = readArticleFileSync(file, { maxBytes: 4096 });
    assert.ok(ok.ok);
  });

  it('says plainly when a file is missing or is a folder', async () => {
    assert.deepStrictEqual(readArticleFileSync(path.join(dir, 'nope.txt'), { maxBytes: 1e6 }), {
      ok: false,
      error: 'no such file or folder',
    });
    assert.deepStrictEqual(readArticleFileSync(dir, { maxBytes: 1e6 }), { ok: false, error: 'is a folder' });
  });
});
