import { TonvoError } from '@tonvo/core';

/** A coarser label set built from the 28 GoEmotions labels. @public */
export interface Taxonomy {
  readonly name: string;
  /** Group names in output order. */
  readonly labels: readonly string[];
  /** For each group, the indices of its fine labels. */
  readonly members: readonly (readonly number[])[];
}

/**
 * Builds a taxonomy from a grouping such as GoEmotions' `ekman_mapping.json`
 * (`{ group: [fine labels] }`); fine labels not named in any group (neutral) stay
 * as groups of their own, after the named ones.
 *
 * @example
 * ```ts
 * const ekman = createTaxonomy({ name: 'ekman', fineLabels: LABELS, groups: ekmanMapping });
 * ```
 * @public
 */
export function createTaxonomy(options: {
  readonly name: string;
  readonly fineLabels: readonly string[];
  readonly groups: Readonly<Record<string, readonly string[]>>;
}): Taxonomy {
  const index = new Map(options.fineLabels.map((l, i) => [l, i]));
  const labels: string[] = [];
  const members: number[][] = [];
  const used = new Set<number>();
  for (const [group, fine] of Object.entries(options.groups)) {
    const ids = fine.map((f) => {
      const i = index.get(f);
      if (i === undefined)
        throw TonvoError.invalidOption(
          `groups.${group}`,
          `unknown label "${f}" in taxonomy ${options.name}`,
        );
      used.add(i);
      return i;
    });
    labels.push(group);
    members.push(ids);
  }
  options.fineLabels.forEach((l, i) => {
    if (!used.has(i)) {
      labels.push(l);
      members.push([i]);
    }
  });
  return { name: options.name, labels, members };
}

/** Gold 0/1 row over a taxonomy's groups: a group is on when any member is. @public */
export function groupGold(taxonomy: Taxonomy, fine: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(taxonomy.labels.length);
  taxonomy.members.forEach((m, g) => {
    out[g] = m.some((i) => fine[i] === 1) ? 1 : 0;
  });
  return out;
}
