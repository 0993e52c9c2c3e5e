import { NEUTRAL_ANALYSIS, type TextAnalyzer } from '../perception/text-analyzer.js';
import type { LanguageCheck } from '../triggers/language.js';

// Temporary until the baseline analyzer, the language checker and the redactor land.
/** @internal */
export function defaultAnalyzer(): TextAnalyzer {
  return { id: 'neutral', analyze: () => NEUTRAL_ANALYSIS };
}
/** @internal */
export function defaultLanguageChecker(): LanguageCheck {
  return { check: () => [] };
}
/** @internal */
export function defaultRedact(text: string): string {
  return text;
}
