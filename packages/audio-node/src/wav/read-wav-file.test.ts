import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeWav } from './encode-wav.js';
import { openWavFile } from './read-wav-file.js';

async function collect(stream: AsyncIterable<Uint8Array>): Promise<number> {
  let n = 0;
  for await (const c of stream) n += c.length;
  return n;
}

describe('openWavFile', () => {
  it('finds the header behind a metadata chunk larger than its first read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tonvo-wav-'));
    const plain = encodeWav({ sampleRateHz: 8000, channels: [new Float32Array(800).fill(0.1)] });
    const meta = new Uint8Array(8 + 200_000);
    meta.set([...'LIST'].map((c) => c.charCodeAt(0)));
    new DataView(meta.buffer).setUint32(4, 200_000, true);
    const file = new Uint8Array(plain.length + meta.length);
    file.set(plain.subarray(0, 12));
    file.set(meta, 12);
    file.set(plain.subarray(12), 12 + meta.length);
    const path = join(dir, 'meta.wav');
    await writeFile(path, file);
    const wav = await openWavFile(path);
    expect(wav.header).toMatchObject({ frames: 800, sampleRateHz: 8000 });
    expect(await collect(wav.dataStream(1000))).toBe(1600);
  });

  it('streams nothing from an empty data chunk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tonvo-wav-'));
    const path = join(dir, 'empty.wav');
    await writeFile(path, encodeWav({ sampleRateHz: 16000, channels: [new Float32Array(0)] }));
    const wav = await openWavFile(path);
    expect(wav.header.frames).toBe(0);
    expect(await collect(wav.dataStream())).toBe(0);
  });

  it('reports a missing file as invalid audio', async () => {
    await expect(openWavFile('/nonexistent/call.wav')).rejects.toMatchObject({
      code: 'invalid-audio',
    });
  });
});
