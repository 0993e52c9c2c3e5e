import type { AdoptionExpectation } from '../playbook/playbook-types.js';
import type { UtteranceView } from '../rules/rule-types.js';
import { closingItemsOf } from '../triggers/closing-cues.js';
import { limitsOnly, offersAlternative } from '../triggers/policy-limitation.js';
import { actsOnAsk, takesOnAsk, type Ask } from '../triggers/repeated-request.js';
import { answersPlainly, explainsPlainly, type AgentCue } from './agent-cues.js';

/**
 * What adoption reads of one agent utterance, made once and read for every nudge it may
 * act on: the utterance, its agent cues (`agentCuesIn`), the language checker's reading
 * of it by kind (read only when asked), the customer's latest ask it may answer (see
 * `askIn`; worked out only when asked) and their last words.
 * @internal
 */
export interface AgentWords {
  readonly u: UtteranceView;
  readonly cues: ReadonlySet<AgentCue>;
  hasLanguageIssue(kind: string): boolean;
  customerAsk(): Ask | undefined;
  /** What the customer said last, before these words. */
  readonly customerSaid: string | undefined;
}

/**
 * How an agent's words answer a customer's frustration or worry: they acknowledge it
 * ("I understand, I'm sorry"; not as the lead into a limitation with nothing offered
 * instead, see `limitsOnly`), or, for frustration (`frustrated`), they do what the
 * frustrated customer asked for ("I want to cancel." ... "I've cancelled it now."): that
 * answers the frustration as well as words would. Worry needs the words. Undefined when
 * they do neither.
 * @internal
 */
export function answersFeeling(
  w: AgentWords,
  frustrated: boolean,
): 'acknowledged it' | 'did what they asked' | undefined {
  // "I understand. Unfortunately I'm not able to change it." leads into a no.
  if (w.cues.has('acknowledge') && !limitsOnly(w.u.text)) return 'acknowledged it';
  if (!frustrated) return undefined;
  const ask = w.customerAsk();
  return ask !== undefined && takesOnAsk(w.u.text, ask) ? 'did what they asked' : undefined;
}

/**
 * How an agent's words answer a customer's confusion: simpler words or a check-in
 * (`simplified`), or a plain direct answer to the question they asked (see
 * `answersPlainly`); undefined when they do neither, or say it with jargon or stiff
 * wording.
 * @internal
 */
export function simplifies(w: AgentWords): 'simplified' | 'answered plainly' | undefined {
  // "Basically the router's SSID might not be broadcasting, or there's an IP conflict on
  // the subnet." says "basically" and simplifies nothing.
  if (w.hasLanguageIssue('jargon') || w.hasLanguageIssue('over-formal')) return undefined;
  if (
    w.cues.has('simplify') ||
    w.cues.has('check-in') ||
    explainsPlainly(w.u.text, w.u.wordCount)
  ) {
    return 'simplified';
  }
  return answersPlainly(w.u.text, w.customerSaid) ? 'answered plainly' : undefined;
}

/**
 * How an agent's utterance acts on what a nudge expects, in words for the report, or
 * undefined when it does not. `trigger` is the nudge's (its language issue, for
 * `plain-words`; a frustration nudge is also acted on by doing what was asked, see
 * {@link answersFeeling}); `paceLimit` the pace a `slow-down` nudge asked for. Suggested
 * phrases the agent used are judged by the tracker, which knows the phrases a shown
 * nudge offered.
 * @internal
 */
export function actedOn(
  expect: AdoptionExpectation,
  trigger: string,
  w: AgentWords,
  paceLimit?: number,
): string | undefined {
  const { u, cues, hasLanguageIssue } = w;
  // What the agent said, quoted where it is cited (built only then).
  const quote = (): string => `"${u.text.length > 80 ? `${u.text.slice(0, 77)}...` : u.text}"`;
  switch (expect) {
    case 'acknowledge': {
      const how = answersFeeling(w, trigger === 'frustration-rising');
      return how === undefined
        ? undefined
        : how === 'acknowledged it'
          ? `the agent acknowledged: ${quote()}`
          : `the agent did what was asked: ${quote()}`;
    }
    case 'simplify': {
      const how = simplifies(w);
      return how === undefined
        ? undefined
        : how === 'simplified'
          ? `the agent simplified or checked understanding: ${quote()}`
          : `the agent answered the question plainly: ${quote()}`;
    }
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
    case 'warm-transfer':
      return cues.has('warm-transfer')
        ? `the agent made it a warm transfer: ${quote()}`
        : undefined;
    case 'offer-alternative':
      return offersAlternative(u.text) ? `the agent said what they can do: ${quote()}` : undefined;
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
 * the agent acknowledged, simplified, checked in, reinforced, did what was asked, said
 * what they can do, spoke or slowed down. A closing nudge may still miss another item,
 * and a plain-words nudge still teaches the plainer word, so those stay.
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
  'warm-transfer',
  'offer-alternative',
]);
