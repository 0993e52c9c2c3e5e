import { createEmotionAnalyzer, type EmotionAnalyzer } from '@tonvo/models';
import { readTextEmotionModel } from '@tonvo/models/node';
import { createNodeModelRunner, type NodeModelRunnerOptions } from './node-model-runner.js';

/** The text emotion model, loaded in Node, as a coach's `TextAnalyzer`. @public */
export interface NodeEmotionAnalyzer extends EmotionAnalyzer {
  /** Releases the ONNX session. */
  dispose(): Promise<void>;
}

/**
 * Loads the shipped text emotion model (checked against its manifest's sha256) into
 * `onnxruntime-node` and returns it as a `TextAnalyzer` for `createCoach({ analyzer })`.
 *
 * @example
 * ```ts
 * const analyzer = await loadTextEmotionAnalyzer();
 * const coach = createCoach({ analyzer });
 * // ... later
 * await analyzer.dispose();
 * ```
 * @public
 */
export async function loadTextEmotionAnalyzer(
  options: NodeModelRunnerOptions = {},
): Promise<NodeEmotionAnalyzer> {
  const runner = await createNodeModelRunner(await readTextEmotionModel(), options);
  const analyzer = createEmotionAnalyzer({ runner });
  return Object.assign(analyzer, { dispose: () => runner.dispose() });
}
