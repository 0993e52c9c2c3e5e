import { TonvoError } from '../errors/tonvo-error.js';
import {
  SENTIMENT_STATES,
  SIGNAL_KINDS,
  type SentimentState,
  type SignalKind,
  type Speaker,
} from '../events/types.js';
import { parsePlaybook } from '../playbook/parse-playbook.js';
import type { PlaybookSituation } from '../playbook/playbook-types.js';
import { createPhraseMatcher, type PhraseMatcher } from '../text/phrase-matcher.js';
import { defineRule } from './define-rule.js';
import type { Rule, RuleContext, RuleEventKind, RuleMatch } from './rule-types.js';
import { isObject } from '../util/value-checks.js';

/**
 * A trigger rule written as data (JSON), safe to load from configuration: phrases are
 * phrase patterns (never regular expressions or code), every field is validated.
 * All conditions given must hold.
 * @public
 */
export interface DeclarativeRule {
  readonly id: string;
  readonly description?: string;
  /** Whose words the phrases must be in. */
  readonly speaker?: Speaker;
  /** At least one of these phrase patterns must match the utterance. */
  readonly phrases?: readonly string[];
  /** None of these may match. */
  readonly notPhrases?: readonly string[];
  /** Allowed current states, per speaker. */
  readonly states?: Partial<Record<Speaker, readonly SentimentState[]>>;
  /** Score bounds, per speaker. */
  readonly score?: Partial<Record<Speaker, { readonly below?: number; readonly above?: number }>>;
  /** Fires on these signals (instead of utterances). */
  readonly signals?: readonly SignalKind[];
  /** Only while on hold (true) or not on hold (false). */
  readonly onHold?: boolean;
  /** The other conditions must have held this many times within the window (this time included). */
  readonly count?: { readonly atLeast: number; readonly withinMs: number };
  readonly priority?: number;
  readonly cooldownMs?: number;
  readonly situation?: string;
  readonly critical?: boolean;
  /** A playbook situation for this rule's nudge (its id is the rule's `situation`). */
  readonly nudge?: Pick<PlaybookSituation, 'title' | 'message' | 'phrases'> &
    Partial<PlaybookSituation>;
}

/** Rules and the playbook situations they bring, from {@link parseRules}. @public */
export interface ParsedRules {
  readonly rules: readonly Rule[];
  readonly situations: Readonly<Record<string, PlaybookSituation>>;
}

type Obj = Record<string, unknown>;
const KEYS = new Set([
  'id',
  'description',
  'speaker',
  'phrases',
  'notPhrases',
  'states',
  'score',
  'signals',
  'onHold',
  'count',
  'priority',
  'cooldownMs',
  'situation',
  'critical',
  'nudge',
]);
const MAX_RULES = 500;
const MAX_COUNT_HISTORY = 32;

function speakerOf(v: unknown, field: string): Speaker {
  if (v !== 'agent' && v !== 'customer')
    throw TonvoError.invalidRule(field, `must be "agent" or "customer", got ${JSON.stringify(v)}`);
  return v;
}

function stringList(v: unknown, field: string, max = 200): string[] {
  if (!Array.isArray(v) || v.length === 0)
    throw TonvoError.invalidRule(field, 'must be a non-empty array of strings');
  if (v.length > max) throw TonvoError.invalidRule(field, `at most ${max} entries`);
  return v.map((x, i) => {
    if (typeof x !== 'string') throw TonvoError.invalidRule(`${field}[${i}]`, 'must be a string');
    return x;
  });
}

function matcher(list: readonly string[], field: string): PhraseMatcher<number> {
  return createPhraseMatcher(
    list.map((pattern, i) => ({ pattern, value: i })),
    field,
  );
}

function num(v: unknown, field: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    throw TonvoError.invalidRule(
      field,
      `must be a number in [${min}, ${max}], got ${JSON.stringify(v)}`,
    );
  }
  return v;
}

