import { AdoptionTracker } from '../adoption/adoption-tracker.js';
import {
  actedOn,
  answersFeeling,
  doneBeforeShown,
  simplifies,
  type AgentWords,
} from '../adoption/acted-on.js';
import { agentCuesIn } from '../adoption/agent-cues.js';
import { TonvoError } from '../errors/tonvo-error.js';
import type { Mutable } from '../util/mutable.js';
import type {
  CallReport,
  ConversationEvent,
  NudgeEvent,
  ProsodyWindowEvent,
  SentimentSampleEvent,
  SentimentState,
  SignalEvent,
  Speaker,
  StateChangeEvent,
  TriggerFiredEvent,
  UtteranceEvent,
  VadSegmentEvent,
} from '../events/types.js';
import {
  conversationCues,
  contentWords,
  isQuestion,
  questionOpener,
} from '../perception/conversation-cues.js';
import { NEUTRAL_ANALYSIS, type TextAnalysis } from '../perception/text-analyzer.js';
import { NudgeScheduler, type NudgeData } from '../playbook/nudge-scheduler.js';
import type { Playbook } from '../playbook/playbook-types.js';
import { MomentLog } from '../report/moment-log.js';
import { TalkAccumulator } from '../report/talk-stats.js';
import { TrajectoryRecorder } from '../report/trajectory-recorder.js';
import type { FiredTrigger, RuleEngine } from '../rules/rule-engine.js';
import type { RuleEventKind, UtteranceView } from '../rules/rule-types.js';
import {
  isOrdinaryVoice,
  type SentimentEffect,
  type SentimentInput,
} from '../state/sentiment-machine.js';
import { readText } from '../text/text-reading.js';
import { isClosing } from '../triggers/closing-checklist.js';
import { closingItemsOf } from '../triggers/closing-cues.js';
import { askIn, type Ask } from '../triggers/repeated-request.js';
import type { LanguageCheck } from '../triggers/language.js';
import type { ResolvedCoachOptions } from './coach-options.js';
import { ConversationMemory } from './conversation-memory.js';
import { createSpeakerBaseline, type SpeakerBaseline } from '../dsp/speaker-baseline.js';
import { readCurtReply } from '../perception/curt-reply.js';
import { isUpsetState } from '../state/negative-states.js';
import { readGrudgingReply } from '../perception/grudging-reply.js';
import { readClosingThanks } from '../perception/closing-thanks.js';
import { buildReport, closingChecklist, type ReportParts } from './report-builder.js';
import { finalView, PartialView } from './utterance-view.js';

/** Where the processor sends what it decides. @internal */
export interface ProcessorSink {
  stateChange(e: StateChangeEvent): void;
  sentiment(e: SentimentSampleEvent): void;
  trigger(e: TriggerFiredEvent): void;
  nudge(e: NudgeEvent): void;
  nudgeClosed(id: string): void;
  error(e: TonvoError): void;
}

const MAX_TRIGGERS_IN_REPORT = 500;
/** How far back a customer's ask can be what the agent's words answer. */
const ASK_ANSWERED_WITHIN_MS = 60_000;

/**
 * Processes one conversation's events in order, synchronously: perceive, track,
 * detect, suggest. Time comes only from event timestamps. The runtime around it
 * (`createCoach`) validates, redacts, awaits async analysis and emits.
 * @internal
 */
