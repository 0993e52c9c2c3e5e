// Runs in headless Chromium (see ../model-browser.mjs): the text emotion model on
// onnxruntime-web (WASM, one thread), timed per utterance and in batches.
import { createWebModelRunner } from '@tonvo/audio-web';
import { percentile } from '@tonvo/core';
import { createEmotionAnalyzer } from '@tonvo/models';
import * as ort from 'onnxruntime-web';

declare global {
  interface Window {
    runBench(rounds: number): Promise<unknown>;
  }
}

window.runBench = async (rounds: number) => {
  const texts = (await (await fetch('/texts.json')).json()) as string[];
  const model = new Uint8Array(await (await fetch('/model.onnx')).arrayBuffer());
  const runner = await createWebModelRunner(model, { ort, wasmPaths: '/ort/', numThreads: 1 });
  const analyzer = createEmotionAnalyzer({ runner });
  for (let i = 0; i < 500; i++) await analyzer.analyze(texts[i % texts.length] as string);
  const us: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const t of texts) {
      const t0 = performance.now();
      await analyzer.analyze(t);
      us.push((performance.now() - t0) * 1000);
    }
  const batches: { size: number; perSecond: number }[] = [];
  for (const size of [32, 256]) {
    const t0 = performance.now();
    let n = 0;
    for (let r = 0; r < rounds; r++)
      for (let i = 0; i < texts.length; i += size) {
        await analyzer.analyzeBatch(texts.slice(i, i + size));
        n += Math.min(size, texts.length - i);
      }
    batches.push({ size, perSecond: n / ((performance.now() - t0) / 1000) });
  }
  const sample = await analyzer.analyze("This is the third time I'm calling about this.");
  await analyzer.dispose();
  const sorted = Float64Array.from(us).sort();
  return {
    crossOriginIsolated: self.crossOriginIsolated,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    mean: us.reduce((a, b) => a + b, 0) / us.length,
    batches,
    sampleState: sample.state,
    userAgent: navigator.userAgent,
  };
};
