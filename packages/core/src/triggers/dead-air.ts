import type { RuleContext, RuleDefinition, UtteranceView } from '../rules/rule-types.js';
import { createBuiltInPhraseMatcher, type PhraseMatcher } from '../text/phrase-matcher.js';
import { isNegativeState } from '../state/negative-states.js';
import { NUMBER_WORDS } from '../text/number-words.js';
import { firedSince } from './fired-since.js';
import type { TriggerOptions } from './trigger-options.js';

/** Words that say the agent is working on something: a silence to follow is expected. */
const WORKING: PhraseMatcher<true> = /* @__PURE__ */ createBuiltInPhraseMatcher<true>(
  [
    'let me (just)? (check|look|pull|see|run|find|get|bring|take a look|double check|have a look|search|open|try)',
    '(one|a|just a|give me a|give me one) (moment|second|sec|minute|mo)',
    'bear with me',
    "(i'm|i am|i'll|i will|i'll just|i'm just) (checking|looking|pulling|running|searching|opening|check|look|pull|run)",
    'while i (check|look|pull|run|search|find|get|load|open)',
    "(i'm|i am) (just)? going to (check|look|pull|run|search|test|reset|try|send|open)",
    '(run|running|do|doing) a (quick)? (test|check|line test|diagnostic|reset|scan)',
  ].map((pattern) => ({ pattern, value: true as const })),
);

/** Counts said in words that are not digits read out: "a minute", "a couple of minutes". */
const QUANTITY_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  'a couple of': 2,
  'a few': 3,
  'forty five': 45,
};

/** How many of a unit a word says: "a" 1, "thirty" 30, "45" 45. */
const countOf = (word: string): number =>
  QUANTITY_WORDS[word] ?? Number(NUMBER_WORDS.get(word) ?? word);

/** "about a minute", "30 seconds", "a couple of minutes": how long the agent said it takes. */
const HOW_LONG = new RegExp(
  `\\b(${[...Object.keys(QUANTITY_WORDS), ...NUMBER_WORDS.keys()]
    .sort((a, b) => b.length - a.length)
    .join('|')}|\\d{1,3})[\\s-]+(second|sec|minute|min)s?\\b`,
  'i',
);

/**
 * How long the agent said the work takes, ms ("it takes about a minute", "give me thirty
 * seconds"), or undefined where they said no time.
 * @internal
 */
export function statedWaitMs(text: string): number | undefined {
  const m = HOW_LONG.exec(text);
  if (m === null) return undefined;
  return countOf(m[1]!.toLowerCase()) * (m[2]!.toLowerCase().startsWith('s') ? 1000 : 60_000);
}

/** Words of an agent who leaves the customer to do something: a silence to follow is theirs. */
const WAITING: PhraseMatcher<true> = /* @__PURE__ */ createBuiltInPhraseMatcher<true>(
  [
    "(i'll|i will|i can|i'm happy to|i am happy to) (wait|hold|stay on the line)",
    '(take|take all) (your|the) time (you need)?',
    "(no|there is no|there's no) (rush|hurry)",
    "(i am|i'm) (still)? here when you (are|'re) ready",
  ].map((pattern) => ({ pattern, value: true as const })),
);

/** Words of a customer who goes to do something ("Hold on, let me find it."). */
const GOING: PhraseMatcher<true> = /* @__PURE__ */ createBuiltInPhraseMatcher<true>(
  [
    '(hold on|hang on|wait) (a|one)? (sec|second|moment|minute|mo)?',
    '(one|a|just a|give me a|give me one) (moment|second|sec|minute|mo)',
    "(let me|i'll|i will|i need to|i have to|i've got to) (just)? (get|find|grab|fetch|look for|go and get|go get|dig out|check|turn on|switch on|log in|open)",
  ].map((pattern) => ({ pattern, value: true as const })),
);

/** How soon after the agent's words a silence counts as announced by them. */
const ANNOUNCED_WITHIN_MS = 5_000;

