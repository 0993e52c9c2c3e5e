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
  UtteranceEvent,
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
import { conversationRedactorChecked } from '../redact/conversation-redactor.js';
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

/** An event waiting behind an asynchronous analysis, with its own reading once known. */
interface Queued {
  readonly event: ConversationEvent;
  /** The event's time (see `eventTimeMs`). */
  readonly t: number;
  /** True while the analyzer's reading of this final utterance is awaited. */
  waiting: boolean;
  analysis: TextAnalysis | undefined;
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
  const redact =
    options.redact === false
      ? undefined
      : conversationRedactorChecked(checkRedactOptions(options.redact ?? {}), true);
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
  // Events wait here, in order, behind a final utterance whose analysis is pending.
  const queue: Queued[] = [];
  /** Resolves `whenIdle` and `end` once the queue has emptied. */
  let idle: { promise: Promise<void>; resolve: () => void } | undefined;
  /** The latest event time pushed: how far the conversation has gone, analyses or not. */
  let pushedUntil = -Infinity;
  /** True while an event is being processed (its listeners included). */
  let pumping = false;
  const timeoutMs = options.analysisTimeoutMs;
  /** The built-in reading, for an utterance the host's analyzer failed to read. */
  const fallback = options.analyzer === undefined ? undefined : defaultAnalyzer();

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

  /** Processes an event at its time `t` (see `eventTimeMs`). */
  const process = (
    event: ConversationEvent,
    t: number,
    analysis: TextAnalysis | undefined,
  ): void => {
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

  /**
   * Processes the queued events up to the first whose analysis is still awaited. Once:
   * an event a listener pushes while another is processed waits its turn, rather than
   * being processed in the middle of it.
   */
  const pump = (): void => {
    if (pumping) return;
    pumping = true;
    try {
      while (queue.length > 0 && !queue[0]!.waiting) {
        const q = queue.shift()!;
        if (destroyed) return;
        process(q.event, q.t, q.analysis);
        notify();
      }
    } finally {
      pumping = false;
    }
    if (queue.length === 0 && idle !== undefined) {
      const { resolve } = idle;
      idle = undefined;
      resolve();
    }
  };

  /**
   * Stops waiting for the readings of utterances that `until` (conversation time) is
   * `analysisTimeoutMs` or more past: each is reported and read by the built-in analyzer.
   */
  const giveUpBefore = (until: number): void => {
    if (timeoutMs === undefined) return;
    for (
      let head = queue[0];
      head?.waiting === true && until - head.t >= timeoutMs;
      head = queue[0]
    ) {
      const u = head.event as UtteranceEvent;
      fail(
        new TonvoError(
          'analyzer-timeout',
          `the text analyzer "${analyzer.id}" gave no reading of utterance "${u.id}" within ${timeoutMs} ms of conversation time; it was read by the built-in analyzer`,
          { field: 'analyzer' },
        ),
      );
      head.waiting = false;
      head.analysis = fallbackFor(u.text);
      pump();
    }
  };

  /** Waits for the asynchronous reading of the final utterance queued as `q`. */
  const await_ = (q: Queued, reading: PromiseLike<TextAnalysis>): void => {
    const settle = (analysis: TextAnalysis): void => {
      // (A reading that comes after the coach stopped waiting for it is not used.)
      if (!q.waiting || destroyed) return;
      q.waiting = false;
      q.analysis = analysis;
      pump();
    };
    const text = (q.event as UtteranceEvent).text;
    try {
      reading.then(
        (a) => {
          if (q.waiting) settle(checked(a, text));
        },
        (e: unknown) => {
          if (q.waiting) settle(failed(e, text));
        },
      );
    } catch (e) {
      // A thenable whose `then` throws: a failed reading, not a `push` that throws.
      if (q.waiting) settle(failed(e, text));
    }
  };

  /** Reports an analyzer that threw or rejected; the utterance is read by the built-in analyzer. */
  const failed = (e: unknown, text: string): TextAnalysis => {
    fail(
      new TonvoError(
        'analyzer-error',
        `the text analyzer failed: ${toTonvoError(e, 'analyzer-error').message}`,
        { cause: e },
      ),
    );
    return fallbackFor(text);
  };

  /** The built-in analyzer's reading of `text` (neutral when that fails too). */
  const fallbackFor = (text: string): TextAnalysis => {
    if (fallback === undefined) return NEUTRAL_ANALYSIS;
    try {
      return fallback.analyze(text) as TextAnalysis;
    } catch {
      return NEUTRAL_ANALYSIS;
    }
  };

  /**
   * The analyzer's analysis when it is one; otherwise an `analyzer-error` is reported and
   * the utterance `text` is read by the built-in analyzer (the utterance itself is kept).
   */
  const checked = (analysis: unknown, text: string): TextAnalysis => {
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
    return fallbackFor(text);
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
    const t = eventTimeMs(event);
    let analysis: TextAnalysis | PromiseLike<TextAnalysis> | undefined;
    if (event.type === 'utterance') {
      if (redact !== undefined) event = redact(event);
      if (event.final) {
        try {
          analysis = analyzer.analyze(event.text);
        } catch (e) {
          analysis = failed(e, event.text);
        }
        // The built-in analyzer's readings are not checked, as the library's own rules
        // are not; a host's analyzer's are.
        if (options.analyzer !== undefined && !isThenable(analysis)) {
          analysis = checked(analysis, event.text);
        }
      }
    }
    if (t > pushedUntil) pushedUntil = t;
    // Queued behind a reading still awaited, or behind the event being processed (pushed
    // by a listener): events are processed one at a time, in order.
    if (queue.length > 0 || pumping || isThenable(analysis)) {
      const q: Queued = { event, t, waiting: isThenable(analysis), analysis: undefined };
      queue.push(q);
      // (A thenable may settle at once, inside `then`: the event is queued first.)
      if (isThenable(analysis)) await_(q, analysis);
      else q.analysis = analysis;
      giveUpBefore(pushedUntil);
      pump();
      return true;
    }
    pumping = true;
    try {
      process(event, t, analysis);
      notify();
    } finally {
      pumping = false;
    }
    if (queue.length > 0) pump();
    return true;
  };

  /** Resolves once every queued event has been processed. */
  const drained = (): Promise<void> => {
    if (queue.length === 0) return Promise.resolve();
    if (idle === undefined) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      idle = { promise, resolve };
    }
    return idle.promise;
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
        mem,
        mem.timers.startMs ?? processor.nowMs,
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
    whenIdle() {
      return drained();
    },
    async end(atMs) {
      if (report !== undefined) return report;
      if (destroyed) throw new TonvoError('destroyed', 'the coach was destroyed');
      if (atMs !== undefined && (!Number.isFinite(atMs) || atMs < 0)) {
        throw new TonvoError(
          'invalid-time',
          `end(atMs): must be a finite, non-negative number, got ${atMs}`,
        );
      }
      ended = true;
      // The call ends at `atMs`: readings that far overdue are not waited for.
      if (atMs !== undefined) giveUpBefore(Math.max(atMs, pushedUntil));
      await drained();
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
      pump();
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