/** Turns one validated declarative rule into a {@link Rule}. */
function compile(raw: Obj, field: string): { rule: Rule; situation?: [string, PlaybookSituation] } {
  for (const k of Object.keys(raw))
    if (!KEYS.has(k)) throw TonvoError.invalidRule(`${field}.${k}`, 'is not a known field');
  const id = raw['id'];
  if (typeof id !== 'string') throw TonvoError.invalidRule(`${field}.id`, 'must be a string');
  const speaker =
    raw['speaker'] === undefined ? undefined : speakerOf(raw['speaker'], `${field}.speaker`);
  const phrases =
    raw['phrases'] === undefined
      ? undefined
      : matcher(stringList(raw['phrases'], `${field}.phrases`), `${field}.phrases`);
  const notPhrases =
    raw['notPhrases'] === undefined
      ? undefined
      : matcher(stringList(raw['notPhrases'], `${field}.notPhrases`), `${field}.notPhrases`);
  const phraseList = raw['phrases'] as string[] | undefined;

  let states: Partial<Record<Speaker, readonly SentimentState[]>> | undefined;
  if (raw['states'] !== undefined) {
    const s = raw['states'];
    if (!isObject(s))
      throw TonvoError.invalidRule(
        `${field}.states`,
        'must be an object like {"customer": ["frustrated"]}',
      );
    states = {};
    for (const [who, list] of Object.entries(s)) {
      const sp = speakerOf(who, `${field}.states.${who}`);
      states[sp] = stringList(list, `${field}.states.${who}`).map((st, i) => {
        if (!SENTIMENT_STATES.includes(st as SentimentState)) {
          throw TonvoError.invalidRule(
            `${field}.states.${who}[${i}]`,
            `unknown state "${st}"; one of ${SENTIMENT_STATES.join(', ')}`,
          );
        }
        return st as SentimentState;
      });
    }
  }
  let score: DeclarativeRule['score'];
  if (raw['score'] !== undefined) {
    const s = raw['score'];
    if (!isObject(s))
      throw TonvoError.invalidRule(
        `${field}.score`,
        'must be an object like {"customer": {"below": -0.3}}',
      );
    const out: Partial<Record<Speaker, { below?: number; above?: number }>> = {};
    for (const [who, b] of Object.entries(s)) {
      const sp = speakerOf(who, `${field}.score.${who}`);
      if (!isObject(b))
        throw TonvoError.invalidRule(
          `${field}.score.${who}`,
          'must be an object with "below" and/or "above"',
        );
      for (const k of Object.keys(b))
        if (k !== 'below' && k !== 'above')
          throw TonvoError.invalidRule(`${field}.score.${who}.${k}`, 'is not a known field');
      out[sp] = {
        ...(b['below'] === undefined
          ? {}
          : { below: num(b['below'], `${field}.score.${who}.below`, -1, 1) }),
        ...(b['above'] === undefined
          ? {}
          : { above: num(b['above'], `${field}.score.${who}.above`, -1, 1) }),
      };
    }
    score = out;
  }
  const signals =
    raw['signals'] === undefined
      ? undefined
      : stringList(raw['signals'], `${field}.signals`).map((k, i) => {
          if (!SIGNAL_KINDS.includes(k as SignalKind)) {
            throw TonvoError.invalidRule(
              `${field}.signals[${i}]`,
              `unknown signal "${k}"; one of ${SIGNAL_KINDS.join(', ')}`,
            );
          }
          return k as SignalKind;
        });
  if (
    signals !== undefined &&
    (phrases !== undefined || notPhrases !== undefined || speaker !== undefined)
  ) {
    throw TonvoError.invalidRule(
      `${field}.signals`,
      'cannot be combined with speaker/phrases/notPhrases (a signal has no words)',
    );
  }
  let onHold: boolean | undefined;
  if (raw['onHold'] !== undefined) {
    if (typeof raw['onHold'] !== 'boolean')
      throw TonvoError.invalidRule(`${field}.onHold`, 'must be true or false');
    onHold = raw['onHold'];
  }
  let count: { atLeast: number; withinMs: number } | undefined;
  if (raw['count'] !== undefined) {
    const c = raw['count'];
    if (!isObject(c))
      throw TonvoError.invalidRule(
        `${field}.count`,
        'must be an object like {"atLeast": 2, "withinMs": 300000}',
      );
    for (const k of Object.keys(c))
      if (k !== 'atLeast' && k !== 'withinMs')
        throw TonvoError.invalidRule(`${field}.count.${k}`, 'is not a known field');
    count = {
      atLeast: num(c['atLeast'], `${field}.count.atLeast`, 1, MAX_COUNT_HISTORY),
      withinMs: num(c['withinMs'], `${field}.count.withinMs`, 1, 24 * 3600_000),
    };
    if (!Number.isInteger(count.atLeast))
      throw TonvoError.invalidRule(`${field}.count.atLeast`, 'must be an integer');
  }
  if (
    phrases === undefined &&
    signals === undefined &&
    states === undefined &&
    score === undefined
  ) {
    throw TonvoError.invalidRule(field, 'needs at least one of phrases, signals, states or score');
  }

  const on: RuleEventKind[] =
    signals !== undefined
      ? ['signal']
      : phrases !== undefined || speaker !== undefined
        ? ['utterance']
        : ['state'];
  const when = (ctx: RuleContext): RuleMatch | undefined => {
    const matched: string[] = [];
    let span: RuleMatch['span'];
    if (signals !== undefined) {
      const e = ctx.event;
      if (e?.type !== 'signal' || !signals.includes(e.kind)) return undefined;
      matched.push(`signal ${e.kind}`);
    }
    const u = ctx.utterance;
    if (on[0] === 'utterance') {
      if (u === undefined || !u.final) return undefined;
      if (speaker !== undefined) {
        if (u.speaker !== speaker) return undefined;
        matched.push(`spoken by the ${speaker}`);
      }
      if (phrases !== undefined) {
        const hit = phrases.find(u.text)[0];
        if (hit === undefined) return undefined;
        span = { utteranceId: u.id, start: hit.start, end: hit.end, text: hit.text };
        matched.push(`phrase "${phraseList![hit.value]!}" matched "${hit.text}"`);
      }
      if (notPhrases !== undefined && notPhrases.test(u.text)) return undefined;
    }
    if (on[0] === 'state' && ctx.stateChange === undefined) return undefined;
    if (states !== undefined) {
      for (const [who, allowed] of Object.entries(states) as [
        Speaker,
        readonly SentimentState[],
      ][]) {
        const st = ctx.state(who).state;
        if (!allowed.includes(st)) return undefined;
        matched.push(`${who} is ${st}`);
      }
    }
    if (score !== undefined) {
      for (const [who, b] of Object.entries(score) as [
        Speaker,
        { below?: number; above?: number },
      ][]) {
        const sc = ctx.state(who).score;
        if (b.below !== undefined && !(sc < b.below)) return undefined;
        if (b.above !== undefined && !(sc > b.above)) return undefined;
        matched.push(
          `${who} score ${sc.toFixed(2)}${b.below === undefined ? '' : ` < ${b.below}`}${b.above === undefined ? '' : ` > ${b.above}`}`,
        );
      }
    }
    if (onHold !== undefined) {
      if (ctx.signals.onHold !== onHold) return undefined;
      matched.push(onHold ? 'on hold' : 'not on hold');
    }
    if (count !== undefined) {
      const n = ctx.occurrences(`rule:${id}`, count.withinMs);
      if (n < count.atLeast) return undefined;
      matched.push(`${n} times within ${Math.round(count.withinMs / 1000)} s`);
    }
    return {
      ...(span === undefined ? {} : { span }),
      ...(u !== undefined && on[0] === 'utterance' ? { speaker: u.speaker } : {}),
      matched,
    };
  };
  const rule = defineRule(
    {
      id,
      description: typeof raw['description'] === 'string' ? raw['description'] : id,
      on,
      when,
      ...(raw['priority'] === undefined ? {} : { priority: raw['priority'] as number }),
      ...(raw['cooldownMs'] === undefined ? {} : { cooldownMs: raw['cooldownMs'] as number }),
      ...(raw['situation'] === undefined ? {} : { situation: raw['situation'] as string }),
      ...(raw['critical'] === undefined ? {} : { critical: raw['critical'] as boolean }),
    },
    field,
  );
  const nudge = raw['nudge'];
  if (nudge === undefined) return { rule };
  if (!isObject(nudge))
    throw TonvoError.invalidRule(
      `${field}.nudge`,
      'must be an object with title, message and phrases',
    );
  let parsed: PlaybookSituation;
  try {
    parsed = parsePlaybook({ situations: { [rule.situation]: nudge } }).situations[rule.situation]!;
  } catch (e) {
    const err = e as TonvoError;
    const inner = err.field?.replace(`situations.${rule.situation}`, '') ?? '';
    throw TonvoError.invalidRule(`${field}.nudge${inner}`, err.message.replace(/^[^:]*: /, ''));
  }
  return { rule, situation: [rule.situation, parsed] };
}

