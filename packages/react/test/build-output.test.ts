// @vitest-environment node
import { join } from 'node:path';
import { rollup, type OutputOptions } from 'rollup';
import { expect, test } from 'vitest';
// The package's real build config (ESM + CJS + .d.ts), run in memory.
import configs from '../rollup.config.mjs';

test("the build keeps 'use client' on every JS file and ships the prefab CSS as its own file", async () => {
  const js = configs[0]!;
  const cwd = process.cwd();
  process.chdir(join(import.meta.dirname, '..')); // the config's paths are the package's
  const bundle = await rollup({ ...js, onwarn: () => {} }).finally(() => process.chdir(cwd));
  try {
    for (const output of js.output as OutputOptions[]) {
      const { output: files } = await bundle.generate(output);
      const chunks = files.filter((f) => f.type === 'chunk');
      expect(chunks.map((c) => c.fileName)).toEqual(
        expect.arrayContaining([
          `index.${output.format === 'cjs' ? 'cjs' : 'js'}`,
          `prefabs.${output.format === 'cjs' ? 'cjs' : 'js'}`,
        ]) as unknown as string[],
      );
      for (const chunk of chunks) expect(chunk.code.startsWith("'use client';")).toBe(true);
      const css = files.find((f) => f.fileName === 'prefabs.css');
      expect(css?.type).toBe('asset');
      const source = css?.type === 'asset' ? String(css.source) : '';
      expect(source).toMatch(/@layer tonvo \{/);
      // Nothing outside the layer but comments.
      expect(
        source
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .trim()
          .startsWith('@layer tonvo {'),
      ).toBe(true);
    }
  } finally {
    await bundle.close();
  }
});
