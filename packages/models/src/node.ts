/**
 * `@tonvo/models/node`: reads the shipped model files from the package in Node.
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { TonvoError } from '@tonvo/core';
import { TEXT_EMOTION_MANIFEST } from './text-emotion/text-emotion-manifest.js';

/**
 * Absolute path of the text emotion model's ONNX file inside the installed package.
 * @public
 */
export function textEmotionModelPath(): string {
  return fileURLToPath(new URL('../assets/text-emotion.onnx', import.meta.url));
}

/**
 * Reads the text emotion model's bytes and checks them against the manifest's
 * sha256, so a damaged or swapped file fails here rather than as odd predictions.
 *
 * @example
 * ```ts
 * const runner = await createNodeModelRunner(await readTextEmotionModel());
 * ```
 * @public
 */
export async function readTextEmotionModel(): Promise<Uint8Array> {
  const path = textEmotionModelPath();
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (cause) {
    throw new TonvoError('model-error', `could not read the text emotion model at ${path}`, {
      cause,
    });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== TEXT_EMOTION_MANIFEST.sha256)
    throw new TonvoError(
      'model-error',
      `the text emotion model at ${path} has sha256 ${sha256}, the manifest expects ${TEXT_EMOTION_MANIFEST.sha256}`,
    );
  return bytes;
}
