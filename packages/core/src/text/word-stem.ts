/**
 * A word's stem, for telling whether two words are one: "cancelled", "cancelling",
 * "cancellation" and "cancels" all come to "cancel"; "close" and "closed" to "clos";
 * "endpoint" and "endpoints" to "endpoint". Only ever compared with other stems. The
 * customer's asks (`repeated-request`) and the agent's terms (`jargon`, `confusion`) are
 * compared by it.
 * @internal
 */
export function stemOf(word: string): string {
  const suffix = /(?:lations?|ations?|ings?|ed|es|s)$/.exec(word)?.[0];
  let s =
    suffix === undefined || word.length - suffix.length < 3 ? word : word.slice(0, -suffix.length);
  if (s.length > 3 && s[s.length - 1] === s[s.length - 2]) s = s.slice(0, -1);
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

/** Whether two folded words are one word (the same, or the same stem: see {@link stemOf}). @internal */
export function sameStem(a: string, b: string): boolean {
  return a === b || stemOf(a) === stemOf(b);
}
