import { TonvoError } from '../errors/tonvo-error.js';
import type { AdoptionOptions } from '../adoption/adoption-tracker.js';
import { getDefaultAdoptionOptions } from '../adoption/adoption-tracker.js';
import type { TextAnalyzer } from '../perception/text-analyzer.js';
import type { Playbook, PlaybookSituation } from '../playbook/playbook-types.js';
import { getDefaultNudgeOptions, type NudgeOptions } from '../playbook/nudge-scheduler.js';
import type { RedactEventOptions } from '../redact/redact-event.js';
import type { Rule, RuleDefinition } from '../rules/rule-types.js';
import { getDefaultSentimentParams, type SentimentParams } from '../state/sentiment-params.js';
import type { LanguageCheck } from '../triggers/language.js';
import { getDefaultTriggerOptions, type TriggerOptions } from '../triggers/trigger-options.js';

/**
 * Options of {@link createCoach}. Everything is optional; {@link getDefaultCoachOptions}
 * shows the defaults.
 * @public
 */
export interface CoachOptions {
  /** The conversation id; taken from the first event that carries one when omitted. */
  readonly conversation?: string;
  /** Reads feelings from words. Default: the built-in baseline analyzer. */
  readonly analyzer?: TextAnalyzer;
  /** Extra trigger rules (typed or from `parseRules`), evaluated after the built-ins. */
  readonly rules?: readonly (Rule | RuleDefinition)[];
  /** Which built-in triggers run: all (true, default), none (false), or a list of ids. */
  readonly builtInTriggers?: boolean | readonly string[];
  /** The playbook. Default: the built-in one for `locale`. */
  readonly playbook?: Playbook;
  /** Extra or replacement playbook situations (e.g. from `parseRules`), merged over the playbook. */
  readonly situations?: Readonly<Record<string, PlaybookSituation>>;
  /** Locale of the built-in playbook. Default `en`. */
  readonly locale?: string;
  /** Values for playbook placeholders: `customerName`, `agentName`, `issue`, ... */
  readonly values?: Readonly<Record<string, string>>;
  readonly triggers?: Partial<TriggerOptions>;
  readonly nudges?: Partial<NudgeOptions>;
  readonly sentiment?: Partial<SentimentParams>;
  readonly adoption?: Partial<AdoptionOptions>;
  /**
   * PII redaction of transcript text (and word timings) before anything stores,
   * analyses or emits it: on by default; options for the built-in redactor, or
   * `false` to turn it off (only for text redacted upstream).
   */
  readonly redact?: RedactEventOptions | false;
  /** Finds jargon, hedging and over-formal wording. Default: the built-in checker. */
  readonly languageChecker?: LanguageCheck;
  /** Events may arrive this much behind the coach's clock; older ones are refused. Default 5000. */
  readonly maxLatenessMs?: number;
  /**
   * How long, in conversation time, the coach waits for an asynchronous analyzer's
   * reading of a final utterance: once an event pushed is this far past the utterance
   * with its reading still pending, the coach reports `analyzer-timeout`, reads the
   * utterance with the built-in analyzer, and goes on (a reading that comes later is
   * ignored). Events pushed meanwhile wait in order, so this bounds both how far the
   * coaching falls behind and what it holds. Default: no limit, which suits pushing a
   * whole recording at once; set it for a live stream (a few seconds).
   */
  readonly analysisTimeoutMs?: number;
}

/** The fully resolved options (built-in parts filled in by the coach). @public */
export interface ResolvedCoachOptions {
  readonly triggers: TriggerOptions;
  readonly nudges: NudgeOptions;
  readonly sentiment: SentimentParams;
  readonly adoption: AdoptionOptions;
  readonly maxLatenessMs: number;
  readonly locale: string;
}

/** The default option values of a coach. @public */
export function getDefaultCoachOptions(): ResolvedCoachOptions {
  return {
    triggers: getDefaultTriggerOptions(),
    nudges: getDefaultNudgeOptions(),
    sentiment: getDefaultSentimentParams(),
    adoption: getDefaultAdoptionOptions(),
    maxLatenessMs: 5_000,
    locale: 'en',
  };
}

