import EventEmitter from 'eventemitter3';
import { TonvoError, isTonvoError, toTonvoError } from '../errors/tonvo-error.js';
import type {
  CallReport,
  CallReportEvent,
  CoachOutputEvent,
  ConversationEvent,
  NudgeEvent,
  SentimentSample,
  SentimentSampleEvent,
  Speaker,
  StateChangeEvent,
  TriggerFiredEvent,
} from '../events/types.js';
import { parseConversationEvent } from '../events/validate.js';
import { eventTimeMs } from '../events/types.js';
import { findingsProblem } from '../language/check-findings.js';
import { log } from '../logger.js';
import { analysisProblem } from '../perception/check-analysis.js';
import { NEUTRAL_ANALYSIS, type TextAnalysis } from '../perception/text-analyzer.js';
import { getPlaybook } from '../playbook/locales.js';
import { parsePlaybook } from '../playbook/parse-playbook.js';
import { createRuleEngine } from '../rules/rule-engine.js';
import type { RuleDefinition } from '../rules/rule-types.js';
import { BUILT_IN_TRIGGER_IDS, builtInRules } from '../triggers/built-in-rules.js';
import { resolveCoachOptions, type CoachOptions } from './coach-options.js';
import { defaultAnalyzer, defaultLanguageChecker } from './defaults.js';
import { redactEventChecked } from '../redact/redact-event.js';
import { checkRedactOptions } from '../redact/redact-text.js';
import { ConversationProcessor } from './processor.js';
import type { LanguageCheck } from '../triggers/language.js';
import { memoizeByText } from '../util/text-memo.js';
import { closingChecklist } from './report-builder.js';
import {
  initialCoachSnapshot,
  trendOf,
  type CoachSnapshot,
  type SpeakerSnapshot,
  type TranscriptLine,
} from './snapshot.js';

/** A nudge left the screen (expired, dismissed, or the call ended). @public */
export interface NudgeClosedEvent {
  readonly id: string;
  readonly atMs: number;
}

/** The discrete happenings of a coach, by name. @public */
export interface CoachEventMap {
  nudge: NudgeEvent;
  nudgeClosed: NudgeClosedEvent;
  stateChange: StateChangeEvent;
  trigger: TriggerFiredEvent;
  sentiment: SentimentSampleEvent;
  report: CallReportEvent;
  /** Every output event, in order (what `tonvo replay` writes). */
  output: CoachOutputEvent;
  error: TonvoError;
}

/**
 * The live coach of one conversation.
 * @public
 */
export interface Coach {
  /**
   * Feeds one event. Returns false (and reports a {@link TonvoError} through `error`)
   * when the event is refused; nothing accepted before is lost.
   */
  push(event: ConversationEvent): boolean;
  /** The current state; the same object until something changes. */
  getSnapshot(): CoachSnapshot;
  /** The state before any event. */
  getInitialSnapshot(): CoachSnapshot;
  /**
   * Calls `listener` after every change; returns the unsubscribe function. A listener
   * that throws is reported on `error` (`listener-error`); the coach goes on.
   */
  subscribe(listener: () => void): () => void;
  /**
   * Listens to one kind of happening; returns the unsubscribe function. A listener that
   * throws is reported on `error` (`listener-error`) and does not cut short the event
   * being processed; an `error` listener that throws is only logged.
   */
  on<K extends keyof CoachEventMap>(
    type: K,
    listener: (event: CoachEventMap[K]) => void,
  ): () => void;
  /** Resolves when every pushed event has been processed (async analyzers). */
  whenIdle(): Promise<void>;
  /** Ends the conversation (at `atMs`, default the clock) and resolves to its report. */
  end(atMs?: number): Promise<CallReport>;
  /** Stops the coach and drops its listeners. */
  destroy(): void;
}

interface Queued {
  readonly event: ConversationEvent;
  analysis: TextAnalysis | PromiseLike<TextAnalysis> | undefined;
}

const MAX_TRANSCRIPT = 50;
const MAX_SNAPSHOT_SAMPLES = 120;

const isThenable = (v: unknown): v is PromiseLike<TextAnalysis> =>
  typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';

