import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Path of a file shipped in this package (e.g. `samples/sample-call.jsonl`), whether
 * the code runs bundled from `dist/` or from `src/` in tests.
 */
export function packageFile(relative: string): string {
  for (const up of ['../', '../../', '../../../']) {
    const path = fileURLToPath(new URL(`${up}${relative}`, import.meta.url));
    if (existsSync(path)) return path;
  }
  return fileURLToPath(new URL(`../${relative}`, import.meta.url));
}
