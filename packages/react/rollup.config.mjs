import { readFile } from 'node:fs/promises';
import { createRollupConfig } from '../../scripts/rollup-config.mjs';

/** Ships the prefab styles as their own file, dist/prefabs.css (never injected by JS). */
const prefabCss = () => ({
  name: 'tonvo-prefab-css',
  async generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'prefabs.css',
      source: await readFile(new URL('./src/prefabs/prefabs.css', import.meta.url), 'utf8'),
    });
  },
});

const configs = createRollupConfig({
  input: { index: 'src/index.ts', prefabs: 'src/prefabs/index.ts' },
  banner: "'use client';",
  // One file per entry: per-module files would each repeat the banner and their imports,
  // and the entries already split hooks, headless widgets and prefabs.
  modules: false,
});
configs[0].plugins.push(prefabCss());
export default configs;
