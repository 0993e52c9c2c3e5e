import { notText } from '../../util/value-checks.js';
import type { TextAnalysis } from '../text-analyzer.js';
import { builtInScanModel, createBaselineAnalyzer } from './baseline-analyzer.js';
import { SARCASM_KEYS } from './sarcasm.js';
import { scanText } from './scan.js';

/** Sarcasm the built-in analyzer hears in a text. @public */
export interface SarcasmReading {
  /** What it heard, in words: `sarcasm "Great, just great"`. */
  readonly cues: readonly string[];
  /** The built-in analyzer's reading of the whole text, the sarcasm read as frustration. */
  readonly analysis: TextAnalysis;
}

let analyzer: ReturnType<typeof createBaselineAnalyzer> | undefined;

/**
 * The sarcasm of a support call that the built-in analyzer hears in `text`, or undefined
 * when it hears none: "Great, just great.", "Oh great, another hold.", "Thanks for
 * nothing.", praise said as an opener and followed by a complaint ("Fantastic, so the
 * money is just gone?"), and praise taken back with a closing "Not.". A model trained on
 * written comments tends to read these as praise; `@tonvo/models` corrects its readings
 * with this.
 *
 * @example
 * ```ts
 * readSarcasm('Great, so now I have to call back tomorrow.')?.analysis.states.frustrated; // ~0.8
 * readSarcasm('Great, thanks, that works.'); // undefined
 * ```
 * @throws TonvoError `invalid-option` for a text that is not a string.
 * @public
 */
export function readSarcasm(text: string): SarcasmReading | undefined {
  if (typeof text !== 'string') throw notText(text);
  const { items } = scanText(text, builtInScanModel());
  const cues: string[] = [];
  for (const item of items) {
    if (SARCASM_KEYS.has(item.key)) cues.push(`sarcasm "${text.slice(item.start, item.end)}"`);
  }
  if (cues.length === 0) return undefined;
  return { cues, analysis: (analyzer ??= createBaselineAnalyzer()).analyze(text) };
}
