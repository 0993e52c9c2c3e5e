import { readSarcasm } from '@tonvo/core';
import { sentimentLabelOfScore, strongestState, type EmotionAnalysis } from './interpret-scores.js';
import type { TextEmotionManifest } from './manifest.js';

/**
 * The model's reading of `text` with the sarcasm of a support call read as the built-in
 * analyzer reads it (`readSarcasm` of `@tonvo/core`). The model learnt from written
 * comments, where "Great, just great." is mostly praise; on a call it is frustration.
 * Where the built-in analyzer hears sarcasm, positive and relieved evidence is what
 * both read (the lower), frustrated and distressed evidence either reads (the higher),
 * the sentiment the lower of the two, and the sarcasm comes first among the cues. The
 * model's own labels and outputs are left as they were. Any other text: `analysis` itself.
 * @internal
 */
export function correctForSarcasm(
  text: string,
  analysis: EmotionAnalysis,
  manifest: TextEmotionManifest,
): EmotionAnalysis {
  const sarcasm = readSarcasm(text);
  if (sarcasm === undefined) return analysis;
  const heard = sarcasm.analysis.states;
  const model = analysis.states;
  const states = {
    positive: Math.min(model.positive, heard.positive),
    frustrated: Math.max(model.frustrated, heard.frustrated),
    confused: model.confused,
    distressed: Math.max(model.distressed, heard.distressed),
    relieved: Math.min(model.relieved, heard.relieved),
  };
  const sentiment = Math.min(analysis.sentiment, sarcasm.analysis.sentiment);
  return {
    ...analysis,
    sentiment,
    states,
    cues: [...sarcasm.cues, ...analysis.cues],
    state: strongestState(states),
    sentimentLabel: sentimentLabelOfScore(manifest, sentiment),
  };
}
