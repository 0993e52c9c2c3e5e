import type { RuleDefinition } from '../rules/rule-types.js';
import { foldText } from '../text/fold.js';
import { firedSince } from './fired-since.js';
import { matchUtterance, phraseTable } from './phrase-rule.js';

const CUSTOMER = /* @__PURE__ */ phraseTable({
  manager: [
    '(speak|talk|speaking|talking) (to|with) (a|your|the|someone|somebody)? (manager|supervisor|boss|team lead|higher up)',
    '(get|give|put) me (a|your|the)? (manager|supervisor)',
    '(want|need|like) (a|your|the) (manager|supervisor)',
    '(is|are) (there|your) (a|any)? (manager|supervisor) (available|around|there)',
    'escalate (this|it|my case|my complaint)',
    'someone (higher up|in charge|more senior)',
  ],
  human: [
    '(speak|talk|chat|speaking|talking|chatting|contact|contacting|reach|get through) (to|with)? (a|an|the|your|some)? (real|actual|live|human|proper|bloody|fucking|damn)? (person|human|human being|agent|human agent|operator|representative|rep|customer service agent|customer service rep)',
    '(want|need|get|give me) (a|an) (real|actual|live|human) (person|human|agent|operator|representative)',
    '(get|give) me (an|the) (operator|representative)',
  ],
  // Said on its own ("Real person.", "A live human, please."), not in passing ("Oh great,
  // a real person.", "Are you a real person?"): see BARE_ASK.
  bare: ['(real|actual|live) (person|human)', 'not a (bot|robot|machine)'],
  department: [
    '(transfer|put) me (to|through to)',
    '(transfer|connect) me',
    // "add another person to my plan" is not a transfer: the person needs a request verb.
    '(speak|talk|chat|get|need|want|like|transfer me|put me through|connect me|send me) (to|with)? (another|a different|the right|the correct) (department|team|person|agent|representative|rep)',
    '(speak|talk|chat) (to|with) (someone|somebody) (else|real|who (knows|can actually|actually))',
    // A department named after a request ("get me the billing team"), not in passing
    // ("the billing department sent me a letter").
    '(speak|talk|get|need|want|connect me|put me through|transfer me|send me) (to|with)? (the|your|a)? (billing|technical|tech support|cancellations|cancellation|retention|claims|fraud|sales) (department|team)',
    // "I need to talk to someone in billing"
    '(speak|talk|chat) (to|with) (someone|somebody|a person|anyone|whoever) (in|from|at) (the|your)? (billing|technical|tech support|cancellations|cancellation|retention|claims|fraud|sales|accounts|collections)',
  ],
});

const AGENT = /* @__PURE__ */ phraseTable({
  transfer: [
    "(let me|i'll|i will|i'm going to|i am going to|i need to|i can) (transfer|connect|put) you (to|through|over)",
    "(let me|i'll|i will|i'm going to) transfer (your call|you)",
    '(transferring|connecting) you (now|to|over)',
  ],
});

/** Whether an agent utterance starts a transfer ("I'm going to transfer you to claims."). @internal */
export const startsTransfer = (text: string): boolean => AGENT.test(text);

const EARLIER = /(?:^|\s)(?:was|were|been|already|had)\s+$/;
/** What may come before a bare ask in its sentence: fillers only ("Um, a real person."). */
const BARE_ASK = /(?:^|[.!?])[\s,]*(?:(?:um|uh|ok|okay|hi|hello|just|please|a|an|i said)[\s,]+)*$/;

const describeAsk = (label: string, text: string): string =>
  label === 'manager'
    ? `customer asked for a manager: "${text}"`
    : label === 'human' || label === 'bare'
      ? `customer asked for a person: "${text}"`
      : `customer asked to be transferred: "${text}"`;
// "I don't want to speak to a manager, I just want it fixed" is not an ask, and neither
// is a report of an earlier call ("I was talking to an agent yesterday"), nor "a real
// person" said in passing ("Oh great, a real person.").
const ASK_OPTIONS = {
  negatable: true,
  rejectBefore: (before: string, label: string) =>
    EARLIER.test(before) || (label === 'bare' && !BARE_ASK.test(before)),
};
const describeTransfer = (_label: string, text: string): string =>
  `agent started a transfer: "${text}"`;

