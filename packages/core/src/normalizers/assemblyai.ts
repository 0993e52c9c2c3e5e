import { TonvoError } from '../errors/tonvo-error.js';
import type { UtteranceEvent } from '../events/types.js';
import {
  elementObject,
  failPayload,
  optArray,
  optBoolean,
  optNumber,
  optString,
  readPayload,
  reqNumber,
  reqString,
  roundMs,
} from './payload-reader.js';
import {
  createSegmentTracker,
  type NormalizerOptions,
  type TrackedWord,
  type TranscriptNormalizer,
} from './segment-tracker.js';

/** Options of {@link createAssemblyAiNormalizer}. @public */
export interface AssemblyAiNormalizerOptions extends NormalizerOptions {
  /**
   * Set when the session was opened with `format_turns=true`: the unformatted
   * end-of-turn message then counts as a partial and the formatted one that follows
   * is the final. Default false: the first end-of-turn message is the final and a
   * formatted copy of an already final turn is ignored (it says nothing new).
   */
  readonly formatTurns?: boolean;
}

/**
 * Normalizes AssemblyAI Universal-Streaming v3 (and Universal-3 Pro streaming)
 * WebSocket messages. Each `Turn` (by `turn_order`) is one utterance: partials show
 * every word heard so far, finalized or not (`word_is_final`), so the agent sees speech
 * as soon as it is recognised; `end_of_turn` makes it final. Times are the words'
 * `start`/`end` in milliseconds. `speaker_label` (streaming diarization) and word
 * `speaker` labels map through `speakers`; for multichannel audio, run one normalizer
 * per channel session with its own `defaultSpeaker` and `idPrefix`. `Begin`,
 * `SpeechStarted` and `Termination` messages give nothing.
 *
 * @example
 * ```ts
 * const normalize = createAssemblyAiNormalizer({ speakers: { A: 'agent', B: 'customer' } });
 * ws.on('message', (data) => {
 *   for (const utterance of normalize.push(JSON.parse(String(data)))) coach.push(utterance);
 * });
 * ```
 * @public
 */
export function createAssemblyAiNormalizer(
  options: AssemblyAiNormalizerOptions = {},
): TranscriptNormalizer {
  const formatTurns = options.formatTurns ?? false;
  if (typeof formatTurns !== 'boolean') {
    throw TonvoError.invalidOption('formatTurns', 'must be true or false');
  }
  const tracker = createSegmentTracker(options, 'aai');
  let lastFinalTurn = -1;
  let clockMs = 0; // end of the last word heard: the time of a turn without words

  return {
    push(payload): UtteranceEvent[] {
      const msg = readPayload(payload);
      const type = optString(msg, 'type', 'type');
      if (type !== undefined && type !== 'Turn') return [];
      if (type === undefined && msg['turn_order'] === undefined) return [];
      const turn = reqNumber(msg, 'turn_order', 'turn_order', 0);
      if (!Number.isInteger(turn)) failPayload('turn_order', `must be an integer, got ${turn}`);
      const endOfTurn = optBoolean(msg, 'end_of_turn', 'end_of_turn') ?? false;
      const formatted = optBoolean(msg, 'turn_is_formatted', 'turn_is_formatted') ?? false;
      const transcript = reqString(msg, 'transcript', 'transcript');
      const label = optString(msg, 'speaker_label', 'speaker_label');
      const words = (optArray(msg, 'words', 'words') ?? []).map((w, i): TrackedWord => {
        const at = `words[${i}]`;
        const o = elementObject(w, at);
        const start = reqNumber(o, 'start', `${at}.start`, 0);
        const end = optNumber(o, 'end', `${at}.end`, 0) ?? start;
        const confidence = optNumber(o, 'confidence', `${at}.confidence`, 0, 1);
        const speaker = optString(o, 'speaker', `${at}.speaker`);
        return {
          text: reqString(o, 'text', `${at}.text`),
          startMs: roundMs(start),
          endMs: roundMs(end),
          ...(confidence === undefined ? {} : { confidence }),
          ...(speaker === undefined ? {} : { label: speaker }),
        };
      });

      if (endOfTurn && formatted && turn <= lastFinalTurn) return []; // formatted copy of a final
      const final = endOfTurn && (!formatTurns || formatted);
      if (final) lastFinalTurn = Math.max(lastFinalTurn, turn);

      const startMs = words[0]?.startMs ?? clockMs;
      const endMs = Math.max(startMs, words[words.length - 1]?.endMs ?? clockMs);
      clockMs = Math.max(clockMs, endMs);
      // `transcript` holds only finalized words; a partial shows everything heard.
      const heard = words
        .map((w) => w.text.trim())
        .filter((t) => t.length > 0)
        .join(' ');
      const text = final || heard.length === 0 ? transcript : heard;
      return tracker.update({
        key: String(turn),
        final,
        text,
        textField: 'transcript',
        startMs,
        endMs,
        ...(label === undefined ? {} : { label }),
        words,
      });
    },
  };
}
