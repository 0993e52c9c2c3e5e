#!/usr/bin/env node
// Copies Silero VAD v5 from the @ricky0123/vad-web npm package (model MIT, package ISC)
// into assets/silero-vad/ and checks it against the sha256 recorded in
// src/vad/silero-vad-manifest.ts. Runs on install (prepare) and before every build, so
// the model is taken from the registry at build time and never fetched at run time.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = readFileSync(join(root, 'src/vad/silero-vad-manifest.ts'), 'utf8');
const field = (name) => {
  const m = manifest.match(new RegExp(`${name}: '([^']+)'`));
  if (!m) throw new Error(`silero-vad-manifest.ts has no ${name}`);
  return m[1];
};
const sha256 = field('sha256');
const file = field('file');
const sourcePackage = field('package');
const sourcePath = field('path');
const target = join(root, 'assets/silero-vad', file);
const hash = (p) => createHash('sha256').update(readFileSync(p)).digest('hex');

if (existsSync(target) && hash(target) === sha256) process.exit(0);
const require = createRequire(join(root, 'package.json'));
const source = join(dirname(require.resolve(`${sourcePackage}/package.json`)), sourcePath);
const got = hash(source);
if (got !== sha256) {
  console.error(`${sourcePackage}/${sourcePath} has sha256 ${got}, the manifest expects ${sha256}`);
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
copyFileSync(source, target);
console.log(`copied ${file} from ${sourcePackage} (sha256 ${sha256.slice(0, 12)}...)`);
