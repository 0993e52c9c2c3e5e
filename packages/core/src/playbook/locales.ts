import { TonvoError } from '../errors/tonvo-error.js';
import { PLAYBOOK_EN } from './playbook-en.js';
import type { Playbook } from './playbook-types.js';

const PACKS = new Map<string, Playbook>([['en', PLAYBOOK_EN]]);

/**
 * The built-in playbook for a locale (`en` is built in; `en-GB` falls back to `en`).
 * @throws TonvoError `invalid-option` for a locale with no pack.
 * @public
 */
export function getPlaybook(locale = 'en'): Playbook {
  const pack = PACKS.get(locale) ?? PACKS.get(locale.split('-')[0]!);
  if (pack === undefined) {
    throw TonvoError.invalidOption(
      'locale',
      `no playbook for "${locale}"; available: ${[...PACKS.keys()].join(', ')}`,
    );
  }
  return pack;
}

/** Adds (or replaces) a locale pack, e.g. one parsed from JSON with `parsePlaybook`. @public */
export function registerPlaybook(playbook: Playbook): void {
  PACKS.set(playbook.locale, playbook);
}
