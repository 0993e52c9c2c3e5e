import { isNegator } from '../perception/baseline/modifiers.js';
import { isUnpunctuated } from '../text/chars.js';
import {
  createBuiltInPhraseMatcher,
  type PhraseMatch,
  type PhraseMatcher,
} from '../text/phrase-matcher.js';
import { readText } from '../text/text-reading.js';
import { countWords, wordAt } from '../text/tokenize.js';
import { memoizeByText } from '../util/text-memo.js';
import type { UtteranceView } from '../rules/rule-types.js';
import { readsTroubled } from './trouble.js';

/** The parts of a good close. @public */
export type ClosingItem = 'summary' | 'nextSteps' | 'anythingElse';

/** All closing items, in the order a good close has them. @public */
export const CLOSING_ITEMS: readonly ClosingItem[] = ['summary', 'nextSteps', 'anythingElse'];

/** Verbs of an action the agent finished ("refunded", "taken care of"). */
const DONE_VERBS: readonly string[] = [
  '(refunded|fixed|updated|changed|cancelled|canceled|credited|reset|sorted|resolved|removed|added|sent|processed|booked|scheduled|arranged|applied|waived|reversed)',
  '(issued|unlocked|restored|activated|submitted|escalated|ordered|replaced|corrected|approved|switched|done|paused|closed|blocked|extended|cleared|set up|set|taken care of|emailed|paid|settled|recalculated|adjusted|lowered|reduced)',
];
/** `pattern` for each list of {@link DONE_VERBS} (one list would make too long a pattern). */
const withDoneVerbs = (pattern: (verbs: string) => string): string[] => DONE_VERBS.map(pattern);

/** How many hours, days or weeks, in words or digits: "in two days", "within thirty days". */
const COUNT =
  '(a|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|twenty|twenty one|twenty eight|thirty|sixty|ninety|#|a few|a couple of)';

/** What a call may change the amount of: a payment, a bill, a price. */
const AMOUNT =
  '(payment|payments|monthly payment|direct debit|bill|balance|price|rate|plan|tariff|premium|fee|limit)';

