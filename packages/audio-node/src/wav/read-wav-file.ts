import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { TonvoError } from '@tonvo/core';
import { decodeWav, type DecodedWav } from './decode-wav.js';
import { parseWavHeader, type WavHeader } from './wav-header.js';

/** A WAV file opened for streaming: its header and a stream of its sample bytes. @public */
export interface WavFile {
  readonly path: string;
  readonly header: WavHeader;
  /** A stream of the data chunk's whole sample frames, `chunkBytes` at a time (default 64 KiB). */
  dataStream(chunkBytes?: number): Readable;
}

const HEADER_PROBE = 1 << 16;

/**
 * Opens a WAV file without reading its samples: parses the header from the first bytes
 * (reading more when metadata chunks come first) so that hours of audio can be streamed
 * in constant memory.
 *
 * @param path - The file.
 * @returns The header and a data stream factory.
 * @example
 * ```ts
 * const wav = await openWavFile('call.wav');
 * for await (const chunk of wav.dataStream()) stream.write(chunk);
 * ```
 * @public
 */
export async function openWavFile(path: string): Promise<WavFile> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (cause) {
    throw TonvoError.invalidAudio(`cannot open ${path}: ${(cause as Error).message}`, { cause });
  }
  let header: WavHeader;
  try {
    const size = (await handle.stat()).size;
    let probe = Math.min(size, HEADER_PROBE);
    for (;;) {
      const buf = new Uint8Array(probe);
      const { bytesRead } = await handle.read(buf, 0, probe, 0);
      try {
        header = parseWavHeader(buf.subarray(0, bytesRead), size);
        break;
      } catch (e) {
        if ((e as TonvoError).code === 'truncated' && probe < size) {
          // Cut off by the probe, not by the file: read up to past where it stopped.
          const at = (e as TonvoError).offset ?? probe;
          probe = Math.min(size, Math.max(probe * 4, at + HEADER_PROBE));
          continue;
        }
        throw e;
      }
    }
  } finally {
    await handle.close();
  }
  const h = header;
  return {
    path,
    header: h,
    dataStream(chunkBytes = HEADER_PROBE) {
      if (h.frames === 0) return Readable.from([]);
      const size = Math.max(h.blockAlign, chunkBytes - (chunkBytes % h.blockAlign));
      const end = h.dataOffset + h.frames * h.blockAlign - 1;
      return createReadStream(path, {
        start: h.dataOffset,
        end,
        highWaterMark: size,
      });
    },
  };
}

/**
 * Reads and decodes a whole WAV file into memory.
 *
 * @param path - The file.
 * @returns The header and one float array per channel.
 * @example
 * ```ts
 * const { channels } = await readWavFile('sample-call.wav');
 * ```
 * @public
 */
export async function readWavFile(path: string): Promise<DecodedWav> {
  const { readFile } = await import('node:fs/promises');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw TonvoError.invalidAudio(`cannot read ${path}: ${(cause as Error).message}`, { cause });
  }
  return decodeWav(bytes);
}
