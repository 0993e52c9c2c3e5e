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

// --- text utilities (shared by perception, triggers and declarative rules)
export { foldText } from './text/fold.js';
export { tokenize, countWords } from './text/tokenize.js';
export { compilePhrasePattern, MAX_PATTERN_LENGTH } from './text/phrase-pattern.js';
export { createPhraseMatcher } from './text/phrase-matcher.js';
export type { Token } from './text/tokenize.js';
export type { PhraseEntry, PhraseMatch, PhraseMatcher } from './text/phrase-matcher.js';

// --- baseline analyzer and language checker
export {
  createBaselineAnalyzer,
  getDefaultBaselineAnalyzerOptions,
  BASELINE_ANALYZER_ID,
  BASELINE_NEUTRAL_BAND,
  BASELINE_PHRASES,
} from './perception/baseline/baseline-analyzer.js';
export {
  createLanguageChecker,
  getDefaultLanguageCheckerOptions,
  LANGUAGE_ENTRIES,
  LANGUAGE_ISSUE_KINDS,
} from './language/language-checker.js';
export type {
  BaselineAnalyzer,
  BaselineAnalyzerOptions,
  BaselinePhrase,
} from './perception/baseline/baseline-analyzer.js';
export type { StateWeights, WordEntry } from './perception/baseline/lexicon.js';
export type {
  LanguageChecker,
  LanguageCheckerOptions,
  LanguageEntry,
  LanguageIssue,
  LanguageIssueKind,
} from './language/language-checker.js';
