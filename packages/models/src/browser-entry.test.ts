import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('the browser entry', () => {
  it('bundles for the browser with no Node module in it', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('./index.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      conditions: ['source'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.startsWith('node:'))).toBe(false);
    expect(inputs.some((i) => i.endsWith('node.ts'))).toBe(false);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/from ["']node:|require\(["']node:/);
    expect(code).toContain('new URL("../assets/text-emotion.onnx", import.meta.url)');
  });
});
