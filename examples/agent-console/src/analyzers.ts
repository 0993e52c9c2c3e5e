import type { TextAnalyzer } from '@tonvo/core';

/** A text analyzer the console can run the coach with. */
export interface AnalyzerChoice {
  readonly id: 'model' | 'builtin';
  readonly label: string;
  /** Loads it; `undefined` means the coach's built-in analyzer. */
  readonly load: () => Promise<TextAnalyzer | undefined>;
}

/**
 * The text emotion model of `@tonvo/models` on `onnxruntime-web` (WASM, one thread).
 * The model file and ONNX Runtime's `.wasm` are assets of this app (Vite copies them
 * into the build): nothing comes from a CDN. Loaded on demand, in its own chunk.
 */
async function loadModel(): Promise<TextAnalyzer> {
  const [{ createWebModelRunner }, { createEmotionAnalyzer, textEmotionModelUrl }, ort, wasm] =
    await Promise.all([
      import('@tonvo/audio-web'),
      import('@tonvo/models'),
      import('onnxruntime-web/wasm'),
      import('onnxruntime-web/ort-wasm-simd-threaded.wasm?url'),
    ]);
  const runner = await createWebModelRunner(textEmotionModelUrl().href, {
    ort,
    wasmPaths: { wasm: wasm.default },
    numThreads: 1,
  });
  return createEmotionAnalyzer({ runner });
}

/**
 * The analyzers on offer, best first. The coach takes any `TextAnalyzer`; the
 * console uses the first one (or the one `?analyzer=<id>` names), falls back to the
 * built-in one if it does not load, and says which one runs.
 */
export const ANALYZERS: readonly AnalyzerChoice[] = [
  { id: 'model', label: 'Text emotion model (onnxruntime-web)', load: loadModel },
  { id: 'builtin', label: 'Built-in text analyzer', load: () => Promise.resolve(undefined) },
];

/** The analyzer picked by `?analyzer=<id>`, else the first on offer. */
export function pickAnalyzer(id: string | null): AnalyzerChoice {
  return ANALYZERS.find((a) => a.id === id) ?? ANALYZERS[0]!;
}

/** The built-in analyzer, the fallback. */
export const BUILTIN: AnalyzerChoice = ANALYZERS[1]!;
