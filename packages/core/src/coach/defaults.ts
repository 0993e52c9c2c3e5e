import { NEUTRAL_ANALYSIS, type TextAnalyzer } from '../perception/text-analyzer.js';
import type { LanguageCheck } from '../triggers/language.js';

// Temporary until the baseline analyzer and the language checker land.
/** @internal */
export function defaultAnalyzer(): TextAnalyzer {
  return { id: 'neutral', analyze: () => NEUTRAL_ANALYSIS };
}
/** @internal */
export function defaultLanguageChecker(): LanguageCheck {
  return { check: () => [] };
}
