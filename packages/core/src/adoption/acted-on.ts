import type { AdoptionExpectation } from '../playbook/playbook-types.js';
import type { UtteranceView } from '../rules/rule-types.js';
import { closingItemsOf } from '../triggers/closing-cues.js';
import { actsOnAsk } from '../triggers/repeated-request.js';
import { explainsPlainly, type AgentCue } from './agent-cues.js';

/**
 * How an agent's utterance acts on what a nudge expects, in words for the report, or
 * undefined when it does not. `trigger` is the nudge's (its language issue, for
 * `plain-words`); `cues` are the agent cues of the text (`agentCuesIn`);
 * `hasLanguageIssue` the language checker's reading of it by kind; `paceLimit` the pace a
 * `slow-down` nudge asked for. Suggested phrases the agent used are judged by the tracker,
 * which knows the phrases a shown nudge offered.
 * @internal
 */
export function actedOn(
  expect: AdoptionExpectation,
  trigger: string,
  u: UtteranceView,
  cues: ReadonlySet<AgentCue>,
  hasLanguageIssue: (kind: string) => boolean,
  paceLimit?: number,
): string | undefined {
  // What the agent said, quoted where it is cited (built only then).
  const quote = (): string => `"${u.text.length > 80 ? `${u.text.slice(0, 77)}...` : u.text}"`;
  switch (expect) {
    case 'acknowledge':
      return cues.has('acknowledge') ? `the agent acknowledged: ${quote()}` : undefined;
    case 'simplify':
      return cues.has('simplify') ||
        cues.has('check-in') ||
        explainsPlainly(u.text, u.wordCount, hasLanguageIssue)
        ? `the agent simplified or checked understanding: ${quote()}`
        : undefined;
    case 'check-in':
      return cues.has('check-in') || u.isQuestion ? `the agent checked in: ${quote()}` : undefined;
    case 'reinforce':
      return cues.has('reinforce') ? `the agent reinforced the moment: ${quote()}` : undefined;
    case 'close': {
      const items = closingItemsOf(u.text);
      return items.includes('anythingElse') || items.includes('summary')
        ? `the agent closed properly: ${quote()}`
        : undefined;
    }
    case 'slow-down':
      return u.wordsPerMinute !== undefined &&
        u.wordCount >= 6 &&
        paceLimit !== undefined &&
        u.wordsPerMinute <= paceLimit
        ? `the agent slowed to ${Math.round(u.wordsPerMinute)} words/min`
        : undefined;
    case 'speak':
    case 'hold-update':
      return `the agent spoke: ${quote()}`;
    case 'act':
      return actsOnAsk(u.text) ? `the agent did what was asked: ${quote()}` : undefined;
    case 'let-finish':
      return undefined;
    case 'plain-words':
      return u.wordCount >= 4 && !hasLanguageIssue(trigger)
        ? `the agent's next words were plain: ${quote()}`
        : undefined;
    case 'none':
      return undefined;
  }
}

/**
 * Expectations that, met before a held-back nudge is shown, leave nothing for it to ask:
 * the agent acknowledged, simplified, checked in, reinforced, did what was asked, spoke
 * or slowed down. A closing nudge may still miss another item, and a plain-words nudge
 * still teaches the plainer word, so those stay.
 * @internal
 */
export function doneBeforeShown(expect: AdoptionExpectation): boolean {
  return DONE_BEFORE_SHOWN.has(expect);
}

const DONE_BEFORE_SHOWN: ReadonlySet<AdoptionExpectation> = new Set<AdoptionExpectation>([
  'acknowledge',
  'simplify',
  'check-in',
  'reinforce',
  'act',
  'speak',
  'hold-update',
  'slow-down',
]);
