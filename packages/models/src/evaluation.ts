/**
 * `@tonvo/models/evaluation`: the scoring used by the model's training, its eval
 * script and the benchmarks (multi-label F1, thresholds tuned on dev, GoEmotions
 * taxonomies, the 3-class sentiment protocol).
 *
 * @packageDocumentation
 */
export { applyThresholds, multiLabelScores, tuneThresholds } from './evaluation/f1.js';
export { createTaxonomy, groupGold } from './evaluation/taxonomy.js';
export { sentimentClassOf } from './evaluation/sentiment-rows.js';
export type { LabelScore, MultiLabelReport } from './evaluation/f1.js';
export type { Taxonomy } from './evaluation/taxonomy.js';
export type { SentimentClass } from './evaluation/sentiment-rows.js';
