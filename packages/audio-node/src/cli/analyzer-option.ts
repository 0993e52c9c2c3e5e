import type { TextAnalyzer } from '@tonvo/core';
import { loadTextEmotionAnalyzer } from '../onnx/text-emotion-analyzer.js';
import { choice } from './args.js';

/** Which text analyzer a CLI command uses. */
export type AnalyzerChoice = 'auto' | 'model' | 'baseline';

/** The analyzer for `--analyzer`, and how to release it. */
export interface LoadedAnalyzer {
  /** Undefined means the coach's built-in baseline. */
  readonly analyzer: TextAnalyzer | undefined;
  readonly name: string;
  close(): Promise<void>;
}

/** `--analyzer` help text. */
export const ANALYZER_USAGE =
  '  --analyzer auto|model|baseline  text analyzer: the ONNX emotion model (auto: when onnxruntime-node loads) or the built-in baseline';

/**
 * Loads the analyzer a command asked for: the text emotion model through
 * onnxruntime-node, or the baseline. `auto` uses the model when it loads and says so
 * on stderr when it falls back.
 */
export async function loadAnalyzer(
  value: string | undefined,
  warn: (line: string) => void,
): Promise<LoadedAnalyzer> {
  const wanted = choice('analyzer', value, ['auto', 'model', 'baseline'] as const, 'auto');
  if (wanted === 'baseline')
    return { analyzer: undefined, name: 'baseline', close: async () => undefined };
  try {
    const model = await loadTextEmotionAnalyzer();
    return { analyzer: model, name: 'model', close: () => model.dispose() };
  } catch (e) {
    if (wanted === 'model') throw e;
    warn(
      `tonvo: the text emotion model could not be loaded (${(e as Error).message}); using the baseline analyzer\n`,
    );
    return { analyzer: undefined, name: 'baseline', close: async () => undefined };
  }
}
