import { BASELINE_NEUTRAL_BAND, readCallLanguage, type TextAnalysis } from '@tonvo/core';
import { sentimentLabelOfScore, strongestState, type EmotionAnalysis } from './interpret-scores.js';
import type { TextEmotionManifest } from './manifest.js';

/** Distress the built-in analyzer reads in a text that makes its "sorry" more than polite. */
const WORRY = 0.5;

/** The built-in analyzer's neutral band: a sentiment within it leans neither way. */
const LEAN = BASELINE_NEUTRAL_BAND;

function leaning(sentiment: number): number {
  return sentiment > LEAN ? 1 : sentiment < -LEAN ? -1 : 0;
}

/** The evidence both readings hold for each state (the lower of the two). */
function bothRead(
  model: TextAnalysis['states'],
  base: TextAnalysis['states'],
): TextAnalysis['states'] {
  return {
    positive: Math.min(model.positive, base.positive),
    frustrated: Math.min(model.frustrated, base.frustrated),
    confused: Math.min(model.confused, base.confused),
    distressed: Math.min(model.distressed, base.distressed),
    relieved: Math.min(model.relieved, base.relieved),
  };
}

/**
 * The two readings' states leant toward complaint (`-1`) or toward thanks (`1`): the
 * evidence on that side is what either reads (the higher), on the other side what both
 * read (the lower); confusion stays the model's.
 */
function leanStates(
  side: -1 | 1,
  model: TextAnalysis['states'],
  base: TextAnalysis['states'],
): TextAnalysis['states'] {
  const glad = side > 0 ? Math.max : Math.min;
  const upset = side > 0 ? Math.min : Math.max;
  return {
    positive: glad(model.positive, base.positive),
    frustrated: upset(model.frustrated, base.frustrated),
    confused: model.confused,
    distressed: upset(model.distressed, base.distressed),
    relieved: glad(model.relieved, base.relieved),
  };
}

/**
 * The model's reading of `text` with the language of a support call read as the built-in
 * analyzer reads it (`readCallLanguage` of `@tonvo/core`). The model learnt from written
 * comments, where "Great, just great." is mostly praise, a bare "Okay." or "No." is
 * approval or disapproval, and most questions are confusion; on a call the first is
 * frustration, the next are answers, a question is how a customer asks for help, and
 * "This is a joke." is a complaint.
 *
 * - Sarcasm, and pushback ("Okay, but when will it arrive?"): positive and relieved
 *   evidence is what both read (the lower), frustrated and distressed evidence what
 *   either reads (the higher), the sentiment the lower of the two.
 * - A plain answer or a courtesy: no evidence of any state, and a neutral sentiment.
 * - A negation: where the two readings lean different ways (positive, negative or
 *   neither), the built-in analyzer's sentiment and states but confusion; else the
 *   model's reading but confusion. The confusion is what either reads, or what both read
 *   where the text also asks for something (`asks`).
 * - A plain thanks: no more positive and relieved evidence than the built-in analyzer
 *   reads in it; the rest is the model's.
 * - An apology: in passing, no more distressed evidence than the built-in analyzer reads,
 *   and a sentiment no lower than -0.25 unless that reading leans negative; with worry
 *   the analyzer reads, distressed evidence what either reads and the lower sentiment.
 *   The rest is the model's.
 * - Not following ("I'm lost."): the confusion is what either reads, the distress what
 *   both read (the model reads the loss and sadness of written text); the rest is the
 *   model's.
 * - A request or a need stated: no more evidence of any state than the built-in analyzer
 *   reads in it (the model alone reads "I need to file a property claim" as disapproval,
 *   frustrated 0.69); the sentiment is the model's.
 * - A "sorry" in a text of another kind: no more distressed evidence than the built-in
 *   analyzer reads, unless that is worry, as for an apology.
 * - A call phrase ("This is a joke.", "You're a lifesaver."), where the model's reading
 *   leans another way: as sarcasm when it complains or worries; when it thanks,
 *   positive and relieved evidence is what either reads, frustrated and distressed
 *   evidence what both read, the sentiment the higher. Where it leans the same way, the
 *   model's reading, with the confusion either reads; for a complaint or a worry, the
 *   frustrated and distressed evidence either reads too, and positive and relieved
 *   evidence what both read.
 *
 * What was heard comes first among the cues; the model's own labels and outputs are left
 * as they were. Any other text: `analysis` itself.
 * @internal
 */
