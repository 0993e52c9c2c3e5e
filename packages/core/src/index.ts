/**
 * `@tonvo/core`: the event contract and the live coach. Pure and deterministic: no
 * clock, network, `window` or `process`; time comes from event timestamps.
 *
 * @packageDocumentation
 */
export {
  SPEAKERS,
  SIGNAL_KINDS,
  FEEDBACK_ACTIONS,
  SENTIMENT_STATES,
  eventTimeMs,
} from './events/types.js';
export {
  parseConversationEvent,
  parseTonvoEvent,
  MAX_TEXT_LENGTH,
  MAX_WORDS,
  MAX_ID_LENGTH,
} from './events/validate.js';
export {
  readJsonl,
  parseJsonlLine,
  createJsonlDecoder,
  toJsonl,
  writeJsonl,
  groupByConversation,
} from './events/jsonl.js';
export {
  encodeEvent,
  encodeRecording,
  decodeRecording,
  createRecordingDecoder,
  MAX_RECORD_BYTES,
} from './events/binary.js';
export { TonvoError, isTonvoError } from './errors/tonvo-error.js';
export { setLogLevel, setLogHandler } from './logger.js';

export type {
  Speaker,
  WordTiming,
  UtteranceEvent,
  ProsodyWindowEvent,
  VadSegmentEvent,
  SignalKind,
  SignalEvent,
  TickEvent,
  FeedbackAction,
  NudgeFeedbackEvent,
  ConversationEvent,
  SentimentState,
  TimeSpan,
  Evidence,
  TextSpan,
  StateChangeEvent,
  TriggerFiredEvent,
  NudgeEvent,
  SentimentSampleEvent,
  SentimentSample,
  TrajectoryArc,
  Trajectory,
  KeyMoment,
  NudgeOutcome,
  ClosingChecklist,
  TalkStats,
  Adoption,
  TriggerCount,
  CallReport,
  CallReportEvent,
  CoachOutputEvent,
  TonvoEvent,
  TonvoEventType,
} from './events/types.js';
export type { JsonlRecord, JsonlReadOptions, JsonlDecoder } from './events/jsonl.js';
export type { RecordingRecord, RecordingDecoder } from './events/binary.js';
export type {
  TonvoErrorCode,
  TonvoErrorLocation,
  TonvoErrorOptions,
} from './errors/tonvo-error.js';
export type { LogLevel, LogHandler } from './logger.js';

export { EMOTIONAL_STATES, NEUTRAL_ANALYSIS } from './perception/text-analyzer.js';
export type { EmotionalState, TextAnalysis, TextAnalyzer } from './perception/text-analyzer.js';
export type {
  TensorType,
  TensorDataMap,
  TensorLike,
  ModelRunner,
  ModelRunnerFactory,
} from './model/model-runner.js';

// --- normalizers and redaction
export { createDeepgramNormalizer } from './normalizers/deepgram.js';
export { createAwsTranscribeNormalizer } from './normalizers/aws-transcribe.js';
export { createGoogleSpeechNormalizer } from './normalizers/google-speech.js';
export { createAssemblyAiNormalizer } from './normalizers/assemblyai.js';
export { redactText } from './redact/redact-text.js';
export { redactEvent } from './redact/redact-event.js';
export { REDACTION_KINDS } from './redact/redaction-kinds.js';
export type { NormalizerOptions, TranscriptNormalizer } from './normalizers/segment-tracker.js';
export type { DeepgramNormalizerOptions } from './normalizers/deepgram.js';
export type { AwsTranscribeNormalizerOptions } from './normalizers/aws-transcribe.js';
export type { GoogleSpeechNormalizerOptions } from './normalizers/google-speech.js';
export type { AssemblyAiNormalizerOptions } from './normalizers/assemblyai.js';
export type { RedactionKind, RedactionFinding } from './redact/redaction-kinds.js';
export type { RedactTextOptions, RedactTextResult } from './redact/redact-text.js';
export type { RedactEventOptions } from './redact/redact-event.js';
