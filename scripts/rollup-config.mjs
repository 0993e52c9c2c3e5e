// One rollup config factory for every package: ESM + CJS + bundled .d.ts/.d.cts,
// every bare import external (dependencies are resolved by the consumer).
import { isAbsolute } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import dts from 'rollup-plugin-dts';

const isExternal = (id) => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0');

/**
 * @param {object} options
 * @param {Record<string, string>} [options.input] entry name -> source file
 * @param {string | ((chunk: import('rollup').RenderedChunk) => string)} [options.banner] e.g. "'use client';" for React output
 * @param {string} [options.tsconfig] tsconfig used for declarations
 * @param {Record<string, string>} [options.bins] executables: name -> source file, built as ESM with a shebang
 * @param {boolean} [options.modules] keep one output file per source module (default true), so
 *   that bundlers drop the modules an application does not import ("sideEffects": false);
 *   false bundles each entry into one file
 * @param {boolean} [options.nodeBundle] also bundle each entry into one ESM file under
 *   dist/node/ (the package's "node" import condition) and build the CJS output as one file
 *   per entry: Node gains nothing from per-module files, and reading a binding of another
 *   module costs more than one of its own (the coach ran 1.023x the time of the one-file
 *   build, 2.9% more instructions)
 * @param {import('rollup').RollupOptions[]} [options.extra] additional configs
 */
export function createRollupConfig({
  input = { index: 'src/index.ts' },
  banner,
  tsconfig = 'tsconfig.json',
  bins = {},
  modules = true,
  nodeBundle = false,
  extra = [],
} = {}) {
  const onwarn = (warning, warn) => {
    // 'use client' is re-added as a banner; rollup's notice about dropping it is expected.
    if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
    warn(warning);
  };
  const common = { input, external: isExternal, onwarn };
  const js = (format, ext, perModule = modules, dir = 'dist') => ({
    dir,
    format,
    entryFileNames: `[name].${ext}`,
    chunkFileNames: `chunks/[name]-[hash].${ext}`,
    ...(perModule ? { preserveModules: true, preserveModulesRoot: 'src' } : {}),
    sourcemap: true,
    ...(banner ? { banner } : {}),
    ...(format === 'cjs' ? { exports: 'named', interop: 'auto' } : {}),
  });
  const types = (ext) => ({
    dir: 'dist',
    format: 'es',
    entryFileNames: `[name].${ext}`,
    chunkFileNames: `chunks/[name]-[hash].${ext}`,
  });
  return [
    {
      ...common,
      plugins: [esbuild({ target: 'es2022', tsconfig, sourceMap: true })],
      output: nodeBundle
        ? [js('es', 'js'), js('cjs', 'cjs', false), js('es', 'js', false, 'dist/node')]
        : [js('es', 'js'), js('cjs', 'cjs')],
    },
    { ...common, plugins: [dts({ tsconfig })], output: [types('d.ts')] },
    { ...common, plugins: [dts({ tsconfig })], output: [types('d.cts')] },
    ...Object.entries(bins).map(([name, file]) => ({
      input: { [name]: file },
      external: isExternal,
      onwarn,
      plugins: [esbuild({ target: 'es2022', tsconfig, sourceMap: true })],
      output: {
        dir: 'dist',
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: `chunks/bin-[name]-[hash].js`,
        banner: '#!/usr/bin/env node',
        sourcemap: true,
      },
    })),
    ...extra,
  ];
}
