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
