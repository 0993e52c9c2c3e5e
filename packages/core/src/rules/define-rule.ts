import { TonvoError } from '../errors/tonvo-error.js';
import { RULE_EVENT_KINDS, type Rule, type RuleDefinition } from './rule-types.js';
import { KEBAB_ID } from '../util/value-checks.js';

/** Default cooldown of a rule, ms. @public */
export const DEFAULT_RULE_COOLDOWN_MS = 30_000;
/** Default priority of a rule. @public */
export const DEFAULT_RULE_PRIORITY = 50;

/**
 * Checks a typed rule and fills in its defaults (evaluated on final utterances,
 * priority 50, 30 s cooldown, situation = id).
 *
 * @example
 * ```ts
 * const vip = defineRule({
 *   id: 'vip-mention',
 *   when: (ctx) => ctx.utterance?.speaker === 'customer' && /\bplatinum\b/i.test(ctx.utterance.text),
 * });
 * ```
 * @throws TonvoError `invalid-rule` naming the field and the problem.
 * @public
 */
export function defineRule(definition: RuleDefinition, field = 'rule'): Rule {
  if (typeof definition !== 'object' || definition === null)
    throw TonvoError.invalidRule(field, 'must be an object');
  const { id } = definition;
  if (typeof id !== 'string' || !KEBAB_ID.test(id) || id.length > 64) {
    throw TonvoError.invalidRule(
      `${field}.id`,
      `must be a kebab-case id of at most 64 characters, got ${JSON.stringify(id)}`,
    );
  }
  const f = `${field}(${id})`;
  if (typeof definition.when !== 'function')
    throw TonvoError.invalidRule(`${f}.when`, 'must be a function');
  if (definition.wakeAtMs !== undefined && typeof definition.wakeAtMs !== 'function') {
    throw TonvoError.invalidRule(`${f}.wakeAtMs`, 'must be a function');
  }
  const on = definition.on ?? ['utterance'];
  if (!Array.isArray(on) || on.length === 0)
    throw TonvoError.invalidRule(`${f}.on`, 'must be a non-empty array');
  for (const k of on) {
    if (!RULE_EVENT_KINDS.includes(k)) {
      throw TonvoError.invalidRule(
        `${f}.on`,
        `unknown kind ${JSON.stringify(k)}; one of ${RULE_EVENT_KINDS.join(', ')}`,
      );
    }
  }
  const priority = definition.priority ?? DEFAULT_RULE_PRIORITY;
  if (!Number.isInteger(priority) || priority < 1 || priority > 100) {
    throw TonvoError.invalidRule(
      `${f}.priority`,
      `must be an integer in [1, 100], got ${priority}`,
    );
  }
  const cooldownMs = definition.cooldownMs ?? DEFAULT_RULE_COOLDOWN_MS;
  if (typeof cooldownMs !== 'number' || !Number.isFinite(cooldownMs) || cooldownMs < 0) {
    throw TonvoError.invalidRule(
      `${f}.cooldownMs`,
      `must be a non-negative number of milliseconds, got ${cooldownMs}`,
    );
  }
  const situation = definition.situation ?? id;
  if (typeof situation !== 'string' || !KEBAB_ID.test(situation)) {
    throw TonvoError.invalidRule(
      `${f}.situation`,
      `must be a kebab-case id, got ${JSON.stringify(situation)}`,
    );
  }
  const rule: Rule = {
    id,
    description: definition.description ?? '',
    on: [...on],
    priority,
    cooldownMs,
    situation,
    critical: definition.critical === true,
    when: definition.when,
  };
  return definition.wakeAtMs === undefined ? rule : { ...rule, wakeAtMs: definition.wakeAtMs };
}