const AGENT_ITEMS: PhraseMatcher<ClosingItem> =
  /* @__PURE__ */ createBuiltInPhraseMatcher<ClosingItem>([
    ...[
      'to (recap|summarize|summarise|sum up|sum it up)',
      'just to (recap|summarize|summarise|confirm|go over|run through)',
      '(quick|brief) (recap|summary)',
      "so (today|what) (we|i) (have|'ve)? (did|done|covered|sorted|fixed)",
      ...withDoneVerbs(
        (v) => `so (we've|we have|i've|i have) (just|now|also|gone ahead and)? ${v}`,
      ),
      ...withDoneVerbs(
        (v) => `so (the|your|that|this) * (is|are|was|were|has been|have been) (now|all)? ${v}`,
      ),
      "so (that's|that is|it's|it is|everything's|everything is) (all|now)? (done|sorted|fixed|resolved|set|taken care of)",
      '(in summary|to confirm what we did)',
      // A recap of what was agreed, where the rest is still to do: "So, I'll chase the
      // garage today and call you by five."
      "so (i'll|i will|we'll|we will) (chase|call|ring|email|text|send|fix|correct|book|schedule|order|replace|escalate|refund|credit|cancel|arrange|follow up|raise|pass)",
      '(so|just|okay|ok)? to confirm',
      // The outcome restated: "So your new payment is a hundred and thirty five pounds".
      // ("So the bill is a guess" explains; a new amount, or a changed one, restates.)
      `so (your|the) new ${AMOUNT} (is|are|will be|comes to)`,
      `so (your|the) ${AMOUNT} (is now|are now|will now be|now comes to|comes down to|goes down to|goes up to|drops to|stays at)`,
      // What went wrong, named: "it was down to the estimated readings".
      '(it|that|this|the problem|the issue|the fault|the charge) (was|were|had been) (all|just)? (caused by|down to|due to)',
    ].map((pattern) => ({ pattern, value: 'summary' as const })),
    ...[
      "you('ll| will| should) (see|get|receive|notice|have)",
      '(next step|next steps|what happens next|going forward|next time|from now on|in (the)? future)',
      "(i'll|i will|we'll|we will) (follow up|call you|email you|send you|text you|reach out|check back|close|cancel|post|process|refund|credit|let you know|be in touch|reopen|waive|arrange|make sure)",
      // Work promised for after the call: "I'll chase the garage today", "I will fix it".
      "(i'll|i will|we'll|we will) (chase|fix|correct|book|schedule|order|replace|escalate|pass (it|this|that) on|raise (a|the))",
      '(call|ring|phone|email|text) you (back)? (by|before|on|tomorrow|today|tonight|this (afternoon|evening|morning|week)|later today|first thing)',
      `in ${COUNT} (hour|hours|day|days|business days|working days|week|weeks)`,
      'once (we|you|it|they) (get|gets|receive|receives|hear back|arrive|arrives|come through|comes through)',
      '(starts|begins|renews|resumes|will start|will begin|will renew|will resume) (from)? (next|on|in|within|by|tomorrow|this)',
      `(within|in the next) ${COUNT}? (hour|hours|day|days|business days|working days|week|weeks)`,
      '(by|on) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the end of)',
      "if (it|that|this) (doesn't|does not|hasn't|has not) (show|arrive|work|come)",
      'if (it|that|this) (ever)? (happens|comes up) again',
      '(confirmation|reference|case|ticket) number',
      // How long it takes, and a note left for the next person: "Usually ten working days.
      // I'll put a note on the file today."
      `(usually|normally|typically|about|around|up to|it takes|takes) ${COUNT} (working|business)? (day|days|week|weeks)`,
      "(i'll|i will|i've|i have) (put|add|added|left|leave|make|made) a note (on|to) (the|your) (file|account|claim|case|record)",
      '(your|the) next (statement|bill|invoice|payment|letter|email|text|step|steps|delivery)',
      "(it|that|this|they|the refund|the card|the letter)('ll| will) (arrive|be sent|be posted|be emailed|go|come|show up|appear|reach you|be there)",
      "(you|we)('ll| will) (be )?(sent|emailed|texted|notified|contacted)",
      // What the customer can do now or then: "You can log in now", "you can email it when
      // you get it" (not an option offered mid-call: "you can pay by card").
      "you (can|should be able to|'ll be able to|will be able to|can now) (now|go ahead and|just)? (log|sign|use|access|try|start|pay|top|order|book|email|send|upload|call|check|see|download|reset|collect|pick|carry on|continue) * (now|again|straight away|right away|from now on|when you|once you|once it|after)",
      // What will not happen, or what the customer need not do: "you won't be charged again".
      "you (won't|will not) (be charged|be billed|see (another|any more|any further))",
      "you (don't|do not|won't|will not) (need|have) to (do anything|do a thing|pay anything|pay (it|that|this)|call (us)? back|worry)",
      '(your|the) (access|service|plan|subscription|account|cover|coverage|membership|policy) (continues|stays|remains|runs|ends|will continue|will stay|will remain|will end|is active) (active|open|on)? (until|till|through|to the end)',
      // From when a change holds, and what stays: "from next month", "the credit stays on
      // the account".
      '(from|starting|as of|starting from) (next|your next|the next|this) (month|week|bill|statement|payment|billing month)',
      '(stays|remains|will stay|will remain|sits|will sit) (on|in) (your|the) (account|balance|bill)',
    ].map((pattern) => ({ pattern, value: 'nextSteps' as const })),
    ...[
      '(anything|something) else (i can|we can|i could)? (help|do|assist)',
      'is there anything else',
      'anything else (today|for you|on your mind)',
      '(any|other) (other)? questions',
      'what else can i',
    ].map((pattern) => ({ pattern, value: 'anythingElse' as const })),
  ]);

/** Who a closing phrase closes for: the agent, the customer, or a customer's acknowledgement. */
type WindDown = 'agent' | 'customer' | 'acknowledgement';

