import { describeValue } from '../util/describe-value.js';
import { LANGUAGE_ISSUE_KINDS, type LanguageIssueKind } from './language-checker.js';

/**
 * What is wrong with what a language checker's `check(text)` gave, or undefined when it
 * is a list of well-formed issues of `text`. The built-in checker's are; a host's own
 * checker is checked before its findings become spans and suggestions in events.
 * @internal
 */
export function findingsProblem(findings: unknown, text: string): string | undefined {
  if (!Array.isArray(findings)) return `check() gave ${describeValue(findings)}, not a list`;
  for (let i = 0; i < findings.length; i++) {
    const f: unknown = findings[i];
    if (typeof f !== 'object' || f === null) return `[${i}] is ${describeValue(f)}, not an issue`;
    const { id, kind, start, end, replacement, note } = f as Record<string, unknown>;
    const at = `[${i}]`;
    if (!LANGUAGE_ISSUE_KINDS.includes(kind as LanguageIssueKind)) {
      return `${at}.kind must be one of ${LANGUAGE_ISSUE_KINDS.join(', ')}, got ${describeValue(kind)}`;
    }
    for (const [k, v] of [
      ['id', id],
      ['text', (f as { text?: unknown }).text],
      ['replacement', replacement],
      ['note', note],
    ] as const) {
      if (typeof v !== 'string') return `${at}.${k} must be a string, got ${describeValue(v)}`;
    }
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      (start as number) < 0 ||
      (end as number) < (start as number) ||
      (end as number) > text.length
    ) {
      return `${at}: start and end must be offsets in the text (0 to ${text.length}), got ${describeValue(start)} and ${describeValue(end)}`;
    }
  }
  return undefined;
}
