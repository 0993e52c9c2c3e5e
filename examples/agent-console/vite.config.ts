import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, defaultClientConditions } from 'vite';

const require = createRequire(import.meta.url);
// The sample call ships with @tonvo/audio-node (its `samples/` folder).
const samples = join(dirname(require.resolve('@tonvo/audio-node/package.json')), 'samples');
const sampleCall = join(samples, 'sample-call.jsonl');
// Its recording (stereo 8 kHz mu-law WAV), played along with the replay.
const sampleCallAudio = join(samples, 'sample-call.wav');

export default defineConfig({
  // Workspace packages from their sources (the `source` export condition): no build needed.
  resolve: {
    conditions: ['source', ...defaultClientConditions],
    alias: [
      { find: /^@sample-call(?=\?|$)/, replacement: sampleCall },
      { find: /^@sample-call-audio(?=\?|$)/, replacement: sampleCallAudio },
    ],
  },
  esbuild: { jsx: 'automatic' },
  // ONNX Runtime finds its .wasm through the URL the app passes (wasmPaths); keep the
  // dev server from pre-bundling it.
  optimizeDeps: { exclude: ['onnxruntime-web'] },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1500 },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