const WIND_DOWN: PhraseMatcher<WindDown> = /* @__PURE__ */ createBuiltInPhraseMatcher<WindDown>([
  ...[
    'have a (good|great|nice|lovely|wonderful) (one|day|evening|night|weekend|afternoon|morning)',
    'thanks? (you)? for (calling|contacting|reaching out|your call)',
    '(goodbye|good bye|bye bye|bye for now|take care)',
    '^bye',
  ].map((pattern) => ({ pattern: pattern.replace('^', ''), value: 'agent' as const })),
  ...[
    "(that's|that is|that'll be|that will be) (all|it|everything)",
    '(nothing|no) else',
    '(goodbye|good bye|bye)',
  ].map((pattern) => ({ pattern, value: 'customer' as const })),
  // Said to close, and as often to anything the agent says mid-call ("Let me pull that
  // up." "Okay, great."): a close only after the agent reports something done.
  ...[
    '(okay|ok|alright|all right) (great|perfect|thanks|thank you|cool|good)',
    '(sounds|that sounds) (good|great|perfect)',
    '(perfect|great|awesome) (thanks|thank you)',
  ].map((pattern) => ({ pattern, value: 'acknowledgement' as const })),
]);

/** Who says what: "it's", "you're", "everything's"... */
const IT_IS =
  "(it's|that's|it is|that is|this is|you're|you are|we're|we are|everything's|everything is|it's been|that's been)";

/**
 * An agent reporting that something is done, after which a customer's "okay, great"
 * closes the call rather than acknowledging a step: `named` where the words say what was
 * done ("I've refunded it", "the refund has been processed", "you're rebooked"),
 * `generic` where they do not ("you're all set", "all done", "I was able to...").
 */
const DONE: PhraseMatcher<'named' | 'generic'> = /* @__PURE__ */ createBuiltInPhraseMatcher<
  'named' | 'generic'
>([
  ...[
    ...withDoneVerbs(
      (v) => `(i've|i have|we've|we have) (just|now|also|already|gone ahead and)? ${v}`,
    ),
    ...withDoneVerbs((v) => `(i|we) (just|also|already)? ${v} (it|that|this|the|your|you)`),
    ...withDoneVerbs((v) => `(has|have|had) (now|just|already)? been ${v}`),
    `${IT_IS} (all|now)? (processed|cancelled|canceled|refunded|updated|removed|rebooked|booked|renewed|unlocked|reset)`,
    '(is|are) (all|now)? (processed|cancelled|canceled)',
  ].map((pattern) => ({ pattern, value: 'named' as const })),
  ...[
    `${IT_IS} (all|now)? (done|sorted|fixed|resolved|set|all set|taken care of|gone through|through|good to go|on its way)`,
    '(is|are) (all|now)? (done|complete|completed|sorted|fixed|resolved|through)',
    '(all done|there we go|there you go|good news|was able to|were able to|managed to)',
  ].map((pattern) => ({ pattern, value: 'generic' as const })),
]);

/** The closing items an agent utterance covers. @public */
export function closingItemsIn(text: string): ClosingItem[] {
  return [...closingItemsOf(text)];
}

/**
 * {@link closingItemsIn}, remembered for recent texts (shared, not to be changed): the
 * agent's recent utterances are read again at every closing moment and every snapshot.
 * @internal
 */
export const closingItemsOf = (text: string): readonly ClosingItem[] => readClose(text).items;

/**
 * Whether an agent utterance asks "anything else?" and closes the call before the
 * customer can answer: it answers for them ("Anything else? No? Great, have a good
 * day.") or says goodbye ("Is there anything else I can help with? Thanks for calling!").
 * Such an ask is not the genuine one a close needs (see {@link closingItemsOf}).
 * @internal
 */
export const rushesAnythingElse = (text: string): boolean => readClose(text).rushed;

/**
 * The closing items of one agent utterance, and whether it rushed an "anything else?"
 * (an ask closed in the same breath is not a question, so not an item).
 */
const readClose = /* @__PURE__ */ memoizeByText((text) => {
  const items: ClosingItem[] = [];
  let rushed = false;
  const askAt = (end: number): void => {
    if (!leftOpen(text, end)) rushed = true;
    else if (!items.includes('anythingElse')) items.push('anythingElse');
  };
  for (const m of AGENT_ITEMS.find(text)) {
    if (m.value === 'anythingElse') askAt(m.end);
    else if (!items.includes(m.value)) items.push(m.value);
  }
  const end = anythingElseEnd(text);
  if (end >= 0) askAt(end);
  return { items, rushed };
}, 64);

