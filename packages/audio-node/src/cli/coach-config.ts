import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  getPlaybook,
  parsePlaybook,
  parseRules,
  TonvoError,
  type CoachOptions,
  type Playbook,
  type Rule,
  type PlaybookSituation,
} from '@tonvo/core';

/** Coach configuration from the CLI's `--rules` and `--playbook` files. */
export interface CoachConfig {
  readonly rules: readonly Rule[];
  readonly situations: Readonly<Record<string, PlaybookSituation>>;
  readonly playbook: Playbook | undefined;
}

async function readJson(path: string, cwd: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (cause) {
    throw new TonvoError(
      'invalid-option',
      `--${what}: cannot read ${path}: ${(cause as Error).message}`,
      { cause },
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new TonvoError(
      'invalid-json',
      `--${what}: ${path} is not valid JSON: ${(cause as Error).message}`,
      { cause },
    );
  }
}

/** Loads and validates `--rules` and `--playbook` (errors name the file and the field). */
export async function loadCoachConfig(
  rulesPath: string | undefined,
  playbookPath: string | undefined,
  cwd: string,
): Promise<CoachConfig> {
  let rules: readonly Rule[] = [];
  let situations: Readonly<Record<string, PlaybookSituation>> = {};
  if (rulesPath !== undefined) {
    const json = await readJson(rulesPath, cwd, 'rules');
    try {
      ({ rules, situations } = parseRules(json));
    } catch (e) {
      throw relabel(e, rulesPath);
    }
  }
  let playbook: Playbook | undefined;
  if (playbookPath !== undefined) {
    const json = await readJson(playbookPath, cwd, 'playbook');
    try {
      const locale = (json as { locale?: unknown }).locale;
      playbook = parsePlaybook(json, getPlaybook(typeof locale === 'string' ? locale : 'en'));
    } catch (e) {
      throw relabel(e, playbookPath);
    }
  }
  return { rules, situations, playbook };
}

function relabel(e: unknown, path: string): unknown {
  if (!(e instanceof TonvoError)) return e;
  return new TonvoError(e.code, `${path}: ${e.message}`, {
    ...(e.field === undefined ? {} : { field: e.field }),
    cause: e,
  });
}

/** Coach options from a loaded config. */
export function coachOptionsOf(config: CoachConfig): CoachOptions {
  return {
    rules: config.rules,
    situations: config.situations,
    ...(config.playbook === undefined ? {} : { playbook: config.playbook }),
  };
}
