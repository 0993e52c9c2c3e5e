#!/usr/bin/env node
// The whole test suite, as the README's second command runs it: build every
// package, then types, lint, unit/integration/e2e tests, packaging checks, size
// budgets and the API reference. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const steps = [
  ['system tools for audio and browser tests', 'node', ['scripts/system-deps.mjs']],
  ['build', 'pnpm', ['run', 'build']],
  ['typecheck', 'pnpm', ['run', 'typecheck']],
  ['lint and format', 'pnpm', ['run', 'lint']],
  ['tests', 'pnpm', ['exec', 'vitest', 'run']],
  ['packaging (publint, attw)', 'pnpm', ['run', 'check:packages']],
  ['size budgets', 'pnpm', ['run', 'size']],
  ['API reference', 'pnpm', ['run', 'docs']],
];
const only = process.argv.slice(2);
const started = Date.now();
for (const [name, cmd, args] of steps) {
  if (only.length > 0 && !only.some((o) => name.startsWith(o))) continue;
  const t0 = Date.now();
  process.stdout.write(`\n=== ${name}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    process.stdout.write(`\n✗ ${name} failed after ${secs}s\n`);
    process.exit(r.status ?? 1);
  }
  process.stdout.write(`✓ ${name} (${secs}s)\n`);
}
process.stdout.write(`\nAll steps passed in ${((Date.now() - started) / 1000).toFixed(0)}s\n`);
