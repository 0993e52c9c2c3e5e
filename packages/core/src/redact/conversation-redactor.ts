import type { TonvoEvent } from '../events/types.js';
import { findContextCues, mayHoldCue, type AskedKind } from './pii-context.js';
import { redactEventChecked, type RedactEventOptions } from './redact-event.js';
import { checkRedactOptions, type CheckedRedactOptions } from './redact-text.js';
import { parseTonvoEvent } from '../events/validate.js';

/** How long an agent's ask for a number covers the customer's answer. */
const ANSWER_WITHIN_MS = 60_000;
/** Conversations remembered at once (a file may interleave many); the oldest is dropped. */
const MAX_CONVERSATIONS = 10_000;

/** What the agent last asked the customer for, in one conversation. */
interface Ask {
  readonly kind: AskedKind;
  readonly atMs: number;
}

/**
 * Redacts a conversation's events in order, like {@link redactEvent}, and hears what the
 * agent asks for: after "Can I take your card number, please?" the customer's answer
 * ("It's 4929 1234 5678 9012.") is read as a card number, though no cue in its own words
 * says so and the digits fail the Luhn check (a misheard digit). An agent utterance whose
 * last cue asks for a card, a security code, an expiry date, a social security number or
 * a phone number covers the customer's utterances (partials too) until the agent speaks
 * again or a minute has passed. Conversations are told apart by `conversation`.
 *
 * @example
 * ```ts
 * const redact = createConversationRedactor();
 * for (const e of events) store(redact(e));
 * ```
 * @throws TonvoError `invalid-option` for wrong options (at once).
 * @public
 */
export function createConversationRedactor(
  options: RedactEventOptions = {},
): <E extends TonvoEvent>(event: E) => E {
  const redact = conversationRedactorChecked(checkRedactOptions(options));
  // An utterance that is not well formed would come back unredacted, looking done: it is
  // refused instead (as by `redactEvent`).
  return <E extends TonvoEvent>(event: E): E =>
    parseTonvoEvent(event).type === 'utterance' ? redact(event) : event;
}

/**
 * {@link createConversationRedactor} with options already checked, for events already
 * validated: what the coach redacts with (`oneConversation`: all events are one
 * conversation, whatever their `conversation` says).
 * @internal
 */
export function conversationRedactorChecked(
  checked: CheckedRedactOptions,
  oneConversation = false,
): <E extends TonvoEvent>(event: E) => E {
  const asks = new Map<string, Ask | undefined>();
  return <E extends TonvoEvent>(event: E): E => {
    if (event.type !== 'utterance') return event;
    // (A coach's events are one conversation, whether they say so or not.)
    const key = oneConversation ? '' : (event.conversation ?? '');
    if (event.speaker === 'customer') {
      const ask = asks.get(key);
      const asked =
        ask !== undefined && event.startMs - ask.atMs <= ANSWER_WITHIN_MS ? ask.kind : undefined;
      return redactEventChecked(event, checked, asked);
    }
    const out = redactEventChecked(event, checked);
    if (out.type === 'utterance' && out.final) {
      if (!asks.has(key) && asks.size >= MAX_CONVERSATIONS) {
        asks.delete(asks.keys().next().value!);
      }
      // (Read before redaction: a number the agent gave is no ask.)
      asks.set(key, askIn(event.text, out.endMs));
    }
    return out;
  };
}

/**
 * What an agent utterance asks the customer for: the kind of its last cue, where no
 * digits follow it (the agent did not give the number themselves).
 */
function askIn(text: string, atMs: number): Ask | undefined {
  if (!mayHoldCue(text)) return undefined;
  const cues = findContextCues(text);
  const last = cues[cues.length - 1];
  if (last === undefined || last.kind === 'none' || /\d/.test(text.slice(last.end))) {
    return undefined;
  }
  return { kind: last.kind, atMs };
}
