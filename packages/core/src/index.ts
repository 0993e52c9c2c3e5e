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
export { createOrtSessionRunner } from './model/ort-session-runner.js';
export type {
  OrtSessionLike,
  OrtTensorConstructor,
  OrtTensorLike,
} from './model/ort-session-runner.js';

// --- text utilities (shared by perception, triggers and declarative rules)
export { foldText } from './text/fold.js';
export { tokenize, countWords } from './text/tokenize.js';
export { compilePhrasePattern, MAX_PATTERN_LENGTH } from './text/phrase-pattern.js';
export { createPhraseMatcher } from './text/phrase-matcher.js';
export type { Token } from './text/tokenize.js';
export type { PhraseEntry, PhraseMatch, PhraseMatcher } from './text/phrase-matcher.js';

// --- coach
export { createCoach } from './coach/create-coach.js';
export { getDefaultCoachOptions } from './coach/coach-options.js';
export { initialCoachSnapshot } from './coach/snapshot.js';
export { transition, initialSentimentState } from './state/sentiment-machine.js';
export { getDefaultSentimentParams } from './state/sentiment-params.js';
export { isQuestion, conversationCues } from './perception/conversation-cues.js';
export { readCurtReply } from './perception/curt-reply.js';
export type { Coach, CoachEventMap, NudgeClosedEvent } from './coach/create-coach.js';
export type { CoachOptions, ResolvedCoachOptions } from './coach/coach-options.js';
export type {
  CoachSnapshot,
  CoachStatus,
  SpeakerSnapshot,
  TranscriptLine,
  Trend,
} from './coach/snapshot.js';
export type {
  SentimentMachineState,
  SentimentInput,
  SentimentEffect,
  EvidenceItem,
} from './state/sentiment-machine.js';
export type { SentimentParams } from './state/sentiment-params.js';
export type { ConversationCues, AskedQuestion } from './perception/conversation-cues.js';

// --- rules and triggers
export {
  defineRule,
  DEFAULT_RULE_COOLDOWN_MS,
  DEFAULT_RULE_PRIORITY,
} from './rules/define-rule.js';
export { createRuleEngine } from './rules/rule-engine.js';
export { parseRules } from './rules/declarative-rules.js';
export { testRule } from './rules/test-rule.js';
export { RULE_EVENT_KINDS } from './rules/rule-types.js';
export { builtInRules, BUILT_IN_TRIGGER_IDS } from './triggers/built-in-rules.js';
export { getDefaultTriggerOptions } from './triggers/trigger-options.js';
export { closingItemsIn, isWindDown, CLOSING_ITEMS } from './triggers/closing-cues.js';
export { closingItemNeeded } from './report/closing-needed.js';
export type { FiredTrigger, RuleEngine } from './rules/rule-engine.js';
export type { DeclarativeRule, ParsedRules } from './rules/declarative-rules.js';
export type { RuleFiring, RuleTestResult } from './rules/test-rule.js';
export type {
  Rule,
  RuleDefinition,
  RuleContext,
  RuleMatch,
  RuleResult,
  RuleEventKind,
  UtteranceView,
  SpeakerStateView,
  SignalStatus,
  ConversationTimers,
} from './rules/rule-types.js';
export type { TriggerOptions } from './triggers/trigger-options.js';
export type { ClosingItem } from './triggers/closing-cues.js';
export type { LanguageCheck } from './triggers/language.js';

// --- playbook, nudges, adoption, report
export { PLAYBOOK_EN } from './playbook/playbook-en.js';
export { parsePlaybook } from './playbook/parse-playbook.js';
export { getPlaybook, registerPlaybook } from './playbook/locales.js';
export { ADOPTION_EXPECTATIONS } from './playbook/playbook-types.js';
export { getDefaultNudgeOptions } from './playbook/nudge-scheduler.js';
export { getDefaultAdoptionOptions } from './adoption/adoption-tracker.js';
export { formatClock, formatDuration } from './report/format-clock.js';
export { arcOf } from './report/trajectory-recorder.js';
export type {
  Playbook,
  PlaybookSituation,
  AdoptionExpectation,
} from './playbook/playbook-types.js';
export type { NudgeOptions, NudgeData } from './playbook/nudge-scheduler.js';
export type { AdoptionOptions } from './adoption/adoption-tracker.js';

