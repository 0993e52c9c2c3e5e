import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SILERO_VAD_PATH } from '../../test/ort-runner.js';
import { SILERO_VAD_MANIFEST } from './silero-vad-manifest.js';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('Silero VAD manifest', () => {
  it('matches the shipped model file byte for byte', () => {
    const bytes = readFileSync(SILERO_VAD_PATH);
    expect(bytes.length).toBe(SILERO_VAD_MANIFEST.bytes);
    expect(sha256(bytes)).toBe(SILERO_VAD_MANIFEST.sha256);
  });

  it('matches the file in the npm package it is copied from', () => {
    const require = createRequire(import.meta.url);
    const pkgDir = dirname(require.resolve(`${SILERO_VAD_MANIFEST.source.package}/package.json`));
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
      version: string;
      license: string;
    };
    expect(pkg.license).toBe(SILERO_VAD_MANIFEST.source.license);
    expect(sha256(readFileSync(join(pkgDir, SILERO_VAD_MANIFEST.source.path)))).toBe(
      SILERO_VAD_MANIFEST.sha256,
    );
  });
});
