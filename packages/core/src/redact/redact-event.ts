import type { TonvoEvent, UtteranceEvent, WordTiming } from '../events/types.js';
import { parseTonvoEvent, utteranceEvent } from '../events/validate.js';
import type { AskedKind } from './pii-context.js';
import { mayContainPii } from './pii-prefilter.js';
import {
  checkRedactOptions,
  redactTextChecked,
  type CheckedRedactOptions,
  type RedactTextOptions,
} from './redact-text.js';

/** Options of {@link redactEvent}: those of `redactText` except `partial`, which comes from the event. @public */
export type RedactEventOptions = Omit<RedactTextOptions, 'partial'>;

/**
 * Redacts an utterance: its text, and its word timings, where the words that made up
 * a finding become one word (the replacement token) spanning their time. Partials
 * (`final: false`) are redacted as partial transcripts, so a card number cut off at
 * the end is still hidden. Any other event, and an utterance without PII, is returned
 * unchanged (the same object); a redacted utterance is a new event with the fields of
 * an utterance (fields outside the event contract are not copied).
 *
 * @example
 * ```ts
 * const safe = redactEvent(utterance); // store or export `safe`, never `utterance`
 * ```
 * @throws TonvoError `invalid-event` (naming the field) for an event that is not well
 * formed, `invalid-option` for wrong options.
 * @public
 */
export function redactEvent<E extends TonvoEvent>(event: E, options: RedactEventOptions = {}): E {
  const checked = checkRedactOptions(options);
  // An utterance that is not well formed (a text that is not a string, word timings that
  // are not words) would come back unredacted, looking done: it is refused instead.
  return parseTonvoEvent(event).type === 'utterance' ? redactEventChecked(event, checked) : event;
}

/**
 * {@link redactEvent} with options already checked by `checkRedactOptions`, and what the
 * utterance answers (`asked`, see `createConversationRedactor`).
 * @internal
 */
export function redactEventChecked<E extends TonvoEvent>(
  event: E,
  options: CheckedRedactOptions,
  asked?: AskedKind,
): E {
  if (event.type !== 'utterance') return event;
  const u: UtteranceEvent = event;
  // Most utterances hold nothing that could be PII: the same event, nothing built.
  if (u.words === undefined && !mayContainPii(u.text, asked !== undefined)) return event;
  const partial = !u.final;
  const text = redactTextChecked(u.text, options, partial, asked);
  const words = u.words === undefined ? undefined : redactWords(u.words, options, partial, asked);
  if (text.findings.length === 0 && words === u.words) return event;
  const out = utteranceEvent(
    u.conversation,
    u.id,
    u.speaker,
    text.text,
    u.final,
    u.startMs,
    u.endMs,
    u.revision,
    words,
    u.confidence,
  );
  return out as E;
}

/**
 * Redacts word timings by reading the words as one text, so a number spread over many
 * words ("four", "one", "one", "one", ...) is found like in the utterance text.
 */
function redactWords(
  words: readonly WordTiming[],
  options: CheckedRedactOptions,
  partial: boolean,
  asked: AskedKind | undefined,
): readonly WordTiming[] {
  const starts: number[] = [];
  let joined = '';
  for (const w of words) {
    if (joined.length > 0) joined += ' ';
    starts.push(joined.length);
    joined += w.text;
  }
  const { findings } = redactTextChecked(joined, options, partial, asked);
  if (findings.length === 0) return words;
  const out: WordTiming[] = [];
  let f = 0;
  for (let i = 0; i < words.length; i++) {
    const start = starts[i]!;
    const end = start + words[i]!.text.length;
    while (f < findings.length && findings[f]!.end <= start) f++;
    const finding = findings[f];
    if (finding === undefined || finding.start >= end) {
      out.push(words[i]!);
      continue;
    }
    // Words i..j overlap this finding: together they become one word, the token.
    let j = i;
    while (j + 1 < words.length && starts[j + 1]! < finding.end) j++;
    out.push({
      text: options.replacement(finding.kind),
      startMs: words[i]!.startMs,
      endMs: words[j]!.endMs,
    });
    f++;
    i = j;
  }
  return out;
}