/**
 * Creates the coach for one conversation. Deterministic: time comes from the events'
 * timestamps only, so the same events give the same outputs, byte for byte.
 *
 * @example
 * ```ts
 * const coach = createCoach({ values: { customerName: 'Dana' } });
 * coach.on('nudge', (n) => show(n.message, n.phrases));
 * coach.push({ type: 'utterance', id: 'u1', speaker: 'customer', text: 'I was charged twice', final: true, startMs: 41200, endMs: 43100 });
 * const report = await coach.end();
 * ```
 * @public
 */
export function createCoach(options: CoachOptions = {}): Coach {
  const resolved = resolveCoachOptions(options);
  const analyzer = options.analyzer ?? defaultAnalyzer();
  // One reading of each agent utterance for the language triggers and adoption alike.
  const checker = options.languageChecker ?? defaultLanguageChecker();
  const custom = options.languageChecker !== undefined;
  // A custom checker that fails, or gives findings that are not issues of the text, is
  // reported once per text, and reads as finding nothing.
  const language: LanguageCheck = {
    check: memoizeByText((text) => {
      try {
        const findings: unknown = checker.check(text);
        const problem = custom ? findingsProblem(findings, text) : undefined;
        if (problem === undefined) return findings as ReturnType<LanguageCheck['check']>;
        throw new TypeError(problem);
      } catch (e) {
        fail(
          new TonvoError(
            'analyzer-error',
            `the language checker failed: ${toTonvoError(e, 'analyzer-error').message}`,
            { cause: e, field: 'languageChecker' },
          ),
        );
        return [];
      }
    }, 8),
  };
  // Checked once here: a bad option fails createCoach, not every utterance pushed later.
  const redaction = options.redact === false ? undefined : checkRedactOptions(options.redact ?? {});
  const enabled = options.builtInTriggers ?? true;
  if (Array.isArray(enabled)) {
    for (const id of enabled) {
      if (!BUILT_IN_TRIGGER_IDS.includes(id)) {
        throw TonvoError.invalidOption(
          'builtInTriggers',
          `unknown trigger "${id}"; one of ${BUILT_IN_TRIGGER_IDS.join(', ')}`,
        );
      }
    }
  }
  const builtIns: RuleDefinition[] =
    enabled === false
      ? []
      : builtInRules(resolved.triggers, language).filter(
          (r) => enabled === true || (enabled as readonly string[]).includes(r.id),
        );
  const engine = createRuleEngine([...builtIns, ...(options.rules ?? [])]);
  // A playbook given as an object is checked like one read from JSON: a bad one fails
  // here, naming the field, not later in the middle of a nudge.
  const basePlaybook =
    options.playbook === undefined ? getPlaybook(resolved.locale) : parsePlaybook(options.playbook);
  const playbook =
    options.situations === undefined
      ? basePlaybook
      : parsePlaybook({ situations: options.situations }, basePlaybook);

  const emitter = new EventEmitter();
  const listeners = new Set<() => void>();
  let conversation = options.conversation;
  let status: CoachSnapshot['status'] = 'idle';
  let version = 0;
  // Counted in place; each snapshot takes a copy.
  const counts = { triggers: 0, nudges: 0, errors: 0 };
  let lastError: CoachSnapshot['lastError'];
  let report: CallReport | undefined;
  const initial = initialCoachSnapshot(conversation);
  let snapshot: CoachSnapshot = initial;
  let dirty = false;
  let ended = false;
  let destroyed = false;
  const queue: Queued[] = [];
  let draining: Promise<void> | undefined;

  const changed = (): void => {
    dirty = true;
  };
  const emit = <K extends keyof CoachEventMap>(type: K, event: CoachEventMap[K]): void => {
    emitter.emit(type, event);
  };
  const output = (event: CoachOutputEvent): void => {
    changed();
    emitter.emit('output', event);
  };
  const fail = (error: TonvoError): void => {
    counts.errors++;
    lastError = { code: error.code, message: error.message };
    changed();
    log('warn', error.message, error);
    emit('error', error);
  };

  const processor = new ConversationProcessor(
    resolved,
    engine,
    playbook,
    language,
    options.values ?? {},
    {
      stateChange: (e) => {
        emit('stateChange', e);
        output(e);
      },
      sentiment: (e) => {
        emit('sentiment', e);
        output(e);
      },
      trigger: (e) => {
        counts.triggers++;
        emit('trigger', e);
        output(e);
      },
      nudge: (e) => {
        counts.nudges++;
        emit('nudge', e);
        output(e);
      },
      nudgeClosed: (id) => {
        changed();
        emit('nudgeClosed', { id, atMs: processor.nowMs });
      },
      error: fail,
    },
    () => conversation,
  );

  /**
   * A listener of the host's threw: the coach reports it as a `listener-error` and goes
   * on (the event that was being processed is processed whole). One that listens to
   * errors and throws is only logged, as reporting it would call it again.
   */
  const listenerThrew = (what: string, e: unknown): void => {
    if (what === 'error') {
      log('error', 'a coach "error" listener threw', e);
      return;
    }
    fail(
      new TonvoError(
        'listener-error',
        `a coach ${what} threw: ${toTonvoError(e, 'listener-error').message}`,
        { cause: e },
      ),
    );
  };

  const notify = (): void => {
    if (!dirty || listeners.size === 0) return;
    for (const l of [...listeners]) {
      try {
        l();
      } catch (e) {
        listenerThrew('subscriber', e);
      }
    }
  };

  const process = (event: ConversationEvent, analysis: TextAnalysis | undefined): void => {
    const t = eventTimeMs(event);
    const late = processor.checkTime(event, t);
    if (late !== undefined) {
      processor.countDropped();
      fail(late);
      return;
    }
    status = 'running';
    processor.step(event, t, analysis);
    dirty = true;
  };

  const drain = async (): Promise<void> => {
    while (queue.length > 0) {
      const q = queue[0]!;
      let analysis: TextAnalysis | undefined;
      if (isThenable(q.analysis)) {
        try {
          analysis = checked(await q.analysis);
        } catch (e) {
          fail(
            new TonvoError(
              'analyzer-error',
              `the text analyzer failed: ${toTonvoError(e, 'analyzer-error').message}`,
              { cause: e },
            ),
          );
          analysis = NEUTRAL_ANALYSIS;
        }
      } else analysis = q.analysis;
      queue.shift();
      if (destroyed) return;
      process(q.event, analysis);
      notify();
    }
  };

  /**
   * The analyzer's analysis when it is one; otherwise an `analyzer-error` is reported and
   * the utterance is read as neutral (the utterance itself is kept).
   */
  const checked = (analysis: unknown): TextAnalysis => {
    const problem = analysisProblem(analysis);
    if (problem === undefined) return analysis as TextAnalysis;
    const [field, what] = problem;
    fail(
      new TonvoError(
        'analyzer-error',
        `the text analyzer "${analyzer.id}" gave a bad analysis: ${field === '' ? 'it' : field} ${what}`,
        { field: field === '' ? 'analysis' : `analysis.${field}` },
      ),
    );
    return NEUTRAL_ANALYSIS;
  };

  const refuse = (error: TonvoError): false => {
    processor.countDropped();
    fail(error);
    notify();
    return false;
  };

  const push = (raw: ConversationEvent): boolean => {
    if (destroyed) return refuse(new TonvoError('destroyed', 'the coach was destroyed'));
    if (ended)
      return refuse(new TonvoError('ended', 'the conversation has ended; create a new coach'));
    let event: ConversationEvent;
    try {
      event = parseConversationEvent(raw);
    } catch (e) {
      return refuse(isTonvoError(e) ? e : toTonvoError(e, 'invalid-event'));
    }
    if (event.conversation !== undefined) {
      if (conversation === undefined) conversation = event.conversation;
      else if (event.conversation !== conversation) {
        return refuse(
          TonvoError.invalidEvent(
            'conversation',
            `belongs to "${event.conversation}", this coach is for "${conversation}"`,
          ),
        );
      }
    }
    let analysis: Queued['analysis'];
    if (event.type === 'utterance') {
      if (redaction !== undefined) event = redactEventChecked(event, redaction);
      if (event.final) {
        try {
          analysis = analyzer.analyze(event.text);
        } catch (e) {
          fail(
            new TonvoError(
              'analyzer-error',
              `the text analyzer failed: ${toTonvoError(e, 'analyzer-error').message}`,
              { cause: e },
            ),
          );
          analysis = NEUTRAL_ANALYSIS;
        }
        // The built-in analyzer's readings are not checked, as the library's own rules
        // are not; a host's analyzer's are.
        if (options.analyzer !== undefined && !isThenable(analysis)) analysis = checked(analysis);
      }
    }
    if (queue.length > 0 || isThenable(analysis)) {
      queue.push({ event, analysis });
      if (queue.length === 1) draining = drain().finally(() => (draining = undefined));
      return true;
    }
    process(event, analysis as TextAnalysis | undefined);
    notify();
    return true;
  };

  const speakerSnapshot = (s: Speaker, samples: readonly SentimentSample[]): SpeakerSnapshot => {
    const m = processor.memory.state(s);
    return {
      state: m.state,
      score: m.score,
      confidence: m.confidence,
      sinceMs: m.sinceMs,
      trend: trendOf(samples, processor.nowMs),
    };
  };

  const build = (): CoachSnapshot => {
    const mem = processor.memory;
    const agentSamples = tail(processor.trajectories.agent.samples, MAX_SNAPSHOT_SAMPLES);
    const customerSamples = tail(processor.trajectories.customer.samples, MAX_SNAPSHOT_SAMPLES);
    const transcript: TranscriptLine[] = tail(mem.finals.toArray(), MAX_TRANSCRIPT).map(line);
    for (const s of ['agent', 'customer'] as const) {
      const p = mem.partial[s];
      if (p !== undefined) transcript.push(line(p));
    }
    const nudges = [...processor.activeNudges.values()]
      .sort((a, b) => b.priority - a.priority || a.atMs - b.atMs)
      .map((n): NudgeEvent => ({
        type: 'nudge',
        ...(conversation === undefined ? {} : { conversation }),
        ...n,
      }));
    const talk = processor.talk.stats();
    return Object.freeze({
      status,
      conversation,
      nowMs: processor.nowMs,
      version,
      speakers: {
        agent: speakerSnapshot('agent', agentSamples),
        customer: speakerSnapshot('customer', customerSamples),
      },
      nudges,
      transcript,
      trajectory: { agent: agentSamples, customer: customerSamples },
      closing: closingChecklist(
        mem.recent({ speaker: 'agent' }),
        processor.windDownAtMs,
        processor.nowMs,
        mem.signals.callEndedAtMs !== undefined,
      ),
      onHold: mem.signals.onHold,
      talk: {
        agentTalkMs: talk.agentTalkMs,
        customerTalkMs: talk.customerTalkMs,
        agentTalkRatio: talk.agentTalkRatio,
      },
      counts: { ...counts },
      lastError,
      report,
    });
  };

  return {
    push,
    getSnapshot() {
      if (dirty) {
        dirty = false;
        version++;
        snapshot = build();
      }
      return snapshot;
    },
    getInitialSnapshot: () => initial,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    on(type, listener) {
      const what = type === 'error' ? 'error' : `"${type}" listener`;
      const guarded = (e: CoachEventMap[typeof type]): void => {
        try {
          listener(e);
        } catch (err) {
          listenerThrew(what, err);
        }
      };
      emitter.on(type, guarded);
      return () => {
        emitter.off(type, guarded);
      };
    },
    async whenIdle() {
      while (draining !== undefined) await draining;
    },
    async end(atMs) {
      if (report !== undefined) return report;
      if (destroyed) throw new TonvoError('destroyed', 'the coach was destroyed');
      ended = true;
      while (draining !== undefined) await draining;
      if (atMs !== undefined && (!Number.isFinite(atMs) || atMs < 0)) {
        throw new TonvoError(
          'invalid-time',
          `end(atMs): must be a finite, non-negative number, got ${atMs}`,
        );
      }
      report = processor.finish(atMs ?? processor.nowMs);
      status = 'ended';
      changed();
      const event: CallReportEvent = { type: 'report', ...report };
      emit('report', event);
      output(event);
      notify();
      return report;
    },
    destroy() {
      destroyed = true;
      queue.length = 0;
      emitter.removeAllListeners();
      listeners.clear();
    },
  };
}

function tail<T>(list: readonly T[], n: number): T[] {
  return list.length <= n ? [...list] : list.slice(list.length - n);
}

function line(u: {
  id: string;
  speaker: Speaker;
  text: string;
  startMs: number;
  endMs: number;
  final: boolean;
}): TranscriptLine {
  return {
    id: u.id,
    speaker: u.speaker,
    text: u.text,
    startMs: u.startMs,
    endMs: u.endMs,
    final: u.final,
  };
}