// --- normalizers and redaction
export { createDeepgramNormalizer } from './normalizers/deepgram.js';
export { createAwsTranscribeNormalizer } from './normalizers/aws-transcribe.js';
export { createGoogleSpeechNormalizer } from './normalizers/google-speech.js';
export { createAssemblyAiNormalizer } from './normalizers/assemblyai.js';
export { redactText } from './redact/redact-text.js';
export { redactEvent } from './redact/redact-event.js';
export { createConversationRedactor } from './redact/conversation-redactor.js';
export { REDACTION_KINDS } from './redact/redaction-kinds.js';
export type { NormalizerOptions, TranscriptNormalizer } from './normalizers/segment-tracker.js';
export type { DeepgramNormalizerOptions } from './normalizers/deepgram.js';
export type { AwsTranscribeNormalizerOptions } from './normalizers/aws-transcribe.js';
export type { GoogleSpeechNormalizerOptions } from './normalizers/google-speech.js';
export type { AssemblyAiNormalizerOptions } from './normalizers/assemblyai.js';
export type { RedactionKind, RedactionFinding } from './redact/redaction-kinds.js';
export type { RedactTextOptions, RedactTextResult } from './redact/redact-text.js';
export type { RedactEventOptions } from './redact/redact-event.js';

// --- baseline analyzer and language checker
export {
  createBaselineAnalyzer,
  getDefaultBaselineAnalyzerOptions,
  BASELINE_ANALYZER_ID,
  BASELINE_NEUTRAL_BAND,
  BASELINE_PHRASES,
} from './perception/baseline/baseline-analyzer.js';
export { readCallLanguage } from './perception/baseline/read-call-language.js';
export type { CallLanguageReading } from './perception/baseline/read-call-language.js';
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

// --- dsp (audio features, resampling, codecs, speaker baseline)
export { pcm16ToFloat32, float32ToPcm16 } from './dsp/pcm.js';
export { decodeMulaw, encodeMulawSample } from './dsp/mulaw.js';
export { decodeAlaw, encodeAlawSample } from './dsp/alaw.js';
export {
  createInterleavedDecoder,
  bytesPerSample,
  SAMPLE_ENCODINGS,
} from './dsp/interleaved-decoder.js';
export { createResampler, resample, SUPPORTED_SAMPLE_RATES_HZ } from './dsp/resampler.js';
export { createFramer } from './dsp/framer.js';
export { rms, rmsToDbfs, SILENCE_DBFS } from './dsp/rms.js';
export { zeroCrossingRate } from './dsp/zero-crossing-rate.js';
export { yinPitch } from './dsp/pitch-yin.js';
export { createFrameAnalyzer } from './dsp/frame-analyzer.js';
export { createSyllableNucleiDetector } from './dsp/syllable-nuclei.js';
export { createRunningHistogram } from './dsp/running-histogram.js';
export { percentile } from './dsp/percentile.js';
export { pitchStats } from './dsp/pitch-stats.js';
export { energyStats } from './dsp/energy-stats.js';
export { pauseStats } from './dsp/pause-stats.js';
export { createSpeakerBaseline, getDefaultSpeakerBaselineOptions } from './dsp/speaker-baseline.js';
export { createProsodyAnalyzer } from './dsp/prosody-analyzer.js';
export type {
  SampleEncoding,
  InterleavedDecoder,
  InterleavedDecoderOptions,
} from './dsp/interleaved-decoder.js';
export type { Resampler, ResamplerOptions } from './dsp/resampler.js';
export type { Framer, FramerOptions } from './dsp/framer.js';
export type { PitchEstimate, YinOptions } from './dsp/pitch-yin.js';
export type { FrameAnalyzer, FrameAnalyzerOptions, FrameFeatures } from './dsp/frame-analyzer.js';
export type { SyllableNucleiDetector, SyllableNucleiOptions } from './dsp/syllable-nuclei.js';
export type { RunningHistogram, RunningHistogramOptions } from './dsp/running-histogram.js';
export type { PitchStats } from './dsp/pitch-stats.js';
export type { EnergyStats } from './dsp/energy-stats.js';
export type { PauseStats } from './dsp/pause-stats.js';
export type {
  SpeakerBaseline,
  SpeakerBaselineOptions,
  SpeakerBaselineSnapshot,
  ProsodyFeatures,
  ProsodyAssessment,
} from './dsp/speaker-baseline.js';
export type { ProsodyAnalyzer, ProsodyAnalyzerOptions } from './dsp/prosody-analyzer.js';

// --- team metrics: many calls' reports
export { summarizeCalls } from './team/summarize-calls.js';
export { createTeamTally } from './team/team-tally.js';
export type { TeamTally } from './team/team-tally.js';
export { parseTeamCall } from './team/check-team-call.js';
export { rateOf, rateDifference, correlationOf } from './team/rates.js';
export type { Rate, RateDifference, Correlation } from './team/rates.js';
export type {
  TeamCall,
  TeamSummary,
  CohortSummary,
  CustomerSummary,
  NudgeSummary,
  TriggerCoaching,
  ClosingSummary,
  TalkSummary,
  OutcomeSummary,
  Pivot,
} from './team/team-types.js';