export function readAsCallLanguage(
  text: string,
  analysis: EmotionAnalysis,
  manifest: TextEmotionManifest,
): EmotionAnalysis {
  const heard = readCallLanguage(text);
  if (heard === undefined) return analysis;
  const base = heard.analysis;
  const model = analysis.states;
  // A polite "sorry", alone or said with something else ("Sorry, I didn't understand any
  // of that."), is no sign of distress: no more than the built-in analyzer reads (the
  // model reads remorse, 0.63 there), unless that is worry.
  const politeSorry =
    (heard.kind === 'apology' || heard.apology !== undefined) && base.states.distressed < WORRY;
  // The confusion of a negation or a call phrase is what either reads; of a negation that
  // also asks for something, what both read: asking is no confusion ("I don't use it
  // anymore. Can you please just cancel it?": the model reads 0.76).
  const asks = heard.asks === true;
  const confusion = asks ? Math.min : Math.max;
  let states: EmotionAnalysis['states'];
  let sentiment: number;
  if (heard.kind === 'plain-answer') {
    states = { ...base.states };
    sentiment = base.sentiment;
  } else if (
    (heard.kind === 'negation' || heard.kind === 'call-phrase') &&
    leaning(analysis.sentiment) === leaning(base.sentiment)
  ) {
    if (heard.kind === 'call-phrase' && leaning(base.sentiment) < 0) {
      // A complaint or a worry in words the model seldom saw: the frustrated and
      // distressed evidence is what either reads ("I lost my job ... I don't know what to
      // do.": distressed 0.57 from the model, 0.94 from the phrases), and so is the
      // confusion; the sentiment stays the model's. (Thanks are left to the model: the
      // built-in analyzer reads as much pleasure as relief in "Thank you so much, that's
      // a real relief", and relief would turn to pleasure at the next "Okay, great.")
      states = {
        ...leanStates(-1, model, base.states),
        confused: confusion(model.confused, base.states.confused),
      };
    } else {
      // The model's reading stands where it leans the way the built-in analyzer does, but
      // for confusion the analyzer's phrases read more strongly ("Sorry, I didn't
      // understand any of that.": 0.8 against the model's 0.67).
      if (!politeSorry && !asks && base.states.confused <= model.confused) return analysis;
      states = { ...model, confused: confusion(model.confused, base.states.confused) };
    }
    sentiment = analysis.sentiment;
  } else if (heard.kind === 'negation') {
    // A negation turns what is felt about something, not whether it is understood: the
    // confusion is what either reads ("I'm not angry, just a bit confused.": the model's).
    states = { ...base.states, confused: confusion(model.confused, base.states.confused) };
    sentiment = base.sentiment;
  } else if (heard.kind === 'thanks') {
    // A plain thanks is no more relief than the built-in analyzer reads in it, which
    // takes it said twice, or with more, to count as relief.
    states = {
      ...model,
      positive: Math.min(model.positive, base.states.positive),
      relieved: Math.min(model.relieved, base.states.relieved),
    };
    sentiment = analysis.sentiment;
  } else if (heard.kind === 'apology') {
    // A polite "sorry" is no sign of distress, and at most mildly negative: no lower than
    // the edge of the neutral band, unless the built-in analyzer reads the text as
    // negative too. (Not neutral: in writing "sorry" is mostly remorse, and GoEmotions
    // dev's 3-class figure drops from 0.698 to 0.694 when it is read as neutral.)
    // With worry or sadness in it ("Sorry, I'm scared they'll cut us off."), the model
    // reads less of the worry after a "sorry" (0.24 there, 0.98 without it): the worry
    // is what either reads.
    if (politeSorry) {
      states = model;
      sentiment =
        leaning(base.sentiment) < 0 ? analysis.sentiment : Math.max(analysis.sentiment, -LEAN);
    } else {
      states = { ...model, distressed: Math.max(model.distressed, base.states.distressed) };
      sentiment = Math.min(analysis.sentiment, base.sentiment);
    }
  } else if (heard.kind === 'not-following') {
    // "I'm lost.", "You've lost me.": written text uses these for loss and sadness (the
    // model reads "I'm lost. I just want the internet back." as distressed 0.70). The
    // confusion is what either reads, the distress what both read; the rest the model's.
    states = {
      ...model,
      confused: Math.max(model.confused, base.states.confused),
      distressed: Math.min(model.distressed, base.states.distressed),
    };
    sentiment = analysis.sentiment;
  } else if (heard.kind === 'request') {
    states = bothRead(model, base.states);
    sentiment = analysis.sentiment;
  } else if (heard.kind === 'sarcasm' || heard.kind === 'pushback' || base.sentiment < 0) {
    // Sarcasm, pushback ("okay but when will it arrive": the model reads approval,
    // positive 0.82), or a complaint or a worry in the words of a call.
    states = leanStates(-1, model, base.states);
    sentiment = Math.min(analysis.sentiment, base.sentiment);
  } else {
    // Thanks or relief in the words of a call.
    states = leanStates(1, model, base.states);
    sentiment = Math.max(analysis.sentiment, base.sentiment);
  }
  if (politeSorry)
    states = { ...states, distressed: Math.min(states.distressed, base.states.distressed) };
  return {
    ...analysis,
    sentiment,
    states,
    cues: [...heard.cues, ...analysis.cues],
    state: strongestState(states),
    sentimentLabel: sentimentLabelOfScore(manifest, sentiment),
  };
}
