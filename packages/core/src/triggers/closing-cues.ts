import { createBuiltInPhraseMatcher, type PhraseMatcher } from '../text/phrase-matcher.js';
import { memoizeByText } from '../util/text-memo.js';

/** The parts of a good close. @public */
export type ClosingItem = 'summary' | 'nextSteps' | 'anythingElse';

/** All closing items, in the order a good close has them. @public */
export const CLOSING_ITEMS: readonly ClosingItem[] = ['summary', 'nextSteps', 'anythingElse'];

const AGENT_ITEMS: PhraseMatcher<ClosingItem> = createBuiltInPhraseMatcher<ClosingItem>([
  ...[
    'to (recap|summarize|summarise|sum up|sum it up)',
    'just to (recap|summarize|summarise|confirm|go over|run through)',
    '(quick|brief) (recap|summary)',
    "so (today|what) (we|i) (have|'ve)? (did|done|covered|sorted|fixed)",
    "so (we've|we have|i've|i have) (refunded|fixed|updated|changed|cancelled|canceled|credited|reset|sorted|resolved)",
    '(in summary|to confirm what we did)',
    '(so|just|okay|ok)? to confirm',
  ].map((pattern) => ({ pattern, value: 'summary' as const })),
  ...[
    "you('ll| will| should) (see|get|receive|notice|have)",
    '(next step|next steps|what happens next|going forward)',
    "(i'll|i will|we'll|we will) (follow up|call you|email you|send you|text you|reach out|check back)",
    '(within|in the next) (a|one|two|three|four|five|seven|ten|#|a few|a couple of)? (hour|hours|day|days|business days|week|weeks)',
    '(by|on) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the end of)',
    "if (it|that|this) (doesn't|does not|hasn't|has not) (show|arrive|work|come)",
    '(confirmation|reference|case|ticket) number',
    '(your|the) next (statement|bill|invoice|payment|letter|email|text|step|steps|delivery)',
    "(it|that|this|they|the refund|the card|the letter)('ll| will) (arrive|be sent|be posted|be emailed|go|come|show up|appear|reach you|be there)",
    "(you|we)('ll| will) (be )?(sent|emailed|texted|notified|contacted)",
  ].map((pattern) => ({ pattern, value: 'nextSteps' as const })),
  ...[
    '(anything|something) else (i can|we can|i could)? (help|do|assist)',
    'is there anything else',
    'anything else (today|for you|on your mind)',
    '(any|other) (other)? questions',
    'what else can i',
  ].map((pattern) => ({ pattern, value: 'anythingElse' as const })),
]);

const WIND_DOWN: PhraseMatcher<'agent' | 'customer'> = createBuiltInPhraseMatcher<
  'agent' | 'customer'
>([
  ...[
    'have a (good|great|nice|lovely|wonderful) (one|day|evening|night|weekend|afternoon|morning)',
    'thanks? (you)? for (calling|contacting|reaching out|your call)',
    '(goodbye|good bye|bye bye|bye for now|take care)',
    '^bye',
  ].map((pattern) => ({ pattern: pattern.replace('^', ''), value: 'agent' as const })),
  ...[
    "(that's|that is|that'll be|that will be) (all|it|everything)",
    '(nothing|no) else',
    '(okay|ok|alright|all right) (great|perfect|thanks|thank you|cool|good)',
    '(sounds|that sounds) (good|great|perfect)',
    '(perfect|great|awesome) (thanks|thank you)',
    '(goodbye|good bye|bye)',
  ].map((pattern) => ({ pattern, value: 'customer' as const })),
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
export const closingItemsOf: (text: string) => readonly ClosingItem[] = memoizeByText((text) => {
  const out: ClosingItem[] = [];
  for (const m of AGENT_ITEMS.find(text)) if (!out.includes(m.value)) out.push(m.value);
  return out;
}, 64);

/** Which speakers' closing words a text holds. */
const windDownBy = memoizeByText((text) => {
  let agent = false;
  let customer = false;
  for (const m of WIND_DOWN.find(text)) {
    if (m.value === 'agent') agent = true;
    else customer = true;
  }
  return { agent, customer };
}, 16);

/** Whether an utterance by `speaker` signals that the call is winding down. @public */
export function isWindDown(speaker: 'agent' | 'customer', text: string): boolean {
  return windDownBy(text)[speaker];
}
