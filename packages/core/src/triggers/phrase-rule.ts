import type { Speaker } from '../events/types.js';
import type { RuleContext, RuleMatch } from '../rules/rule-types.js';
import { createPhraseMatcher, type PhraseMatcher } from '../text/phrase-matcher.js';

/** Builds a matcher from pattern -> label pairs. @internal */
export function phraseTable(
  table: Readonly<Record<string, readonly string[]>>,
): PhraseMatcher<string> {
  const entries = Object.entries(table).flatMap(([label, patterns]) =>
    patterns.map((pattern) => ({ pattern, value: label })),
  );
  return createPhraseMatcher(entries);
}

/**
 * Matches the current final utterance of `speaker` against a phrase table; one match
 * per utterance (the first), with the span and the label in words.
 * @internal
 */
export function matchUtterance(
  ctx: RuleContext,
  speaker: Speaker,
  matcher: PhraseMatcher<string>,
  describe: (label: string, text: string) => string,
): RuleMatch | undefined {
  const u = ctx.utterance;
  if (u === undefined || u.speaker !== speaker || !u.final) return undefined;
  const found = matcher.find(u.text);
  const first = found[0];
  if (first === undefined) return undefined;
  return {
    speaker,
    span: { utteranceId: u.id, start: first.start, end: first.end, text: first.text },
    matched: found.map((f) => describe(f.value, f.text)),
    cues: found.map((f) => `phrase "${f.text}"`),
    key: first.value,
    values: { phrase: first.text },
  };
}