function check(name: string, v: unknown, min: number, max: number): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    throw TonvoError.invalidOption(
      name,
      `must be a number in [${min}, ${max}], got ${JSON.stringify(v)}`,
    );
  }
}

function merge<T extends object>(
  name: string,
  base: T,
  over: Partial<T> | undefined,
  ranges: Record<string, [number, number]>,
): T {
  if (over === undefined) return base;
  if (typeof over !== 'object' || over === null)
    throw TonvoError.invalidOption(name, 'must be an object');
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) continue;
    if (!(k in base)) throw TonvoError.invalidOption(`${name}.${k}`, 'is not a known option');
    const range = ranges[k];
    if (range !== undefined) check(`${name}.${k}`, v, range[0], range[1]);
    else if (typeof v === 'object' && v !== null) {
      const inner = (base as Record<string, unknown>)[k] as Record<string, unknown>;
      for (const [ik, iv] of Object.entries(v)) {
        if (!(ik in inner))
          throw TonvoError.invalidOption(`${name}.${k}.${ik}`, 'is not a known option');
        check(`${name}.${k}.${ik}`, iv, 1, 1000);
      }
      out[k] = { ...inner, ...v };
      continue;
    }
    out[k] = v;
  }
  return out as T;
}

const MS: [number, number] = [0, 24 * 3600_000];
const UNIT: [number, number] = [0, 1];

/** Validates and resolves options; invalid ones throw naming the option and the range. @internal */
export function resolveCoachOptions(options: CoachOptions): ResolvedCoachOptions {
  if (typeof options !== 'object' || options === null)
    throw TonvoError.invalidOption('options', 'must be an object');
  const d = getDefaultCoachOptions();
  if (options.maxLatenessMs !== undefined)
    check('maxLatenessMs', options.maxLatenessMs, 0, 600_000);
  if (options.analysisTimeoutMs !== undefined)
    check('analysisTimeoutMs', options.analysisTimeoutMs, 0, 600_000);
  if (
    options.conversation !== undefined &&
    (typeof options.conversation !== 'string' || options.conversation.length === 0)
  ) {
    throw TonvoError.invalidOption('conversation', 'must be a non-empty string');
  }
  if (options.analyzer !== undefined && typeof options.analyzer?.analyze !== 'function') {
    throw TonvoError.invalidOption('analyzer', 'must have an analyze(text) method');
  }
  if (
    options.redact !== undefined &&
    options.redact !== false &&
    (typeof options.redact !== 'object' || options.redact === null)
  ) {
    throw TonvoError.invalidOption(
      'redact',
      'must be redaction options ({ kinds, replacements }) or false',
    );
  }
  if (options.values !== undefined) {
    for (const [k, v] of Object.entries(options.values)) {
      if (typeof v !== 'string') throw TonvoError.invalidOption(`values.${k}`, 'must be a string');
    }
  }
  return {
    triggers: merge('triggers', d.triggers, options.triggers, {
      longHoldMs: MS,
      deadAirMs: MS,
      announcedDeadAirMs: MS,
      customerTaskDeadAirMs: MS,
      monologueMs: MS,
      overtalkMs: MS,
      paceMinWords: [1, 1000],
    }),
    nudges: merge('nudges', d.nudges, options.nudges, {
      minGapMs: MS,
      cooldownMs: MS,
      expiresAfterMs: MS,
      maxWaitMs: MS,
      supersedeBy: [0, 100],
      maxPhrases: [0, 10],
    }),
    sentiment: merge('sentiment', d.sentiment, options.sentiment, {
      halfLifeMs: [1000, 3600_000],
      scoreHalfLifeMs: [1000, 3600_000],
      enter: UNIT,
      strongEnter: UNIT,
      exit: UNIT,
      margin: UNIT,
      minEvidence: [1, 10],
      prosodyWeight: UNIT,
      arousalThreshold: UNIT,
      slowPaceThreshold: [-1, 0],
    }),
    adoption: merge('adoption', d.adoption, options.adoption, {
      actWindowMs: MS,
      improveWindowMs: MS,
      improveScoreDelta: UNIT,
      phraseOverlap: UNIT,
    }),
    maxLatenessMs: options.maxLatenessMs ?? d.maxLatenessMs,
    locale: options.locale ?? d.locale,
  };
}