export class ConversationProcessor {
  readonly memory: ConversationMemory;
  readonly #options: ResolvedCoachOptions;
  readonly #engine: RuleEngine;
  /** The kinds of happening some rule is evaluated on. */
  readonly #listens: ReadonlySet<RuleEventKind>;
  readonly #scheduler: NudgeScheduler;
  readonly #adoption: AdoptionTracker;
  readonly #moments = new MomentLog();
  readonly #talk = new TalkAccumulator();
  readonly #trajectories = {
    agent: new TrajectoryRecorder('agent'),
    customer: new TrajectoryRecorder('customer'),
  };
  readonly #language: LanguageCheck;
  readonly #sink: ProcessorSink;
  /** Where a rule that throws is reported (one function, not one per evaluation). */
  readonly #ruleError = (e: TonvoError): void => this.#sink.error(e);
  readonly #conversation: () => string | undefined;
  readonly #triggers: TriggerData[] = [];
  readonly #triggerCounts = new Map<string, number>();
  readonly #active = new Map<string, NudgeData>();
  /** The earliest expiry of the nudges on screen, as last worked out. */
  #activeDue: number | undefined;
  #activeDueStale = false;
  #started = false;
  #startMs = 0;
  #dropped = 0;
  #windDownAtMs: number | undefined;
  /** Each speaker's voice baseline, made at their first window without arousal and pace. */
  #agentBaseline: SpeakerBaseline | undefined;
  #customerBaseline: SpeakerBaseline | undefined;
  /** Each speaker's latest voice reading (updated in place: one per prosody window). */
  readonly #voice: Record<Speaker, { endMs: number; arousal: number }> = {
    agent: { endMs: -Infinity, arousal: 0 },
    customer: { endMs: -Infinity, arousal: 0 },
  };
  /** The earliest due time as last computed, and whether anything changed since. */
  #due: number | undefined;
  /**
   * Each speaker's upset state (frustrated, distressed) when their last final was heard
   * in it, and when: a grudging "That's a bit better." a few seconds after their state
   * settled back to neutral is still said by someone upset (see `moodOf`).
   */
  readonly #upsetLately: Record<Speaker, { state: SentimentState; atMs: number } | undefined> = {
    agent: undefined,
    customer: undefined,
  };
  #stale = true;
  /** Whether the step under way changed what timers may wait for (see `step`). */
  #touched = false;
  /** Triggers fired at the moment under way, offered together (see `#offerPending`). */
  #pending: { fired: FiredTrigger; values: Readonly<Record<string, string>> }[] = [];

  constructor(
    options: ResolvedCoachOptions,
    engine: RuleEngine,
    playbook: Playbook,
    language: LanguageCheck,
    values: Readonly<Record<string, string>>,
    sink: ProcessorSink,
    conversation: () => string | undefined,
  ) {
    this.#options = options;
    this.#engine = engine;
    this.#listens = new Set(engine.rules.flatMap((r) => r.on));
    this.#scheduler = new NudgeScheduler(playbook, options.nudges);
    this.#adoption = new AdoptionTracker(options.adoption);
    this.#language = language;
    this.memory = new ConversationMemory(values, options.sentiment);
    this.#sink = sink;
    this.#conversation = conversation;
  }

  get nowMs(): number {
    return this.memory.nowMs;
  }

  get activeNudges(): ReadonlyMap<string, NudgeData> {
    return this.#active;
  }

  get trajectories(): {
    readonly agent: TrajectoryRecorder;
    readonly customer: TrajectoryRecorder;
  } {
    return this.#trajectories;
  }

  get talk(): TalkAccumulator {
    return this.#talk;
  }

  get dropped(): number {
    return this.#dropped;
  }

  countDropped(): void {
    this.#dropped++;
  }

  /**
   * Checks an event's time `t` (see `eventTimeMs`) against the clock. Returns an error
   * for events too far behind (they are refused); slightly late ones are processed at
   * the current time.
   */
  checkTime(event: ConversationEvent, t: number): TonvoError | undefined {
    if (this.#started && t < this.memory.nowMs - this.#options.maxLatenessMs) {
      return new TonvoError(
        'out-of-order',
        `event at ${t} ms is ${this.memory.nowMs - t} ms behind the conversation clock (${this.memory.nowMs} ms); at most ${this.#options.maxLatenessMs} ms is accepted`,
        {
          field:
            event.type === 'utterance' || event.type === 'prosody' || event.type === 'vad'
              ? 'endMs'
              : 'atMs',
        },
      );
    }
    return undefined;
  }

  /**
   * Processes one validated, redacted event at its time `t` (see `eventTimeMs`), with
   * its analysis for finals. The event's type is read once, by the switch: events come
   * in six shapes, so every read of `type` at one place is a slow, megamorphic one.
   */
  step(event: ConversationEvent, t: number, analysis?: TextAnalysis): void {
    if (!this.#started) this.#start(event, t);
    // Whether what the event does (a hold started, speech ended, a nudge waits) moves
    // the timers: then the due time cached before it is no longer the one to skip ticks
    // by. (Before the event it still held: nothing had changed since the last step.)
    let moved = true;
    switch (event.type) {
      case 'utterance':
        this.#speechUntil(event.speaker, event.startMs, event.endMs, t);
        if (event.final) this.#final(event, analysis ?? NEUTRAL_ANALYSIS);
        else this.#partial(event);
        break;
      case 'prosody':
        this.#catchUp(t);
        this.#prosody(event);
        // A window moves the timers only when it was new evidence or something fired:
        // most are an ordinary voice, and evidence fading with time moves no timer.
        moved = this.#touched;
        break;
      case 'vad':
        this.#speechUntil(event.speaker, event.startMs, event.endMs, t);
        this.#vad(event);
        break;
      case 'signal':
        this.#catchUp(t);
        this.#signal(event);
        break;
      case 'feedback':
        this.#catchUp(t);
        if (!this.#adoption.onFeedback(event.nudgeId, event.action, this.memory.nowMs)) {
          this.#sink.error(
            TonvoError.invalidEvent('nudgeId', `no nudge "${event.nudgeId}" in this conversation`),
          );
        } else if (event.action !== 'used') this.#closeNudge(event.nudgeId);
        this.#evaluate('feedback', event);
        break;
      case 'tick':
        this.#catchUp(t);
        moved = false;
        break;
    }
    this.#offerPending();
    if (moved) this.#stale = true;
    this.#touched = false;
    this.advanceTo(this.memory.nowMs);
  }

  /** Sets the clock from the conversation's first event. */
  #start(event: ConversationEvent, t: number): void {
    this.#started = true;
    this.#startMs =
      event.type === 'utterance' || event.type === 'prosody' || event.type === 'vad'
        ? event.startMs
        : t;
    this.memory.mutableTimers.startMs = this.#startMs;
    this.memory.nowMs = Math.min(this.#startMs, t);
  }

  /**
   * For speech from `startMs` to `endMs` (at event time `t`): runs what was due before it
   * began, records that speech was going on (so silence timers do not fire for the
   * stretch the event itself covers), then catches up to `t`.
   */
  #speechUntil(speaker: Speaker, startMs: number, endMs: number, t: number): void {
    if (startMs > this.memory.nowMs) this.advanceTo(startMs);
    this.memory.markSpeech(speaker, startMs, endMs);
    this.#catchUp(t);
  }

  /** Runs what was due up to `t`, then lets evidence fade to now. */
  #catchUp(t: number): void {
    this.advanceTo(t);
    this.#decay();
  }

  /** Runs everything due up to `atMs`: timers, waiting nudges, expiries, adoption windows. */
  advanceTo(atMs: number): void {
    const m = this.memory;
    // Ticks and quiet stretches change nothing a timer depends on: skip the scan
    // while the earliest due time (known since the last change) is still ahead.
    if (!this.#stale && (this.#due === undefined || this.#due > atMs)) {
      if (atMs > m.nowMs) m.nowMs = atMs;
      return;
    }
    for (let guard = 0; guard < 10_000; guard++) {
      this.#engine.refreshWakes(m, this.#ruleError);
      const due = this.#nextDue();
      this.#due = due;
      this.#stale = false;
      if (due === undefined || due > atMs) break;
      this.#stale = true;
      if (due > m.nowMs) m.nowMs = due;
      const saved = m.nowMs;
      m.nowMs = due;
      this.#decay();
      this.#handle(this.#engine.evaluateDue(this.#ctx('timer', undefined), this.#ruleError));
      this.#offerPending();
      for (const n of this.#scheduler.release(due)) this.#showNudge(n);
      if ((this.#earliestExpiry() ?? Infinity) <= due) {
        for (const [id, n] of this.#active) if (n.expiresAtMs <= due) this.#closeNudge(id);
      }
      if ((this.#adoption.nextDueMs() ?? Infinity) <= due) {
        this.#adoption.settle(due);
      }
      m.nowMs = saved > due ? saved : due;
    }
    if (atMs > m.nowMs) m.nowMs = atMs;
  }

  #nextDue(): number | undefined {
    let min = earlier(this.#engine.nextWakeMs(), this.#scheduler.nextReleaseMs());
    min = earlier(min, this.#adoption.nextDueMs());
    min = earlier(min, this.#earliestExpiry());
    return min;
  }

  /** The earliest expiry of the nudges on screen. */
  #earliestExpiry(): number | undefined {
    if (this.#activeDueStale) {
      let expiry: number | undefined;
      for (const n of this.#active.values()) expiry = earlier(expiry, n.expiresAtMs);
      this.#activeDue = expiry;
      this.#activeDueStale = false;
    }
    return this.#activeDue;
  }

  #ctx(
    kind: RuleEventKind,
    event: ConversationEvent | undefined,
    utterance?: UtteranceView,
  ): ConversationMemory {
    const m = this.memory;
    m.kind = kind;
    m.event = event;
    m.utterance = utterance;
    m.stateChange = undefined;
    return m;
  }

  #evaluate(
    kind: RuleEventKind,
    event: ConversationEvent | undefined,
    utterance?: UtteranceView,
  ): void {
    // Most prosody windows and VAD segments have no rule listening (none built in).
    if (!this.#listens.has(kind)) return;
    this.#handle(this.#engine.evaluate(this.#ctx(kind, event, utterance), this.#ruleError));
  }

  #handle(fired: readonly FiredTrigger[]): void {
    if (fired.length > 0) this.#touched = true;
    for (const f of fired) {
      this.memory.recordFire(f.trigger, f.atMs);
      const data = triggerData(f);
      if (this.#triggers.length < MAX_TRIGGERS_IN_REPORT) this.#triggers.push(data);
      this.#triggerCounts.set(f.trigger, (this.#triggerCounts.get(f.trigger) ?? 0) + 1);
      this.#moments.onTrigger(f);
      this.#sink.trigger(triggerEvent(this.#conversation(), data));
      const values =
        f.values === undefined ? this.memory.values : { ...this.memory.values, ...f.values };
      if (this.#pending.length > 0 && this.#pending[0]!.fired.atMs !== f.atMs) this.#offerPending();
      this.#pending.push({ fired: f, values });
    }
  }

  /**
   * Offers the triggers fired at one moment, most urgent first. One utterance can fire
   * triggers twice (on the state change it causes, then on its words): offered as they
   * came, "They sound relieved" was shown and at once replaced by the closing nudge of
   * the same words, and counted as a nudge the agent ignored.
   */
  #offerPending(): void {
    const batch = this.#pending;
    if (batch.length === 0) return;
    this.#pending = [];
    if (batch.length > 1) {
      const s = this.#scheduler;
      batch.sort((a, b) => s.priorityOf(b.fired) - s.priorityOf(a.fired));
    }
    for (const { fired, values } of batch) {
      const nudge = this.#scheduler.offer(fired, values);
      const superseded = this.#scheduler.superseded;
      if (superseded.length > 0) for (const id of superseded.splice(0)) this.#closeNudge(id);
      if (nudge !== undefined) this.#showNudge(nudge);
    }
  }

  #showNudge(n: NudgeData): void {
    this.#active.set(n.id, n);
    this.#activeDueStale = true;
    const situation = this.#scheduler.situation(n.situation);
    const limit = n.trigger === 'pace-too-fast' ? this.#paceLimit() : undefined;
    this.#adoption.track(n, situation?.expect ?? 'none', this.memory.machines.customer, limit);
    this.#sink.nudge(nudgeEvent(this.#conversation(), n));
  }

  #paceLimit(): number {
    const s = this.memory.state('customer').state;
    const p = this.#options.triggers.paceWpm;
    return s === 'confused'
      ? p.confused
      : s === 'frustrated' || s === 'distressed'
        ? p.agitated
        : p.calm;
  }

  #closeNudge(id: string): void {
    if (this.#active.delete(id)) {
      this.#activeDueStale = true;
      this.#sink.nudgeClosed(id);
    }
  }

  /**
   * Lets evidence fade with time for speakers who are not neutral; not while the call is
   * on hold (see `#hold`).
   */
  #decay(): void {
    const { machines, nowMs, signals } = this.memory;
    if (signals.onHold) return;
    if (machines.agent.state !== 'neutral' && nowMs - machines.agent.updatedAtMs >= 1000) {
      this.#fade('agent');
    }
    if (machines.customer.state !== 'neutral' && nowMs - machines.customer.updatedAtMs >= 1000) {
      this.#fade('customer');
    }
  }

  #fade(speaker: Speaker): void {
    const { machines } = this.memory;
    const machine = speaker === 'agent' ? machines.agent : machines.customer;
    const effects = machine.fade(this.memory.nowMs);
    if (effects.length > 0) this.#effects(speaker, effects, undefined);
  }

  /** Gives a speaker's machine an input that came with `cause` (the event being processed). */
  #feed(speaker: Speaker, input: SentimentInput, cause: ConversationEvent): void {
    const { machines } = this.memory;
    const machine = speaker === 'agent' ? machines.agent : machines.customer;
    // On hold, the time since the hold began does not fade what came before.
    if (this.memory.signals.onHold) machine.rebase(this.memory.nowMs);
    const { effects, changed } = machine.apply(input);
    if (changed) this.#touched = true;
    // (Before the effects: a nudge they cause was not followed by this.)
    if (speaker === 'customer') {
      this.#adoption.onCustomerHeard(this.memory.nowMs, machine);
      this.#moments.onCustomerHeard(this.memory.nowMs, machine.state);
    }
    this.#effects(speaker, effects, cause);
  }

  /**
   * Emits what a transition decided: trajectory samples and state changes, on which the
   * state rules run with `cause` as their event (none for a fade with time alone).
   */
  #effects(
    speaker: Speaker,
    effects: readonly SentimentEffect[],
    cause: ConversationEvent | undefined,
  ): void {
    const c = this.#conversation();
    for (const e of effects) {
      if (e.type === 'sample') {
        const { atMs, score, state, confidence } = e;
        const trajectory =
          speaker === 'agent' ? this.#trajectories.agent : this.#trajectories.customer;
        trajectory.add({ atMs, speaker, score, state, confidence });
        this.#sink.sentiment(
          c === undefined
            ? { type: 'sentiment', atMs, speaker, score, state, confidence }
            : { type: 'sentiment', conversation: c, atMs, speaker, score, state, confidence },
        );
      } else {
        const { atMs, from, to, score, confidence, evidence } = e;
        const change: StateChangeEvent =
          c === undefined
            ? { type: 'state', atMs, speaker, from, to, score, confidence, evidence }
            : {
                type: 'state',
                conversation: c,
                atMs,
                speaker,
                from,
                to,
                score,
                confidence,
                evidence,
              };
        if (speaker === 'customer') this.#moments.onCustomerState(change);
        this.#sink.stateChange(change);
        const ctx = this.#ctx('state', cause);
        ctx.stateChange = change;
        this.#handle(this.#engine.evaluate(ctx, this.#ruleError));
      }
    }
  }

  /** A stretch of speech for talk time (`step` already marked it for the timers). */
  #speech(speaker: Speaker, startMs: number, endMs: number, fromVad: boolean): void {
    const m = this.memory;
    if (fromVad === m.useVad) {
      if (speaker === 'agent') m.speech.agent = { startMs, endMs };
      else m.speech.customer = { startMs, endMs };
      this.#talk.addSpeech(speaker, startMs, endMs);
    }
  }

  #final(e: UtteranceEvent, read: TextAnalysis): void {
    const m = this.memory;
    const tokens = readText(e.text).tokens;
    const agent = e.speaker === 'agent';
    const voice = agent ? this.#voice.agent : this.#voice.customer;
    const machine = agent ? m.machines.agent : m.machines.customer;
    // (No window yet: endMs is -Infinity.)
    const recentArousal = e.startMs - voice.endMs <= 3000 ? voice.arousal : undefined;
    const mood = moodOf(machine.state, this.#upsetLately[e.speaker], e.startMs);
    if (isUpsetState(machine.state)) {
      this.#upsetLately[e.speaker] = { state: machine.state, atMs: e.endMs };
    }
    const analysis =
      readCurtReply(tokens, e.text, read, mood, recentArousal) ??
      readGrudgingReply(e.text, read, mood) ??
      (agent ? undefined : readClosingThanks(tokens, e.text, read)) ??
      read;
    let cues: readonly string[] = [];
    let contextConfused = 0;
    const question = isQuestion(e.text, tokens);
    // Only a question can show confusion in the conversation (see conversationCues).
    if (e.speaker === 'customer' && question) {
      const agentLast = m.last.agent;
      const c = conversationCues(
        { tokens, isQuestion: question, atMs: e.endMs },
        m.customerQuestions.toArray(),
        agentLast === undefined
          ? undefined
          : { tokens: agentLast.tokens, isQuestion: agentLast.isQuestion },
      );
      cues = c.cues;
      contextConfused = c.confused;
      m.customerQuestions.push({
        atMs: e.endMs,
        words: contentWords(tokens),
        opener: questionOpener(tokens),
      });
    }
    const view = finalView(e, tokens, question, analysis, cues);
    m.finals.push(view);
    if (agent) {
      m.last.agent = view;
      m.partial.agent = undefined;
    } else {
      m.last.customer = view;
      m.partial.customer = undefined;
    }
    this.#speech(e.speaker, e.startMs, e.endMs, false);
    if (e.speaker === 'agent' && view.wordsPerMinute !== undefined) {
      m.recordAgentPace(e.endMs, tokens.length, (tokens.length / view.wordsPerMinute) * 60_000);
      this.#talk.addAgentWords(tokens.length, (tokens.length / view.wordsPerMinute) * 60_000);
    }
    this.#feed(
      e.speaker,
      {
        type: 'text',
        atMs: m.nowMs,
        utteranceId: e.id,
        analysis,
        ...(cues.length > 0 || contextConfused > 0
          ? { context: { confused: contextConfused, cues } }
          : {}),
      },
      e,
    );
    if (e.speaker === 'agent') this.#agentFinal(view);
    if (this.#windDownAtMs === undefined && isClosing(m, view)) this.#windDownAtMs = e.endMs;
    this.#evaluate('utterance', e, view);
    if (e.speaker === 'agent' && question) m.endAgentRun();
  }

  #agentFinal(view: UtteranceView): void {
    // The closing checklist (its rule, the snapshot and the report) reads the agent's
    // recent utterances again at each closing moment. Reading each one now, while the
    // text's reading is still cached, saves reading it from scratch then: at a closing
    // moment about half of them had not been read for closing items yet.
    closingItemsOf(view.text);
    const words = this.#agentWords(view);
    this.#adoption.onAgentUtterance(words);
    // A nudge held back by the spacing that the agent has just done anyway is not shown.
    if (this.#scheduler.waiting) {
      this.#scheduler.withdraw((situation, fired) => {
        const expect = situation.expect ?? 'none';
        if (view.endMs < fired.atMs || !doneBeforeShown(expect)) return false;
        const limit = fired.trigger === 'pace-too-fast' ? this.#paceLimit() : undefined;
        return actedOn(expect, fired.trigger, words, limit) !== undefined;
      });
    }
    if (this.#moments.awaitingResponse) {
      const state = this.#moments.openState;
      const how =
        state === 'confused' ? simplifies(words) : answersFeeling(words, state === 'frustrated');
      if (how !== undefined) this.#moments.onAgentResponse(view.endMs, how);
    }
  }

  /**
   * What adoption reads of an agent utterance (see `AgentWords`). The customer's ask it
   * may answer is their latest in the last minute.
   */
  #agentWords(view: UtteranceView): AgentWords {
    const m = this.memory;
    let issues: ReturnType<LanguageCheck['check']> | undefined;
    let ask: Ask | undefined | null = null;
    return {
      u: view,
      cues: agentCuesIn(view.text),
      hasLanguageIssue: (kind) => {
        issues ??= this.#language.check(view.text);
        return issues.some((i) => i.kind === kind);
      },
      customerSaid: m.lastUtterance('customer')?.text,
      customerAsk: () => {
        if (ask !== null) return ask;
        ask = undefined;
        const said = m.recent({ speaker: 'customer', withinMs: ASK_ANSWERED_WITHIN_MS });
        for (let k = said.length - 1; k >= 0 && ask === undefined; k--) ask = askIn(said[k]!.text);
        return ask;
      },
    };
  }

  #partial(e: UtteranceEvent): void {
    // Partials arrive several times a second: no tokens or analysis, only what the
    // live transcript and the partial rules (monologue) need.
    const view = new PartialView(e);
    if (e.speaker === 'agent') this.memory.partial.agent = view;
    else this.memory.partial.customer = view;
    this.#evaluate('partial', e, view);
  }

  #prosody(e: ProsodyWindowEvent): void {
    // Windows from Tonvo's audio pipeline carry arousal and pace; for others, judge the
    // raw features against this speaker's own running baseline here (the same module).
    let { arousal, pace } = e;
    if (arousal === undefined || pace === undefined) {
      const baseline =
        e.speaker === 'agent'
          ? (this.#agentBaseline ??= createSpeakerBaseline())
          : (this.#customerBaseline ??= createSpeakerBaseline());
      const judged = baseline.observe(e);
      arousal ??= judged.arousal;
      pace ??= judged.pace;
    }
    const voice = e.speaker === 'agent' ? this.#voice.agent : this.#voice.customer;
    voice.endMs = e.endMs;
    voice.arousal = arousal;
    if (!isOrdinaryVoice(arousal, pace, this.#options.sentiment)) {
      this.#feed(
        e.speaker,
        {
          type: 'prosody',
          atMs: this.memory.nowMs,
          window: { startMs: e.startMs, endMs: e.endMs },
          arousal,
          pace,
        },
        e,
      );
    }
    this.#evaluate('prosody', e);
  }

  #vad(e: VadSegmentEvent): void {
    const m = this.memory;
    m.useVad = true;
    this.#speech(e.speaker, e.startMs, e.endMs, true);
    this.#evaluate('vad', e);
  }

  #signal(e: SignalEvent): void {
    const s = this.memory.mutableSignals;
    const at = this.memory.nowMs;
    switch (e.kind) {
      case 'call-started':
        s.callStartedAtMs ??= at;
        break;
      case 'call-ended':
        s.callEndedAtMs = at;
        break;
      case 'hold-started':
        if (!s.onHold) {
          s.onHold = true;
          s.holdStartedAtMs = at;
          s.holdCount++;
          this.memory.endAgentRun();
          this.#moments.onHoldStarted(at);
        }
        break;
      case 'hold-ended':
        if (s.onHold) {
          s.onHold = false;
          this.#hold(at);
          this.#talk.addHold(at);
          this.memory.mutableTimers.lastSpeechEndMs = Math.max(
            this.memory.timers.lastSpeechEndMs ?? at,
            at,
          );
          this.#adoption.onHoldEnded(at);
          this.#moments.onHoldEnded(at);
        }
        break;
      case 'mute':
        s.muted = true;
        break;
      case 'unmute':
        s.muted = false;
        this.memory.mutableTimers.lastSpeechEndMs = Math.max(
          this.memory.timers.lastSpeechEndMs ?? at,
          at,
        );
        break;
      case 'transfer':
        s.transferredAtMs = at;
        break;
    }
    this.#evaluate('signal', e);
  }

  /**
   * The end of a hold at `at`: how the speakers felt is taken up where the hold began. A
   * customer left on hold has not calmed down because time passed unheard; letting
   * their frustration fade over it would show a recovery (and a de-escalation credited
   * to the agent) that nobody heard.
   */
  #hold(at: number): void {
    this.memory.machines.agent.rebase(at);
    this.memory.machines.customer.rebase(at);
  }

  /** Closes the conversation at `atMs` and builds its report. */
  finish(atMs: number): CallReport {
    this.advanceTo(Math.max(atMs, this.memory.nowMs));
    this.#adoption.settle(this.memory.nowMs, true);
    for (const id of [...this.#active.keys()]) this.#closeNudge(id);
    const parts: ReportParts = {
      conversation: this.#conversation() ?? '',
      startMs: this.#startMs,
      endMs: this.memory.nowMs,
      trajectories: [
        this.#trajectories.customer.toTrajectory(),
        this.#trajectories.agent.toTrajectory(),
      ],
      moments: this.#moments.moments(),
      triggers: this.#triggers,
      triggerCounts: [...this.#triggerCounts].map(([trigger, count]) => ({ trigger, count })),
      nudges: this.#adoption.outcomes(),
      adoption: this.#adoption.counts(),
      talk: this.#talk.stats(),
      closing: closingChecklist(
        this.memory,
        this.#startMs,
        this.#windDownAtMs,
        this.memory.nowMs,
        this.memory.signals.callEndedAtMs !== undefined,
      ),
      deEscalations: this.#moments.deEscalations,
      droppedEvents: this.#dropped,
    };
    return buildReport(parts);
  }

  /** When the call started winding down, if it has. */
  get windDownAtMs(): number | undefined {
    return this.#windDownAtMs;
  }
}

/** What a fired trigger's report entry and `trigger` event hold besides type and conversation. */
type TriggerData = Omit<TriggerFiredEvent, 'type' | 'conversation'>;

/** A fired trigger as the report and the `trigger` event carry it: no rule, no values. */
function triggerData(f: FiredTrigger): TriggerData {
  return withTriggerFields({ atMs: f.atMs, trigger: f.trigger } as Mutable<TriggerData>, f);
}

/**
 * The `trigger` event of a fired trigger's data (a spread into a new literal copies
 * generically, and this runs for every trigger).
 */
function triggerEvent(conversation: string | undefined, d: TriggerData): TriggerFiredEvent {
  const e = (
    conversation === undefined
      ? { type: 'trigger', atMs: d.atMs, trigger: d.trigger }
      : { type: 'trigger', conversation, atMs: d.atMs, trigger: d.trigger }
  ) as Mutable<TriggerFiredEvent>;
  return withTriggerFields(e, d);
}

/**
 * Sets the fields that follow `atMs` and `trigger`, one by one in the order the event's
 * JSON writes them, on `out` (which already holds those two).
 */
function withTriggerFields<T extends Mutable<TriggerData>>(out: T, from: TriggerData): T {
  if (from.speaker !== undefined) out.speaker = from.speaker;
  out.priority = from.priority;
  if (from.span !== undefined) out.span = from.span;
  if (from.replacement !== undefined) out.replacement = from.replacement;
  out.matched = from.matched;
  out.evidence = from.evidence;
  return out;
}

/** The `nudge` event of a nudge, field by field as {@link triggerEvent} does. */
function nudgeEvent(conversation: string | undefined, n: NudgeData): NudgeEvent {
  const e = (
    conversation === undefined
      ? { type: 'nudge', id: n.id }
      : { type: 'nudge', conversation, id: n.id }
  ) as Mutable<NudgeEvent>;
  e.atMs = n.atMs;
  e.trigger = n.trigger;
  e.situation = n.situation;
  e.message = n.message;
  e.phrases = n.phrases;
  e.priority = n.priority;
  e.critical = n.critical;
  e.expiresAtMs = n.expiresAtMs;
  e.evidence = n.evidence;
  if (n.span !== undefined) e.span = n.span;
  if (n.replacement !== undefined) e.replacement = n.replacement;
  return e;
}

/** The earlier of two optional times. */
function earlier(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || (b !== undefined && b < a) ? b : a;
}

/** How long after a speaker was last heard upset their words are read as still upset. */
const UPSET_LATELY_MS = 60_000;

/**
 * The mood a speaker's words are read in (by the curt and grudging readers): their state,
 * or, where it has settled back to neutral, the upset state they were last heard in, within
 * a minute ("Right. And nobody thought to tell me." ... "Okay. That's a bit better.": still
 * grudging, not pleased).
 */
function moodOf(
  state: SentimentState,
  upset: { readonly state: SentimentState; readonly atMs: number } | undefined,
  atMs: number,
): SentimentState {
  return state === 'neutral' && upset !== undefined && atMs - upset.atMs <= UPSET_LATELY_MS
    ? upset.state
    : state;
}
