import { TonvoError } from '../errors/tonvo-error.js';
import {
  ADOPTION_EXPECTATIONS,
  type AdoptionExpectation,
  type Playbook,
  type PlaybookSituation,
} from './playbook-types.js';
import { KEBAB_ID, isObject } from '../util/value-checks.js';

const MAX_TEXT = 500;
const MAX_PHRASES = 20;
const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

function text(v: unknown, field: string): string {
  if (typeof v !== 'string' || v.trim().length === 0)
    throw TonvoError.invalidPlaybook(field, 'must be a non-empty string');
  if (v.length > MAX_TEXT)
    throw TonvoError.invalidPlaybook(
      field,
      `is ${v.length} characters, at most ${MAX_TEXT} allowed`,
    );
  const open = (v.match(/\{/g) ?? []).length;
  const valid = (v.match(PLACEHOLDER) ?? []).length;
  if (open !== valid)
    throw TonvoError.invalidPlaybook(field, 'has a malformed placeholder; use {name}');
  return v;
}

function optNumber(v: unknown, field: string, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    throw TonvoError.invalidPlaybook(
      field,
      `must be a number in [${min}, ${max}], got ${JSON.stringify(v)}`,
    );
  }
  return v;
}

function situation(
  v: unknown,
  field: string,
  base: PlaybookSituation | undefined,
): PlaybookSituation {
  if (!isObject(v)) throw TonvoError.invalidPlaybook(field, 'must be an object');
  for (const k of Object.keys(v)) {
    if (
      ![
        'title',
        'message',
        'phrases',
        'priority',
        'critical',
        'cooldownMs',
        'expiresAfterMs',
        'expect',
      ].includes(k)
    ) {
      throw TonvoError.invalidPlaybook(`${field}.${k}`, 'is not a known field');
    }
  }
  const title =
    v['title'] === undefined && base !== undefined
      ? base.title
      : text(v['title'], `${field}.title`);
  const message =
    v['message'] === undefined && base !== undefined
      ? base.message
      : text(v['message'], `${field}.message`);
  let phrases: readonly string[];
  if (v['phrases'] === undefined) phrases = base?.phrases ?? [];
  else {
    const list = v['phrases'];
    if (!Array.isArray(list))
      throw TonvoError.invalidPlaybook(`${field}.phrases`, 'must be an array of strings');
    if (list.length > MAX_PHRASES)
      throw TonvoError.invalidPlaybook(`${field}.phrases`, `at most ${MAX_PHRASES} phrases`);
    phrases = list.map((p, i) => text(p, `${field}.phrases[${i}]`));
  }
  const priority = optNumber(v['priority'], `${field}.priority`, 1, 100) ?? base?.priority;
  if (priority !== undefined && !Number.isInteger(priority))
    throw TonvoError.invalidPlaybook(`${field}.priority`, 'must be an integer');
  const cooldownMs =
    optNumber(v['cooldownMs'], `${field}.cooldownMs`, 0, 24 * 3600_000) ?? base?.cooldownMs;
  const expiresAfterMs =
    optNumber(v['expiresAfterMs'], `${field}.expiresAfterMs`, 1000, 3600_000) ??
    base?.expiresAfterMs;
  let critical = base?.critical;
  if (v['critical'] !== undefined) {
    if (typeof v['critical'] !== 'boolean')
      throw TonvoError.invalidPlaybook(`${field}.critical`, 'must be true or false');
    critical = v['critical'];
  }
  let expect: AdoptionExpectation | undefined = base?.expect;
  if (v['expect'] !== undefined) {
    if (!ADOPTION_EXPECTATIONS.includes(v['expect'] as AdoptionExpectation)) {
      throw TonvoError.invalidPlaybook(
        `${field}.expect`,
        `must be one of ${ADOPTION_EXPECTATIONS.join(', ')}`,
      );
    }
    expect = v['expect'] as AdoptionExpectation;
  }
  return {
    title,
    message,
    phrases,
    ...(priority === undefined ? {} : { priority }),
    ...(critical === undefined ? {} : { critical }),
    ...(cooldownMs === undefined ? {} : { cooldownMs }),
    ...(expiresAfterMs === undefined ? {} : { expiresAfterMs }),
    ...(expect === undefined ? {} : { expect }),
  };
}

/**
 * Validates a playbook from JSON (a parsed object). With `base`, the JSON may give only
 * the situations and fields it changes; the rest comes from `base`.
 *
 * @example
 * ```ts
 * const playbook = parsePlaybook(JSON.parse(text), PLAYBOOK_EN);
 * ```
 * @throws TonvoError `invalid-playbook` naming the field and the problem.
 * @public
 */
export function parsePlaybook(value: unknown, base?: Playbook): Playbook {
  if (!isObject(value)) throw TonvoError.invalidPlaybook('playbook', 'must be a JSON object');
  for (const k of Object.keys(value)) {
    if (!['name', 'locale', 'situations', '$schema'].includes(k))
      throw TonvoError.invalidPlaybook(k, 'is not a known field');
  }
  const name = value['name'] === undefined ? (base?.name ?? 'custom') : text(value['name'], 'name');
  const locale =
    value['locale'] === undefined ? (base?.locale ?? 'en') : text(value['locale'], 'locale');
  const raw = value['situations'];
  if (!isObject(raw))
    throw TonvoError.invalidPlaybook(
      'situations',
      'must be an object of situation id -> situation',
    );
  const situations: Record<string, PlaybookSituation> = { ...(base?.situations ?? {}) };
  for (const [id, s] of Object.entries(raw)) {
    if (!KEBAB_ID.test(id))
      throw TonvoError.invalidPlaybook(`situations.${id}`, 'the id must be kebab-case');
    situations[id] = situation(s, `situations.${id}`, base?.situations[id]);
  }
  return { name, locale, situations };
}

/** The placeholder names used in a text. @internal */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}
