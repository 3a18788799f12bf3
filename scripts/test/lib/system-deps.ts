// Debian packages the browser-based suites need. As root (CI) we install what is missing;
// otherwise we say exactly what to install, because a half-set-up machine fails obscurely later.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

export interface SystemNeed {
  pkg: string;
  /** Any one of these existing means the package is present. */
  files: string[];
}

export const CHROMIUM: SystemNeed = { pkg: 'chromium', files: ['/usr/bin/chromium'] };
export const RIPGREP: SystemNeed = { pkg: 'ripgrep', files: ['/usr/bin/rg'] };
// The kerberos native module inside code-server compiles against these headers.
export const KRB5_DEV: SystemNeed = { pkg: 'libkrb5-dev', files: ['/usr/include/krb5.h', '/usr/include/krb5/krb5.h'] };

export const ALL_NEEDS = [CHROMIUM, RIPGREP, KRB5_DEV];

function present(need: SystemNeed): boolean {
  if (need.files.some((f) => fs.existsSync(f))) return true;
  // Fall back to dpkg in case the files moved between Debian releases.
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', need.pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** Installs missing packages when root, else throws with a clear list. */
export function ensureSystemPackages(needs: SystemNeed[] = ALL_NEEDS): void {
  const missing = needs.filter((n) => !present(n)).map((n) => n.pkg);
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !fs.existsSync('/usr/bin/apt-get')) {
    throw new Error(
      `Missing system packages: ${missing.join(' ')}.\n` +
        `Install them with: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  console.log(`[test] installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}
