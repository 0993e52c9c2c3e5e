import type { EmotionalState } from '@tonvo/core';

/**
 * Which GoEmotions labels are evidence for each of Tonvo's states. Training copies
 * it into the manifest, and the analyzer reads it from there, so a retrained or
 * custom model can ship its own mapping.
 * @public
 */
export const STATE_LABELS: Readonly<Record<EmotionalState, readonly string[]>> = {
  positive: [
    'joy',
    'approval',
    'admiration',
    'optimism',
    'caring',
    'amusement',
    'excitement',
    'love',
  ],
  frustrated: ['anger', 'annoyance', 'disapproval', 'disgust'],
  confused: ['confusion'],
  distressed: ['sadness', 'fear', 'nervousness', 'disappointment', 'grief', 'remorse'],
  relieved: ['relief', 'gratitude'],
};