/**
 * Validates declarative rules (a parsed JSON object `{ "rules": [...] }` or an array)
 * and compiles them into rules, plus the playbook situations their `nudge` fields
 * bring. No `eval`, no regular expressions from the config.
 *
 * @example
 * ```ts
 * const { rules, situations } = parseRules({ rules: [{ id: 'manager-twice', speaker: 'customer',
 *   phrases: ['(speak|talk) to (a|your) manager'], count: { atLeast: 2, withinMs: 300000 } }] });
 * ```
 * @throws TonvoError `invalid-rule` naming the field (e.g. `rules[1].count.withinMs`) and the problem.
 * @public
 */
export function parseRules(value: unknown): ParsedRules {
  const list = Array.isArray(value) ? value : isObject(value) ? value['rules'] : undefined;
  if (!Array.isArray(list))
    throw TonvoError.invalidRule(
      'rules',
      'must be an array of rules (or an object with a "rules" array)',
    );
  if (list.length > MAX_RULES) throw TonvoError.invalidRule('rules', `at most ${MAX_RULES} rules`);
  const rules: Rule[] = [];
  const situations: Record<string, PlaybookSituation> = {};
  const ids = new Set<string>();
  list.forEach((raw, i) => {
    const field = `rules[${i}]`;
    if (!isObject(raw)) throw TonvoError.invalidRule(field, 'must be an object');
    const { rule, situation } = compile(raw, field);
    if (ids.has(rule.id)) throw TonvoError.invalidRule(`${field}.id`, `duplicate id "${rule.id}"`);
    ids.add(rule.id);
    rules.push(rule);
    if (situation !== undefined) situations[situation[0]] = situation[1];
  });
  return { rules, situations };
}
