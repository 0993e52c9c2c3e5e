import { readFile } from 'node:fs/promises';
import { eventTimeMs, type ProsodyWindowEvent } from '@tonvo/core';
import type { SileroVad } from '@tonvo/models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_JSONL, SAMPLE_WAV } from '../../test/sample.js';
import { loadSileroVad } from '../vad/load-silero-vad.js';
import { parseWavHeader } from '../wav/wav-header.js';
import { createCallAudioStream, type CallAudioStreamEvent } from './call-audio-stream.js';

let vad: SileroVad;
let wav: Uint8Array;
beforeAll(async () => {
  vad = await loadSileroVad();
  wav = await readFile(SAMPLE_WAV);
});
afterAll(() => vad.dispose());

async function analyse(
  bytes: Uint8Array,
  options: { chunk?: number; lanes?: number; frames?: boolean } = {},
): Promise<CallAudioStreamEvent[]> {
  const header = parseWavHeader(bytes);
  const stream = createCallAudioStream({
    encoding: header.encoding,
    sampleRateHz: header.sampleRateHz,
    speakers: ['agent', 'customer'],
    vad,
    vadLanes: options.lanes ?? 1,
    conversation: 'sample-call',
    frames: options.frames ?? false,
  });
  const events: CallAudioStreamEvent[] = [];
  const reading = (async () => {
    for await (const e of stream as AsyncIterable<CallAudioStreamEvent>) events.push(e);
  })();
  const data = bytes.subarray(header.dataOffset, header.dataOffset + header.dataBytes);
  const chunk = options.chunk ?? 8000;
  for (let i = 0; i < data.length; i += chunk)
    if (!stream.write(data.subarray(i, i + chunk)))
      await new Promise((r) => stream.once('drain', r));
  stream.end();
  await reading;
  return events;
}

/** The first 40 seconds of the sample (80 bytes per 10 ms of stereo mu-law... 16 bytes per ms). */
const head = (seconds: number): Uint8Array => {
  const h = parseWavHeader(wav);
  const copy = wav.slice(0, h.dataOffset + seconds * 16000);
  new DataView(copy.buffer).setUint32(h.dataOffset - 4, seconds * 16000, true);
  return copy;
};

describe('createCallAudioStream on the sample call (stereo 8 kHz mu-law)', () => {
  let events: CallAudioStreamEvent[];
  beforeAll(async () => {
    events = await analyse(wav, { lanes: 16 });
  }, 60_000);

  it('emits prosody windows and speech segments in time order, for both speakers', () => {
    const times = events.map((e) => eventTimeMs(e as never));
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1]!);
    expect(events.filter((e) => e.type === 'prosody' && e.speaker === 'agent').length).toBe(203);
    expect(events.filter((e) => e.type === 'prosody' && e.speaker === 'customer').length).toBe(203);
    expect(events.every((e) => e.type === 'frame' || e.conversation === 'sample-call')).toBe(true);
  });

  it('finds speech where the transcript says each speaker talks', async () => {
    const utterances = (await readFile(SAMPLE_JSONL, 'utf8'))
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            type: string;
            final?: boolean;
            speaker?: string;
            startMs: number;
            endMs: number;
          },
      )
      .filter((e) => e.type === 'utterance' && e.final);
    const segments = events.filter((e) => e.type === 'vad');
    for (const u of utterances) {
      const hit = segments.some(
        (s) => s.speaker === u.speaker && s.startMs < u.endMs && s.endMs > u.startMs,
      );
      expect(hit, `speech of ${u.speaker} at ${u.startMs} ms`).toBe(true);
    }
    // Nothing but line noise during the hold.
    expect(segments.filter((s) => s.startMs > 107_000 && s.endMs < 171_000)).toEqual([]);
  });

  it('hears the customer escalate and calm down against their own baseline', () => {
    const arousal = (from: number, to: number): number => {
      const w = events.filter(
        (e): e is ProsodyWindowEvent =>
          e.type === 'prosody' &&
          e.speaker === 'customer' &&
          e.startMs >= from &&
          e.endMs <= to &&
          e.voicedRatio > 0.3,
      );
      return w.reduce((s, e) => s + (e.arousal ?? 0), 0) / w.length;
    };
    const early = arousal(14_000, 56_000); // bill, confusion
    const angry = arousal(66_000, 93_000); // "This is ridiculous", "I want to speak to a manager"
    const relieved = arousal(184_000, 198_000); // after the refund
    expect(angry).toBeGreaterThan(0.5);
    expect(angry - early).toBeGreaterThan(0.5);
    expect(relieved).toBeLessThan(angry - 0.5);
  });
});

