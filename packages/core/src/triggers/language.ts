import type {
  LanguageChecker,
  LanguageIssue,
  LanguageIssueKind,
} from '../language/language-checker.js';
import type { RuleContext, RuleDefinition, RuleMatch, UtteranceView } from '../rules/rule-types.js';
import { askedTerm, findTerm, termAskedAbout } from './asked-term.js';
import { readText } from '../text/text-reading.js';
import type { Token } from '../text/tokenize.js';
import { joinWords } from '../text/join-words.js';

/** Anything that finds wording to improve in a text (the built-in `createLanguageChecker()`). @public */
export type LanguageCheck = Pick<LanguageChecker, 'check'>;

const DESCRIPTION: Record<LanguageIssueKind, string> = {
  jargon: 'the agent used jargon',
  hedging: 'the agent hedged',
  'over-formal': 'the agent sounded over-formal',
  dismissive: 'the agent sounded dismissive',
};

/** The playbook situations of each kind: for a replacement, and for words to leave out. */
const SITUATION: Record<LanguageIssueKind, { readonly replace: string; readonly drop: string }> = {
  jargon: { replace: 'plain-language', drop: 'drop-words' },
  hedging: { replace: 'plain-language', drop: 'drop-words' },
  'over-formal': { replace: 'plain-language', drop: 'drop-words' },
  dismissive: { replace: 'dismissive', drop: 'drop-dismissive' },
};

/**
 * The `jargon`, `hedging`, `over-formal` and `dismissive` triggers over one checker: each
 * agent utterance is checked once and every finding fires its kind's trigger with the
 * offending span and a plain (or kinder) replacement.
 * @public
 */
export function languageRules(checker: LanguageCheck): RuleDefinition[] {
  let lastId: string | undefined;
  let lastText: string | undefined;
  let lastFindings: readonly LanguageIssue[] = [];
  const findings = (id: string, text: string): readonly LanguageIssue[] => {
    if (id !== lastId || text !== lastText) {
      lastId = id;
      lastText = text;
      lastFindings = checker.check(text);
    }
    return lastFindings;
  };
  const rule = (kind: LanguageIssueKind, priority: number): RuleDefinition => ({
    id: kind,
    description: DESCRIPTION[kind],
    on: ['utterance'],
    priority,
    cooldownMs: 60_000,
    situation: SITUATION[kind].replace,
    when(ctx) {
      const u = ctx.utterance;
      if (u === undefined || !u.final) return undefined;
      if (u.speaker === 'customer') return kind === 'jargon' ? askedAbout(ctx, u) : undefined;
      const hits = findings(u.id, u.text).filter(
        // A term the customer used first is shared vocabulary, not jargon to them.
        (f) => f.kind === kind && (kind !== 'jargon' || !customerSaid(ctx, f.text)),
      );
      if (hits.length === 0) return undefined;
      // Hedges piled up ("probably maybe ... not entirely sure ... might possibly") are one
      // habit to name, not one word to swap; so are three terms of jargon, three stiff
      // phrases, or two dismissive ones ("That's the courier's responsibility, so you'd
      // need to contact them"), in one breath.
      if (hits.length >= (PILE[kind] ?? Infinity)) return piledUp(kind, u, hits);
      return hits.map((f) => ({
        speaker: 'agent' as const,
        span: { utteranceId: u.id, start: f.start, end: f.end, text: f.text },
        replacement: f.replacement,
        key: f.text.toLowerCase(),
        matched: [
          `${kind}: "${f.text}" -> "${f.replacement}"${f.note === '' ? '' : ` (${f.note})`}`,
        ],
        summary: `${DESCRIPTION[kind]}: "${f.text}"`,
        values: { phrase: f.text, replacement: f.replacement },
        // Words to leave out, not to replace, need other advice than "try X instead".
        ...(f.replacement === '' ? { situation: SITUATION[kind].drop } : {}),
      }));
    },
  });
  return [rule('jargon', 42), rule('hedging', 35), rule('over-formal', 38), rule('dismissive', 62)];
}

