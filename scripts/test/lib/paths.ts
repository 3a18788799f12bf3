// Where the harness keeps things. The cache lives outside node_modules so `npm ci` stays light
// and does not wipe the 300 MB code-server install.
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const CACHE_DIR = process.env.NEWSFACT_TEST_CACHE
  ? path.resolve(process.env.NEWSFACT_TEST_CACHE)
  : path.join(ROOT, '.test-cache');
export const OUTPUT_DIR = path.join(ROOT, 'test-output');
export const FIXTURE_WORKSPACE = path.join(ROOT, 'test', 'fixtures', 'workspace');
export const VSIX_PATH = path.join(ROOT, 'newsfact.vsix');