/** An answer the agent gives for the customer right after asking: "No?", "If not, ...". */
const SELF_ANSWER = /^[\s,.!?-]*(?:no|nope|nothing|if not|no worries)\b/i;

/**
 * Whether the words after an "anything else" ask that ends at `end` leave the customer
 * room to answer: they neither answer it for them nor close the call.
 */
function leftOpen(text: string, end: number): boolean {
  const rest = text.slice(end);
  if (!/[\p{L}\p{N}]/u.test(rest)) return true;
  return !SELF_ANSWER.test(rest) && !windDownBy(rest).agent;
}

/** How long a call may last for a report of what was done to stand as its summary. @internal */
export const SHORT_CALL_MS = 180_000;

/**
 * The closing items that agent utterances cover between them, in a call that has lasted
 * `callMs` so far. In a short call (up to 3 minutes) a report that says what was done
 * ("I've cancelled it.", "Done, you're rebooked.") is the summary: there is one thing to
 * sum up, and that says it ("You're all set." does not). In a call of any length, the
 * resolution the agent stated last is the summary (see {@link statesResolution}). Where
 * the agent reported nothing done in the call (`reportedDone` false), the next steps they
 * confirm are the summary: nothing was resolved yet, and they say what was agreed. The
 * `closing-checklist` trigger and the report's checklist both read the close this way,
 * from the agent's and the customer's utterances of its last two minutes.
 * @internal
 */
export function closingItemsSaid(
  agentSaid: readonly UtteranceView[],
  customerSaid: readonly UtteranceView[],
  callMs: number,
  reportedDone: boolean,
): Set<ClosingItem> {
  const seen = new Set<ClosingItem>();
  for (const { text } of agentSaid) {
    for (const item of closingItemsOf(text)) seen.add(item);
    if (callMs <= SHORT_CALL_MS && namesDone(text)) seen.add('summary');
  }
  // Where nothing was reported done in the call, nothing was resolved yet: the next steps
  // confirmed ("Send the photo, and I will fix it in two days.") sum up what was agreed.
  if (!reportedDone && seen.has('nextSteps')) seen.add('summary');
  if (!seen.has('summary') && statesResolution(agentSaid, customerSaid)) seen.add('summary');
  return seen;
}

/**
 * Whether the agent's last words before the close state the resolution: after the
 * customer's last question or complaint of the close's two minutes, they said what was
 * done and what happens next ("We'll refund you today and a courier will collect on
 * Monday... I've added a voucher for the trouble, you'll get an email"), and the customer
 * asked nothing more. Said just before the close, in answer to what the customer raised,
 * that is the summary: asking for a recap then asks the agent to repeat what the customer
 * has just accepted. (Where the customer raised nothing in those two minutes, the call's
 * problem was discussed earlier, and a report of the last step does not sum it up.)
 */
function statesResolution(
  agentSaid: readonly UtteranceView[],
  customerSaid: readonly UtteranceView[],
): boolean {
  let openUntil = -Infinity;
  for (const c of customerSaid) {
    if (c.isQuestion || readsTroubled(c)) openUntil = Math.max(openUntil, c.endMs);
  }
  if (openUntil === -Infinity) return false;
  let done = false;
  let next = false;
  for (const a of agentSaid) {
    if (a.startMs < openUntil) continue;
    done ||= namesDone(a.text);
    next ||= closingItemsOf(a.text).includes('nextSteps');
  }
  return done && next;
}

/** A bare "Anything else?" asked (a phrase pattern cannot see the question mark). */
const ASKED_ANYTHING_ELSE = /\banything else\s*\?/i;

/**
 * Where a bare "anything else?" that `text` asks ends, or -1: with its question mark, or,
 * in a transcript without punctuation, as its last words ("i'll email you when the fix is
 * out anything else"), unless they end a list ("or anything else") or a negation says
 * there is nothing else ("we can't do anything else").
 */
