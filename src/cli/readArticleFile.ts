// Turns a file's bytes into article text the way an editor would show it: BOM dropped, UTF-16
// decoded, Windows-1252 recognised, binaries refused. Offsets in the analysis are into this text.
import * as fs from 'fs';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; notes: string[] }
  | { ok: false; error: string };

export interface ReadOptions {
  /** Refuse files larger than this many bytes. */
  maxBytes: number;
}

export const DEFAULT_MAX_SIZE_MB = 10;

/**
 * Read and decode one article file; never throws for a bad file, returns `{ ok: false }`.
 * Synchronous: an article is a few KB from the page cache, and a sync stat and read cost ~10 us
 * where the promise API's five thread-pool round trips (stat, open, fstat, read, close) cost
 * ~100 us of CPU, over a tenth of a short article's analysis; the CLI's workers only analyse.
 */
export function readArticleFileSync(file: string, opts: ReadOptions): Decoded {
  try {
    // Stat first: opening a FIFO would block, and a file over the limit is never read.
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, error: 'is a folder' };
    if (!stat.isFile()) return { ok: false, error: 'not a regular file, skipped' };
    if (stat.size > opts.maxBytes) {
      return {
        ok: false,
        error: `file is ${formatMB(stat.size)}, over the ${formatMB(opts.maxBytes)} limit (--max-size-mb), skipped`,
      };
    }
    const bytes = fs.readFileSync(file);
    // The file may have grown between stat and read.
    if (bytes.length > opts.maxBytes) {
      return { ok: false, error: `file is over the ${formatMB(opts.maxBytes)} limit (--max-size-mb), skipped` };
    }
    return decodeArticleBytes(bytes);
  } catch (err) {
    return { ok: false, error: describeFsError(err) };
  }
}

export function decodeArticleBytes(bytes: Uint8Array): Decoded {
  const notes: string[] = [];
  let text: string;
  let encoding: Encoding;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    const utf8 = decodeUtf8(bytes.subarray(3));
    text = utf8.text;
    if (utf8.replaced) notes.push('invalid UTF-8 bytes replaced with U+FFFD');
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    const utf16 = bytes.includes(0) ? guessBomlessUtf16(bytes) : null;
    if (utf16) {
      encoding = utf16;
      text = new TextDecoder(utf16).decode(bytes);
      notes.push(`no byte order mark; decoded as ${utf16 === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'}`);
    } else if (bytes.includes(0)) {
      return { ok: false, error: 'binary file, skipped' };
    } else {
      const utf8 = decodeUtf8(bytes);
      if (!utf8.replaced) {
        encoding = 'utf-8';
        text = utf8.text;
      } else if (mostlyUtf8(bytes)) {
        // Valid multi-byte sequences outnumber the bad bytes: damaged UTF-8, not a legacy encoding.
        encoding = 'utf-8';
        text = utf8.text;
        notes.push('invalid UTF-8 bytes replaced with U+FFFD');
      } else {
        encoding = 'windows-1252';
        text = decodeWindows1252(bytes);
        notes.push('not UTF-8; decoded as Windows-1252 (Latin-1)');
      }
    }
  }
  if (looksBinary(text)) return { ok: false, error: 'binary file, skipped' };
  return { ok: true, text, encoding, notes };
}

/** NUL characters, or more than 5% control characters (other than tab, line ends, form feed). */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) controls++;
  }
  return n > 0 && controls / n > 0.05;
}

// One pair for every file: a decode that is not streaming starts afresh on each call.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LOOSE_UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

function decodeUtf8(bytes: Uint8Array): { text: string; replaced: boolean } {
  try {
    return { text: STRICT_UTF8.decode(bytes), replaced: false };
  } catch {
    return { text: LOOSE_UTF8.decode(bytes), replaced: true };
  }
}

/** Counts well-formed multi-byte UTF-8 sequences against stray high bytes. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += len;
    } else {
      bad++;
      i++;
    }
  }
  return good > bad;
}

/** UTF-16 without a BOM: ASCII-heavy text puts a zero in every other byte. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 4096);
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 ? zeroOdd++ : zeroEven++);
  const half = n / 2;
  if (zeroOdd > 0.6 * half && zeroEven === 0) return 'utf-16le';
  if (zeroEven > 0.6 * half && zeroOdd === 0) return 'utf-16be';
  return null;
}

// Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1, leaving 0x80-0x9F as C1 controls
// instead of curly quotes, dashes and the euro sign; so the 32 bytes that differ are mapped here.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    let chunk = '';
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      chunk += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    parts.push(chunk);
  }
  return parts.join('');
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function formatMB(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return `cannot read: ${(err as Error)?.message ?? String(err)}`;
  }
}