// A transfer the agent sets up well says who takes over and why: "Ownership changes are
// handled by our business team. I'll transfer you to them now."
const NAMES_WHO =
  /\b(?:team|department|supervisor|manager|specialist|colleague|expert|desk|unit)s?\b/;
const SAYS_WHY =
  /\b(?:because|since|so (?:that )?they can|who (?:can|will|handles?|deals?|looks?)|(?:is|are) handled by|handles?|deals? with|speciali[sz]es?|can (?:help|sort|fix|do|look)|(?:the )?right (?:people|person|team))\b/;

/** Transfers to a system, not a person: a secure payment line, an automated line, a survey. */
const TO_A_MACHINE =
  /\b(?:(?:secure|automated|card|payment|pay)\s+(?:payment\s+)?(?:line|system|service|ivr)|(?:short|quick|customer)?\s*survey|payment\s+(?:line|system|service|ivr))\b/;

/**
 * How long a transfer asked for or begun in words covers what follows: the agent's
 * transfer in words after an ask, and the platform's transfer signal.
 */
const COVERED_MS = 5 * 60_000;

/**
 * `transfer-request`: the customer asks for a supervisor, a manager, a human or another
 * department, or the agent starts a transfer (in words or with a `transfer` signal). A
 * transfer the agent begins goes to the playbook's `agent-transfer` situation: it fires
 * only when the agent's words do not already say who takes over and why, and neither
 * for the answer to an ask nor for the signal of a transfer asked for or begun in words
 * in the last 5 minutes.
 * @public
 */
export function transferRequestRule(): RuleDefinition {
  return {
    id: 'transfer-request',
    description: 'the customer asked to be transferred, or the agent started a transfer',
    on: ['utterance', 'signal'],
    priority: 80,
    cooldownMs: 60_000,
    when(ctx) {
      const e = ctx.event;
      if (ctx.kind === 'signal') {
        if (e?.type !== 'signal' || e.kind !== 'transfer') return undefined;
        // The transfer someone asked for was nudged then; one the agent began in words
        // was nudged then, or set up well.
        if (firedSince(ctx, 'transfer-request', ctx.nowMs - COVERED_MS)) return undefined;
        const said = ctx.recent({ speaker: 'agent', withinMs: COVERED_MS });
        if (said.some((u) => startsTransfer(u.text))) return undefined;
        return {
          matched: ['transfer signal'],
          ...(e.by === undefined ? {} : { speaker: e.by }),
          summary: 'a transfer started',
          situation: 'agent-transfer',
        };
      }
      const customer = matchUtterance(ctx, 'customer', CUSTOMER, describeAsk, ASK_OPTIONS);
      if (customer !== undefined) {
        // Every ask counts, also those inside the cooldown; the agent's transfers don't.
        const times = ctx.occurrences('transfer-request:customer-ask', 5 * 60_000);
        return {
          ...customer,
          key: 'customer',
          summary:
            times > 1
              ? `the customer asked to be transferred (${times} times in 5 minutes)`
              : 'the customer asked to be transferred',
        };
      }
      const agent = matchUtterance(ctx, 'agent', AGENT, describeTransfer);
      if (agent === undefined) return undefined;
      const said = foldText(ctx.utterance!.text);
      if (NAMES_WHO.test(said) && SAYS_WHY.test(said)) return undefined;
      // A secure payment line or a survey takes no handover: nobody to brief.
      if (TO_A_MACHINE.test(said)) return undefined;
      // The answer to an ask nudged a moment ago ("Of course, I can transfer you to sales.").
      if (firedSince(ctx, 'transfer-request', ctx.nowMs - COVERED_MS)) return undefined;
      return {
        ...agent,
        key: 'agent',
        summary: 'the agent started a transfer',
        situation: 'agent-transfer',
      };
    },
  };
}
