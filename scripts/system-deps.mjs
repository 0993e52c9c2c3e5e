#!/usr/bin/env node
// Makes sure the Debian tools the audio and browser tests use are present:
// chromium (browser end-to-end tests), espeak-ng and sox (speech with known rate
// and pitch), praat (pitch reference), pocketsphinx-testdata (real speech).
// Installs the missing ones with apt when running as root; otherwise says what to
// install and fails, rather than letting tests skip silently.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const needs = [
  { pkg: 'chromium', path: '/usr/bin/chromium' },
  { pkg: 'espeak-ng', path: '/usr/bin/espeak-ng' },
  { pkg: 'sox', path: '/usr/bin/sox' },
  { pkg: 'praat', path: '/usr/bin/praat' },
  { pkg: 'pocketsphinx-testdata', path: '/usr/share/pocketsphinx/test' },
];
const missing = needs.filter((n) => !existsSync(n.path)).map((n) => n.pkg);
if (missing.length === 0) {
  console.log('system tools present:', needs.map((n) => n.pkg).join(', '));
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `missing system packages: ${missing.join(' ')}\ninstall them with: sudo apt-get install -y ${missing.join(' ')}`,
  );
  process.exit(1);
}
console.log(`installing ${missing.join(' ')} with apt-get`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
if (!run(['install', '-y', '--no-install-recommends', ...missing])) {
  if (!run(['update']) || !run(['install', '-y', '--no-install-recommends', ...missing]))
    process.exit(1);
}
