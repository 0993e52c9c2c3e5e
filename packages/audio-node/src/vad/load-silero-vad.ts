import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { TonvoError } from '@tonvo/core';
import { SILERO_VAD_MANIFEST, createSileroVad, type SileroVad } from '@tonvo/models';
import { createNodeModelRunner, type NodeModelRunnerOptions } from '../onnx/node-model-runner.js';

/** Options for {@link loadSileroVad}. @public */
export interface LoadSileroVadOptions extends NodeModelRunnerOptions {
  /** The model file. Default: the copy shipped in `@tonvo/models`. */
  readonly modelPath?: string;
}

/** Path of the Silero VAD file shipped in `@tonvo/models`. @public */
export function sileroVadModelPath(): string {
  return createRequire(import.meta.url).resolve(`@tonvo/models/${SILERO_VAD_MANIFEST.file}`);
}

/**
 * Loads Silero VAD v5 with `onnxruntime-node`, after checking the file's sha256 against
 * the models manifest (a `model-error` if it differs).
 *
 * @param options - Model path and runtime threads.
 * @returns The VAD, ready for {@link createCallAnalyzer} or `createVadStream`.
 * @example
 * ```ts
 * const vad = await loadSileroVad();
 * ```
 * @public
 */
export async function loadSileroVad(options: LoadSileroVadOptions = {}): Promise<SileroVad> {
  const path = options.modelPath ?? sileroVadModelPath();
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw new TonvoError('model-error', `could not read the Silero VAD model at ${path}`, {
      cause,
    });
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== SILERO_VAD_MANIFEST.sha256)
    throw new TonvoError(
      'model-error',
      `${path} has sha256 ${sha}; the manifest expects ${SILERO_VAD_MANIFEST.sha256}`,
    );
  const { modelPath: _, ...runnerOptions } = options;
  return createSileroVad({ runner: await createNodeModelRunner(bytes, runnerOptions) });
}