/** How many findings of a kind in one utterance are one pile to name (`piledUp`). */
const PILE: Partial<Record<LanguageIssueKind, number>> = {
  hedging: 2,
  jargon: 3,
  'over-formal': 3,
  dismissive: 2,
};

/** The summary of a pile of `n` findings of a kind (`phrases`, joined). */
const PILE_SUMMARY: Record<LanguageIssueKind, (n: number, phrases: string) => string> = {
  hedging: (n, phrases) => `the agent hedged ${n} times: ${phrases}`,
  jargon: (n, phrases) => `the agent used ${n} jargon terms at once: ${phrases}`,
  'over-formal': (n, phrases) => `the agent used ${n} stiff phrases at once: ${phrases}`,
  dismissive: (n, phrases) => `the agent sounded dismissive ${n} times at once: ${phrases}`,
};

/**
 * One match for an utterance with several findings of a kind (see `PILE`): it points at
 * the first, lists them all, and goes to the kind's `-many` situation (`hedging-many`,
 * `jargon-many`, `over-formal-many`, `dismissive-many`; values `times` and `phrases`; a
 * playbook without it uses `plain-language` with the first).
 */
function piledUp(
  kind: LanguageIssueKind,
  u: UtteranceView,
  hits: readonly LanguageIssue[],
): RuleMatch {
  const [first] = hits as [LanguageIssue, ...LanguageIssue[]];
  const phrases = joinWords(hits.map((f) => `"${f.text}"`));
  return {
    speaker: 'agent',
    span: { utteranceId: u.id, start: first.start, end: first.end, text: first.text },
    replacement: first.replacement,
    key: hits.map((f) => f.text.toLowerCase()).join(' '),
    matched: hits.map((f) => `${kind}: "${f.text}" -> "${f.replacement}"`),
    summary: PILE_SUMMARY[kind](hits.length, phrases),
    values: {
      phrase: first.text,
      replacement: first.replacement,
      phrases,
      times: String(hits.length),
    },
    situation: `${kind}-many`,
  };
}

/**
 * `jargon` on the customer's side: they asked what a term of the agent's means ("What's a
 * CPE?"; see `termAskedAbout`). The match points at the term in the agent's utterance and
 * goes to the `explain-term` situation (a playbook without it uses `plain-language`).
 */
function askedAbout(ctx: RuleContext, u: UtteranceView): RuleMatch | undefined {
  const term = termAskedAbout(ctx, u.text);
  if (term === undefined) return undefined;
  return {
    speaker: 'agent',
    span: term,
    // Its own key: the agent's use of the term may have fired a moment ago.
    key: `asked ${term.text.toLowerCase()}`,
    matched: [`the customer asked what "${term.text}" means: "${u.text}"`],
    utteranceIds: [term.utteranceId, u.id],
    summary: `the customer asked what "${term.text}" means`,
    values: { phrase: term.text },
    situation: 'explain-term',
  };
}

/**
 * The first jargon in the agent's utterance `said` that the customer did not say first,
 * with a plain replacement: what a customer who turns confused right after it is likely
 * confused by.
 * @internal
 */
export function jargonIn(
  ctx: RuleContext,
  checker: LanguageCheck,
  said: UtteranceView,
): LanguageIssue | undefined {
  return checker
    .check(said.text)
    .find((f) => f.kind === 'jargon' && f.replacement !== '' && !customerSaid(ctx, f.text));
}

/** Whether the customer said `term` in one of their recent utterances (see {@link saysTerm}). */
function customerSaid(ctx: RuleContext, term: string): boolean {
  const words = readText(term).tokens;
  if (words.length === 0) return false;
  for (const u of ctx.recent({ speaker: 'customer' })) {
    // "What's a CPE?" uses the term, but to ask what it is: it is still jargon to them.
    if (saysTerm(u.tokens, words) && askedTerm(u.text) === undefined) return true;
  }
  return false;
}

/**
 * Whether the folded word tokens `said` hold the words of `term` in a row, as one word
 * or its plural ("endpoint" and "endpoints", either way round).
 * @internal
 */
export function saysTerm(said: readonly Token[], term: readonly Token[]): boolean {
  return findTerm(said, term) !== undefined;
}
