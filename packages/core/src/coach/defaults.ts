import { createLanguageChecker } from '../language/language-checker.js';
import { createBaselineAnalyzer } from '../perception/baseline/baseline-analyzer.js';
import type { TextAnalyzer } from '../perception/text-analyzer.js';
import type { LanguageCheck } from '../triggers/language.js';

// Built once and shared: both are stateless and deterministic, and building them
// compiles their phrase tables.
let analyzer: TextAnalyzer | undefined;
let checker: LanguageCheck | undefined;

/** The built-in baseline text analyzer. @internal */
export function defaultAnalyzer(): TextAnalyzer {
  return (analyzer ??= createBaselineAnalyzer());
}

/** The built-in language checker. @internal */
export function defaultLanguageChecker(): LanguageCheck {
  return (checker ??= createLanguageChecker());
}
