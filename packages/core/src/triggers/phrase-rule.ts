import type { Speaker } from '../events/types.js';
import type { RuleContext, RuleMatch } from '../rules/rule-types.js';
import { foldText } from '../text/fold.js';
import {
  createBuiltInPhraseMatcher,
  type PhraseMatch,
  type PhraseMatcher,
} from '../text/phrase-matcher.js';

/** Builds a matcher from pattern -> label pairs. @internal */
export function phraseTable(
  table: Readonly<Record<string, readonly string[]>>,
): PhraseMatcher<string> {
  const entries = Object.entries(table).flatMap(([label, patterns]) =>
    patterns.map((pattern) => ({ pattern, value: label })),
  );
  return createBuiltInPhraseMatcher(entries);
}

// "I don't want to | do not need to | never asked to | please don't" right before the
// phrase: the speaker is saying they do NOT want it. Verbs that only start a question
// ("I don't know how to talk to a person") are not in the list, so those still count.
const NEGATED_BEFORE =
  /(?:^|[\s,;])(?:don't|dont|do not|didn't|did not|never|no need to|not)(?:\s+(?:really|even|actually|ever|want|wanna|need|needed|ask|asked|asking|mean|meant|trying))*\s+(?:(?:to|for)\s+)?(?:be\s+)?$/;

const ASKING_NOT = /\b(?:can|could|will|would|why|may)\s+(?:(?:i|you|we)\s+)?not\s+$/;

/** Whether the words right before `start` negate the phrase found there. */
function isNegatedBefore(text: string, start: number): boolean {
  // Only the same clause counts: "No, I want a manager" is not negated.
  const before = foldText(text.slice(Math.max(0, start - 60), start));
  const clause = before.split(/[.!?;:]|,\s*(?:but|and|so)?\s*|\bbut\b/).pop() ?? '';
  // "Why can I not speak to a manager?" insists; it does not decline.
  if (ASKING_NOT.test(clause)) return false;
  return NEGATED_BEFORE.test(` ${clause}`);
}

/**
 * Keeps the first of overlapping matches (the longest where several start at one
 * place), so one phrase is reported once, not once per table entry that covers it.
 */
function distinct(found: readonly PhraseMatch<string>[]): PhraseMatch<string>[] {
  const out: PhraseMatch<string>[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last !== undefined && f.start < last.end) {
      if (f.start === last.start && f.end > last.end) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

/**
 * Matches the current final utterance of `speaker` against a phrase table; the first
 * match gives the span and the label, every distinct match lands in `matched`. With
 * `negatable`, phrases the speaker negates ("I don't want to speak to a manager") are
 * skipped; `rejectBefore` and `rejectAfter` drop matches by the words around them.
 * @internal
 */
export function matchUtterance(
  ctx: RuleContext,
  speaker: Speaker,
  matcher: PhraseMatcher<string>,
  describe: (label: string, text: string) => string,
  options: {
    readonly negatable?: boolean;
    /** Drops a match by the (folded) words before it, e.g. "I *was* talking to an agent". */
    readonly rejectBefore?: (before: string, label: string) => boolean;
    /** Drops a match by the (folded) words after it, e.g. "charged twice *a year*". */
    readonly rejectAfter?: (after: string, label: string) => boolean;
  } = {},
): RuleMatch | undefined {
  const u = ctx.utterance;
  if (u === undefined || u.speaker !== speaker || !u.final) return undefined;
  const all = matcher.find(u.text);
  if (all.length === 0) return undefined;
  let found = distinct(all);
  if (options.negatable === true) found = found.filter((f) => !isNegatedBefore(u.text, f.start));
  const { rejectBefore, rejectAfter } = options;
  if (rejectBefore !== undefined) {
    found = found.filter(
      (f) => !rejectBefore(foldText(u.text.slice(Math.max(0, f.start - 40), f.start)), f.value),
    );
  }
  if (rejectAfter !== undefined) {
    found = found.filter((f) => !rejectAfter(foldText(u.text.slice(f.end, f.end + 40)), f.value));
  }
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
