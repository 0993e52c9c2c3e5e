/**
 * `@tonvo/models/node`: reads the shipped model files from the package in Node.
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { TonvoError } from '@tonvo/core';
import type { TextEmotionManifest } from './text-emotion/manifest.js';
import { TEXT_EMOTION_MANIFEST } from './text-emotion/text-emotion-manifest.js';

/**
 * Absolute path of the text emotion model's ONNX file inside the installed package.
 * @public
 */
export function textEmotionModelPath(): string {
  // The same URL as `textEmotionModelUrl()`, written out rather than imported: a module
  // both entries import is bundled into `dist/chunks/`, where `../assets/` is elsewhere.
  return fileURLToPath(new URL('../assets/text-emotion.onnx', import.meta.url));
}

/**
 * Throws the `model-error` that {@link readTextEmotionModel} throws when `bytes` are not
 * the file `manifest` describes (by sha256). `path` only goes into the message.
 * @internal
 */
export function checkTextEmotionModel(
  bytes: Uint8Array,
  manifest: Pick<TextEmotionManifest, 'sha256'>,
  path: string,
): void {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== manifest.sha256)
    throw new TonvoError(
      'model-error',
      `the text emotion model at ${path} has sha256 ${sha256}, the manifest expects ${manifest.sha256}`,
    );
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
  checkTextEmotionModel(bytes, TEXT_EMOTION_MANIFEST, path);
  return bytes;
}
