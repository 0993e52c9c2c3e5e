// Accuracy of the text emotion model on GoEmotions dev, in one run:
//  - macro-F1 for 28 labels, Ekman + neutral and sentiment groups + neutral (the paper's
//    protocol: multi-label, thresholds tuned on dev; ours ship in the manifest);
//  - 3-class sentiment (positive / negative / neutral; single-label rows, ambiguous dropped)
//    against AFINN (`sentiment`) and VADER (`vader-sentiment`) on the same rows, for the
//    model as it ships and for its words alone (`callLanguage: false`: no reading of
//    negations, sarcasm, answers and call phrases by the built-in analyzer).
// Usage: pnpm --filter @tonvo/bench bench:model-accuracy
import { createNodeModelRunner } from '@tonvo/audio-node';
import {
  TEXT_EMOTION_MANIFEST as manifest,
  createEmotionAnalyzer,
  toTranscriptForm,
} from '@tonvo/models';
import {
  applyThresholds,
  createTaxonomy,
  groupGold,
  multiLabelScores,
  sentimentClassOf,
} from '@tonvo/models/evaluation';
import { readTextEmotionModel } from '@tonvo/models/node';
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import { loadGoEmotions } from './lib/goemotions.mjs';

const data = loadGoEmotions('dev');
const runner = await createNodeModelRunner(await readTextEmotionModel());
const analyzer = createEmotionAnalyzer({ runner });
const wordsAlone = createEmotionAnalyzer({ runner, callLanguage: false });
const ekmanTaxonomy = createTaxonomy({
  name: 'ekman',
  fineLabels: data.labels,
  groups: data.ekman,
});
const sentimentTaxonomy = createTaxonomy({
  name: 'sentiment',
  fineLabels: data.labels,
  groups: data.sentiment,
});
const taxonomies = {
  full: { head: 'emotions', gold: (g) => g },
  ekman: { head: 'ekman', gold: (g) => groupGold(ekmanTaxonomy, g) },
  sentiment: { head: 'sentiment', gold: (g) => groupGold(sentimentTaxonomy, g) },
};

const f3 = (v) => v.toFixed(3);
const out = { dev: {} };
for (const form of ['written', 'transcript']) {
  const texts = data.rows.map((r) => (form === 'written' ? r.text : toTranscriptForm(r.text)));
  const analyses = await analyzer.analyzeBatch(texts);
  const res = {};
  for (const [name, t] of Object.entries(taxonomies)) {
    const o = manifest.outputs.find((x) => x.name === t.head);
    const scores = analyses.map((a) => a.outputs[t.head]);
    const gold = data.rows.map((r) => t.gold(r.gold));
    res[name] = multiLabelScores({
      labels: o.labels,
      gold,
      predicted: applyThresholds(scores, o.thresholds),
    }).macroF1;
  }
  out.dev[form] = res;
  out[form] = analyses;
  out[`${form}Alone`] = await wordsAlone.analyzeBatch(texts);
}

// 3-class sentiment against the word lists, same rows, same run.
const afinn = new Sentiment();
const rows3 = [];
data.rows.forEach((r, i) => {
  const cls = sentimentClassOf({ labels: r.labels, mapping: data.sentiment });
  if (cls !== undefined) rows3.push({ i, cls, text: r.text });
});
const macro3 = (pred) => {
  const classes = ['positive', 'negative', 'neutral'];
  const gold = rows3.map((r) => Uint8Array.from(classes, (c) => (c === r.cls ? 1 : 0)));
  const p = pred.map((x) => Uint8Array.from(classes, (c) => (c === x ? 1 : 0)));
  return multiLabelScores({ labels: classes, gold, predicted: p }).macroF1;
};
const byScore = (scores, pos, neg) =>
  scores.map((s) => (s >= pos ? 'positive' : s <= neg ? 'negative' : 'neutral'));
// Word lists get both their usual cuts and the best cuts on these rows (the model's cuts were tuned on dev too).
const bestCuts = (scores, grid) => {
  let best = { f: -1 };
  for (const pos of grid)
    for (const neg of grid.map((g) => -g)) {
      const f = macro3(byScore(scores, pos, neg));
      if (f > best.f) best = { f, pos, neg };
    }
  return best;
};
const afinnScores = rows3.map((r) => afinn.analyze(r.text).comparative);
const vaderScores = rows3.map(
  (r) => vader.SentimentIntensityAnalyzer.polarity_scores(r.text).compound,
);
const grid = Array.from({ length: 51 }, (_, k) => k / 100).concat([0.6, 0.7, 0.8]);
const afinnBest = bestCuts(
  afinnScores,
  grid.map((g) => g / 2),
);
const vaderBest = bestCuts(vaderScores, grid);
const model3 = {
  written: macro3(rows3.map((r) => out.written[r.i].sentimentLabel)),
  transcript: macro3(rows3.map((r) => out.transcript[r.i].sentimentLabel)),
  writtenAlone: macro3(rows3.map((r) => out.writtenAlone[r.i].sentimentLabel)),
  transcriptAlone: macro3(rows3.map((r) => out.transcriptAlone[r.i].sentimentLabel)),
};
const afinnUsual = macro3(byScore(afinnScores, 1e-9, -1e-9));
const vaderUsual = macro3(byScore(vaderScores, 0.05, -0.05));
const afinnT = macro3(
  byScore(
    rows3.map((r) => afinn.analyze(toTranscriptForm(r.text)).comparative),
    1e-9,
    -1e-9,
  ),
);
const vaderT = macro3(
  byScore(
    rows3.map(
      (r) => vader.SentimentIntensityAnalyzer.polarity_scores(toTranscriptForm(r.text)).compound,
    ),
    0.05,
    -0.05,
  ),
);

const lines = [
  `GoEmotions dev (${data.rows.length} rows), model ${analyzer.id}, thresholds from dev`,
  '',
  'macro-F1             written  transcript   target  BERT-base (paper)',
  `28 labels            ${f3(out.dev.written.full)}    ${f3(out.dev.transcript.full)}      0.40    0.46`,
  `Ekman + neutral      ${f3(out.dev.written.ekman)}    ${f3(out.dev.transcript.ekman)}      0.58    0.64`,
  `sentiment + neutral  ${f3(out.dev.written.sentiment)}    ${f3(out.dev.transcript.sentiment)}      0.63    0.69`,
  '',
  `3-class sentiment, ${rows3.length} single-label rows (ambiguous dropped), macro-F1`,
  `                                   written  transcript`,
  `tonvo model                        ${f3(model3.written)}    ${f3(model3.transcript)}`,
  `tonvo model, its words alone       ${f3(model3.writtenAlone)}    ${f3(model3.transcriptAlone)}     (callLanguage: false)`,
  `AFINN (sentiment), cut at 0        ${f3(afinnUsual)}    ${f3(afinnT)}`,
  `AFINN, best cuts on dev            ${f3(afinnBest.f)}       -     (pos >= ${afinnBest.pos}, neg <= ${afinnBest.neg})`,
  `VADER (vader-sentiment), +-0.05    ${f3(vaderUsual)}    ${f3(vaderT)}`,
  `VADER, best cuts on dev            ${f3(vaderBest.f)}       -     (pos >= ${vaderBest.pos}, neg <= ${vaderBest.neg})`,
  '',
  `model - best word list: ${(model3.written - Math.max(afinnUsual, afinnBest.f, vaderUsual, vaderBest.f)).toFixed(3)} (target +0.08)`,
];
process.stdout.write(`${lines.join('\n')}\n`);
await analyzer.dispose();
