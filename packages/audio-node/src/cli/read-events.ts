import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import {
  createJsonlDecoder,
  createRecordingDecoder,
  type TonvoError,
  type TonvoEvent,
} from '@tonvo/core';

/** One input record: an event or the error that kept it out, with where it was. */
export type InputRecord =
  | { readonly where: string; readonly event: TonvoEvent; readonly error?: undefined }
  | { readonly where: string; readonly event?: undefined; readonly error: TonvoError };

/** Encodings the CLI reads. */
export type InputFormat = 'jsonl' | 'binary';

/** The input format a path implies: `.tonvo`, `.pb` and `.bin` are binary recordings. */
export function formatOfPath(path: string): InputFormat {
  return /\.(tonvo|pb|bin)$/i.test(path) ? 'binary' : 'jsonl';
}

/**
 * Opens a path, resolved against `cwd`, as a stream (`-` is stdin). A file that can't be
 * read fails the stream with the file system's error (not a TonvoError), which names the path.
 */
export function openInput(path: string, stdin: Readable, cwd: string): Readable {
  if (path === '-') return stdin;
  return createReadStream(resolve(cwd, path));
}

/**
 * Streams events from JSONL or a binary recording, chunk by chunk (memory bounded by
 * the longest line or record). Bad lines come out as error records and reading goes on.
 */
export async function* readEvents(
  input: Readable,
  format: InputFormat,
  options: { readonly outputs?: boolean } = {},
): AsyncGenerator<InputRecord> {
  if (format === 'jsonl') {
    const decoder = createJsonlDecoder({ outputs: options.outputs ?? false });
    input.setEncoding('utf8');
    for await (const chunk of input as AsyncIterable<string>) {
      for (const r of decoder.push(chunk))
        yield r.error === undefined
          ? { where: `line ${r.line}`, event: r.event }
          : { where: `line ${r.line}`, error: r.error };
    }
    for (const r of decoder.end())
      yield r.error === undefined
        ? { where: `line ${r.line}`, event: r.event }
        : { where: `line ${r.line}`, error: r.error };
    return;
  }
  const decoder = createRecordingDecoder();
  for await (const chunk of input as AsyncIterable<Buffer>) {
    for (const r of decoder.push(chunk))
      yield r.error === undefined
        ? { where: `byte ${r.offset}`, event: r.event }
        : { where: `byte ${r.offset}`, error: r.error };
  }
  for (const r of decoder.end()) yield { where: `byte ${r.offset}`, error: r.error! };
}