/**
 * `dead-air`: nobody has spoken for `deadAirMs` during the call (not on hold or mute);
 * for `announcedDeadAirMs` where the silence follows the agent saying they are working on
 * something ("Let me run a line test.", "One moment while I pull that up."), within 5 s,
 * and the customer is not frustrated, confused or worried (an upset customer left in
 * silence needs to hear from the agent sooner); for as long as the agent said the work
 * takes ("I'm going to run a quick test on the line now, it takes about a minute"), where
 * that is longer than `announcedDeadAirMs`, up to `customerTaskDeadAirMs`, whatever the
 * mood; for `customerTaskDeadAirMs` while the customer does something, within 5 s of the
 * agent leaving them to it ("Could you get the phone? I'll wait.", "Take your time.") or
 * of them saying they are going to ("Hold on, let me find it.").
 * Fires once per silence, at the moment it became too long.
 * @public
 */
export function deadAirRule(
  options: Pick<TriggerOptions, 'deadAirMs' | 'announcedDeadAirMs' | 'customerTaskDeadAirMs'>,
): RuleDefinition {
  const { deadAirMs } = options;
  const announcedMs = Math.max(deadAirMs, options.announcedDeadAirMs);
  const customerTaskMs = Math.max(announcedMs, options.customerTaskDeadAirMs);
  // The allowance for the silence after `last`, worked out once per silence (the wake time
  // is asked for after most events; the customer's state is costly to read). What the
  // latest utterances say is read once per utterance, not once per silence.
  let forLast: number | undefined;
  let forSaid: UtteranceView | undefined;
  let forHeard: UtteranceView | undefined;
  let saidWorks = false;
  let saidTakes: number | undefined;
  let saidLeaves = false;
  let heardGoes = false;
  let allowed = deadAirMs;
  const allowedAfter = (ctx: RuleContext, last: number): number => {
    const said = ctx.lastUtterance('agent');
    const heard = ctx.lastUtterance('customer');
    if (last === forLast && said === forSaid && heard === forHeard) return allowed;
    forLast = last;
    if (said !== forSaid) {
      forSaid = said;
      saidWorks = said !== undefined && WORKING.test(said.text);
      saidTakes = saidWorks ? statedWaitMs(said!.text) : undefined;
      saidLeaves = said !== undefined && WAITING.test(said.text);
    }
    if (heard !== forHeard) {
      forHeard = heard;
      heardGoes = heard !== undefined && GOING.test(heard.text);
    }
    const saidLately = said !== undefined && last - said.endMs <= ANNOUNCED_WITHIN_MS;
    // The customer doing something: the silence is theirs, whatever their mood.
    if ((saidLately && saidLeaves) || (heardGoes && last - heard!.endMs <= ANNOUNCED_WITHIN_MS))
      allowed = customerTaskMs;
    // Work announced with how long it takes ("it takes about a minute"): that long, up to
    // the customer-task allowance, whatever the customer's mood: they know what to expect.
    // ("Just a second" says no more than that work is under way.)
    else if (saidLately && saidTakes !== undefined && saidTakes > announcedMs)
      allowed = Math.min(customerTaskMs, saidTakes);
    else
      allowed =
        saidLately && saidWorks && !isNegativeState(ctx.state('customer').state)
          ? announcedMs
          : deadAirMs;
    return allowed;
  };
  const due = (ctx: RuleContext): number | undefined => {
    const s = ctx.signals;
    const last = ctx.timers.lastSpeechEndMs;
    if (last === undefined || s.onHold || s.muted || s.callEndedAtMs !== undefined)
      return undefined;
    return firedSince(ctx, 'dead-air', last) ? undefined : last + allowedAfter(ctx, last);
  };
  return {
    id: 'dead-air',
    description: `no one spoke for ${Math.round(deadAirMs / 1000)} s`,
    on: ['timer'],
    priority: 50,
    cooldownMs: 0,
    wakeAtMs: due,
    when(ctx) {
      const at = due(ctx);
      const last = ctx.timers.lastSpeechEndMs;
      if (at === undefined || last === undefined || at > ctx.nowMs) return undefined;
      const seconds = Math.round((at - last) / 1000);
      return {
        atMs: at,
        key: String(last),
        matched: [
          `silence for ${seconds} s`,
          ...(at - last >= customerTaskMs && customerTaskMs > announcedMs
            ? ['while the customer was doing something']
            : at - last > deadAirMs
              ? ['after the agent said they were working on it']
              : []),
        ],
        summary: `the line was silent for ${seconds} s`,
      };
    },
  };
}
