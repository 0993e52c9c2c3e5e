import { createLanguageChecker } from '../language/language-checker.js';
import { createBaselineAnalyzer } from '../perception/baseline/baseline-analyzer.js';
import type { TextAnalyzer } from '../perception/text-analyzer.js';
import type { LanguageCheck } from '../triggers/language.js';

// A new instance per coach is cheap (about a microsecond): both factories build their
// built-in phrase tables once per module and share them between instances.

/** The built-in baseline text analyzer. @internal */
export function defaultAnalyzer(): TextAnalyzer {
  return createBaselineAnalyzer();
}

/** The built-in language checker. @internal */
export function defaultLanguageChecker(): LanguageCheck {
  return createLanguageChecker();
}