function anythingElseEnd(text: string): number {
  const asked = ASKED_ANYTHING_ELSE.exec(text);
  if (asked !== null) return asked.index + asked[0].length;
  if (!isUnpunctuated(text)) return -1;
  const { tokens } = readText(text);
  const n = tokens.length;
  if (n < 2 || wordAt(tokens, n - 2) !== 'anything' || wordAt(tokens, n - 1) !== 'else') {
    return -1;
  }
  // "... by card or anything else" ends a list.
  if (LIST_END.has(wordAt(tokens, n - 3))) return -1;
  for (let k = Math.max(0, n - 5); k < n - 2; k++) if (isNegator(tokens[k]!.text)) return -1;
  return text.length;
}

const LIST_END: ReadonlySet<string> = new Set(['or', 'and', 'nor']);

/** Which speakers' closing words a text holds. */
const windDownBy = /* @__PURE__ */ memoizeByText((text) => {
  let agent = false;
  let customer = false;
  let acknowledgement = false;
  for (const m of WIND_DOWN.find(text)) {
    if (m.value === 'agent') agent = true;
    else if (m.value === 'customer') customer = true;
    else acknowledgement = true;
  }
  return { agent, customer, acknowledgement };
}, 16);

/**
 * Whether an utterance by `speaker` holds words that close a call. For the customer
 * these include acknowledgements ("okay, great", "sounds good"), which the coach counts
 * as a close only right after the agent reports something done.
 * @public
 */
export function isWindDown(speaker: 'agent' | 'customer', text: string): boolean {
  return windDownOf(speaker, text) !== undefined;
}

/**
 * How an utterance by `speaker` closes the call: `'close'` ("that's all", "bye"),
 * `'acknowledgement'` (the customer's "okay, great", a close only after something was
 * done), or undefined.
 * @internal
 */
export function windDownOf(
  speaker: 'agent' | 'customer',
  text: string,
): 'close' | 'acknowledgement' | undefined {
  const w = windDownBy(text);
  if (speaker === 'agent') return w.agent ? 'close' : undefined;
  return w.customer ? 'close' : w.acknowledgement ? 'acknowledgement' : undefined;
}

/**
 * Whether an agent utterance reports something done or settled: a finished action ("I've
 * refunded the charge", "you're all set") or a part of a close (a summary, next steps,
 * "anything else?").
 * @internal
 */
export function isDoneReport(text: string): boolean {
  return closingItemsOf(text).length > 0 || reportsDone(text);
}

/**
 * Whether an agent utterance reports a finished action ("I've refunded the charge",
 * "you're all set", "the refund has been processed"). Remembered for recent texts: each
 * closing moment asks it of every recent agent utterance again.
 * @internal
 */
export const reportsDone: (text: string) => boolean = /* @__PURE__ */ memoizeByText(
  (text) => DONE_FIRST.test(text) || (DONE.test(text) && doneSaid(text).length > 0),
  64,
);

/**
 * The reports of something done in a text, without those in a clause of time or
 * condition: "so you can stay online until it's fixed", "once it's processed" and "if
 * it's not sorted" say what is still to come.
 */
function doneSaid(text: string): PhraseMatch<'named' | 'generic'>[] {
  return DONE.find(text).filter(
    (m) => !NOT_YET.test(text.slice(Math.max(0, m.start - 48), m.start)),
  );
}

/**
 * The words that make a report of something done one still to come, with up to three
 * words of its subject between ("when the refund has been processed"), in one clause.
 */
const NOT_YET =
  /\b(?:until|till|til|once|when|whenever|after|before|if|unless|soon as)\s+(?:[\w']+\s+){0,3}$/i;

/** Whether an agent utterance reports a finished action and says what it was ("I've cancelled it"). */
function namesDone(text: string): boolean {
  if (doneSaid(text).some((m) => m.value === 'named')) return true;
  // "Done, you're on unlimited from the fifth.": what follows a first "done" in its
  // sentence says what ("Done. You'll see it Friday." does not).
  const first = DONE_FIRST.exec(text);
  if (first === null) return false;
  const sentence = /^[^.!?]*/.exec(text.slice(first[0].length))![0];
  return countWords(sentence) >= MIN_DONE_WORDS;
}

/** Words after a first "Done," that say what was done. */
const MIN_DONE_WORDS = 3;

/** "Done." or "All done, ..." said first (a bare "done" elsewhere is often "not done yet"). */
const DONE_FIRST = /^\W*(?:(?:ok|okay|right|and|so)\W+)?(?:all\s+)?done\b/i;
