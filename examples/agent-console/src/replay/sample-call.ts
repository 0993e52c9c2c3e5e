import { loadConversations, type LoadedConversation } from './load-conversation.js';
import { mergeVoice } from './merge-voice.js';

/**
 * The shipped sample call as the console replays it: its transcript and, when the
 * recording's voice events are given (`src/assets/sample-call-voice.jsonl`, made from
 * `sample-call.wav` by the Node audio pipeline), its prosody windows and speech
 * segments merged in by time. Without them it is words only.
 */
export function sampleConversation(
  transcriptJsonl: string,
  voiceJsonl?: string,
): LoadedConversation {
  const transcript = loadConversations(transcriptJsonl).conversations[0];
  if (transcript === undefined) throw new Error('the sample call holds no conversation');
  if (voiceJsonl === undefined) return transcript;
  const voice = loadConversations(voiceJsonl).conversations.find((c) => c.id === transcript.id);
  if (voice === undefined)
    throw new Error(`the voice events are not those of conversation "${transcript.id}"`);
  return { id: transcript.id, events: mergeVoice(transcript.events, voice.events) };
}
