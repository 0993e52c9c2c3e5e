import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkTextEmotionModel, readTextEmotionModel } from './node.js';
import { TEXT_EMOTION_MANIFEST } from './text-emotion/text-emotion-manifest.js';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function thrown(f: () => void): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('checkTextEmotionModel', () => {
  const bytes = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]);
  const manifest = { sha256: sha256(bytes) };

  it('passes the bytes the manifest describes, the shipped model included', async () => {
    expect(() => checkTextEmotionModel(bytes, manifest, 'model.onnx')).not.toThrow();
    const shipped = await readTextEmotionModel();
    expect(() => checkTextEmotionModel(shipped, TEXT_EMOTION_MANIFEST, 'x')).not.toThrow();
  });

  it('refuses one changed byte with a model-error naming both hashes and the path', () => {
    const changed = bytes.slice();
    changed[3] = 42;
    expect(thrown(() => checkTextEmotionModel(changed, manifest, 'model.onnx'))).toMatchObject({
      code: 'model-error',
      message: `the text emotion model at model.onnx has sha256 ${sha256(changed)}, the manifest expects ${manifest.sha256}`,
    });
  });

  it('refuses a truncated or lengthened file', () => {
    for (const wrong of [bytes.subarray(0, 7), new Uint8Array([...bytes, 0])])
      expect(thrown(() => checkTextEmotionModel(wrong, manifest, 'model.onnx'))).toMatchObject({
        code: 'model-error',
        message: expect.stringMatching(/has sha256 [0-9a-f]{64}, the manifest expects/),
      });
  });
});
