/** Where the Silero VAD file came from and how to call it. @public */
export interface SileroVadManifest {
  readonly name: 'silero-vad';
  readonly version: '5';
  /** File name inside `@tonvo/models/assets/silero-vad/`. */
  readonly file: string;
  /** SHA-256 of the file, hex. Loaders check it before use. */
  readonly sha256: string;
  readonly bytes: number;
  /** The model's licence (Silero VAD, snakers4/silero-vad). */
  readonly license: 'MIT';
  /** The npm package the file is copied from at build time, and that package's licence. */
  readonly source: {
    readonly package: string;
    readonly version: string;
    readonly path: string;
    readonly license: string;
  };
  /** Tensor names. */
  readonly inputs: { readonly audio: string; readonly state: string; readonly sampleRate: string };
  readonly outputs: { readonly probability: string; readonly state: string };
  /** Floats of recurrent state per stream (the tensor is `[2, batch, 128]`). */
  readonly stateSize: number;
  /** Rates the model accepts, with the samples per frame and of context carried before each frame. */
  readonly rates: readonly {
    readonly sampleRateHz: number;
    readonly frameSamples: number;
    readonly contextSamples: number;
  }[];
}

/**
 * Silero VAD v5, as shipped in `@tonvo/models` (copied from `@ricky0123/vad-web` by
 * `scripts/copy-silero-vad.mjs`; the test suite checks the hash).
 * @public
 */
export const SILERO_VAD_MANIFEST: SileroVadManifest = {
  name: 'silero-vad',
  version: '5',
  file: 'silero_vad_v5.onnx',
  sha256: '2623a2953f6ff3d2c1e61740c6cdb7168133479b267dfef114a4a3cc5bdd788f',
  bytes: 2327524,
  license: 'MIT',
  source: {
    package: '@ricky0123/vad-web',
    version: '0.0.31',
    path: 'dist/silero_vad_v5.onnx',
    license: 'ISC',
  },
  inputs: { audio: 'input', state: 'state', sampleRate: 'sr' },
  outputs: { probability: 'output', state: 'stateN' },
  stateSize: 256,
  rates: [
    { sampleRateHz: 8000, frameSamples: 256, contextSamples: 32 },
    { sampleRateHz: 16000, frameSamples: 512, contextSamples: 64 },
  ],
};