describe('createCallAudioStream', () => {
  it('gives the same events however the bytes are chunked (odd sizes split samples)', async () => {
    const bytes = head(20);
    const a = await analyse(bytes, { chunk: 333 });
    const b = await analyse(bytes, { chunk: 65_536 });
    expect(a).toEqual(b);
  }, 60_000);

  it('writes per-frame pitch lines when asked', async () => {
    const events = await analyse(head(3), { frames: true });
    const frames = events.filter((e) => e.type === 'frame');
    expect(frames).toHaveLength(2 * 300);
    expect(frames[0]).toEqual(expect.objectContaining({ type: 'frame', speaker: 'agent', tMs: 0 }));
  }, 60_000);

  it('holds writes while nobody reads (back-pressure) and flushes everything on end', async () => {
    const bytes = head(30);
    const h = parseWavHeader(bytes);
    const stream = createCallAudioStream({
      encoding: 'mulaw',
      sampleRateHz: 8000,
      speakers: ['agent', 'customer'],
      vad,
      frames: true,
      highWaterMark: 64,
    });
    const data = bytes.subarray(h.dataOffset);
    let accepted = 0;
    for (let i = 0; i < data.length; i += 1600) {
      if (!stream.write(data.subarray(i, i + 1600))) break;
      accepted++;
    }
    await new Promise((r) => setTimeout(r, 300));
    // Frames pile up to the high-water mark, then the writer must wait.
    expect(stream.readableLength).toBeLessThan(64 + 2 * 20 + 10);
    expect(accepted).toBeLessThan(data.length / 1600);
    const seen: CallAudioStreamEvent[] = [];
    const reading = (async () => {
      for await (const e of stream as AsyncIterable<CallAudioStreamEvent>) seen.push(e);
    })();
    for (let i = (accepted + 1) * 1600; i < data.length; i += 1600)
      if (!stream.write(data.subarray(i, i + 1600)))
        await new Promise((r) => stream.once('drain', r));
    stream.end();
    await reading;
    expect(seen.filter((e) => e.type === 'prosody')).toHaveLength(60);
  }, 60_000);

  it('resamples 44.1 kHz float audio to 16 kHz and tracks its pitch', async () => {
    const rate = 44100;
    const x = new Float32Array(rate * 3);
    for (let h = 1; h * 180 < 8000; h++)
      for (let i = 0; i < x.length; i++)
        x[i]! += (0.2 / h) * Math.sin((2 * Math.PI * h * 180 * i) / rate);
    const stream = createCallAudioStream({
      encoding: 'float32',
      sampleRateHz: rate,
      speakers: ['customer'],
      vad,
    });
    const seen: CallAudioStreamEvent[] = [];
    const reading = (async () => {
      for await (const e of stream as AsyncIterable<CallAudioStreamEvent>) seen.push(e);
    })();
    stream.end(new Uint8Array(x.buffer));
    await reading;
    const windows = seen.filter((e): e is ProsodyWindowEvent => e.type === 'prosody');
    expect(windows).toHaveLength(3);
    expect(windows[1]!.pitchMedianHz).toBeCloseTo(180, 0);
  });

  it('handles very short and empty audio without error', async () => {
    for (const samples of [0, 1, 40, 300]) {
      const stream = createCallAudioStream({
        encoding: 'pcm16',
        sampleRateHz: 8000,
        speakers: ['agent'],
        vad,
      });
      const seen: CallAudioStreamEvent[] = [];
      const reading = (async () => {
        for await (const e of stream as AsyncIterable<CallAudioStreamEvent>) seen.push(e);
      })();
      stream.end(new Uint8Array(samples * 2 + 1)); // an odd trailing byte is carried, then dropped
      await reading;
      expect(seen.filter((e) => e.type === 'prosody')).toHaveLength(samples === 0 ? 0 : 1);
      expect(seen.filter((e) => e.type === 'vad')).toHaveLength(0);
    }
  });
});
