/**
 * One grouped head's score per group, read from both of the model's views of it: the
 * head's own probability (trained on the grouped labels) and the most probable of the
 * group's member labels among the 28. `headWeight` (tuned on dev, stored in the
 * manifest) weighs the first: 1 is the head alone, 0 the labels alone.
 *
 * @example
 * ```ts
 * // Ekman "anger" = 0.5 x head + 0.5 x max(anger, annoyance, disapproval)
 * mixGroupScores({ head, labels, headWeight: 0.5, members: [[2, 3, 10], ...] });
 * ```
 * @internal
 */
export function mixGroupScores(options: {
  /** The head's probabilities, one per group. */
  readonly head: ArrayLike<number>;
  /** The 28 label probabilities. */
  readonly labels: ArrayLike<number>;
  readonly headWeight: number;
  /** For each group, the indices of its member labels among the 28. */
  readonly members: readonly (readonly number[])[];
}): Float32Array {
  const { head, labels, headWeight, members } = options;
  const out = new Float32Array(members.length);
  for (let g = 0; g < members.length; g++) {
    const m = members[g] as readonly number[];
    let best = 0;
    for (let k = 0; k < m.length; k++) {
      const p = labels[m[k] as number] as number;
      if (p > best) best = p;
    }
    out[g] = headWeight * (head[g] as number) + (1 - headWeight) * best;
  }
  return out;
}
