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
  if (a === b) return true;
  // A stem is a start of its word, of 3 letters or more (or the whole of a shorter
  // word): words that differ in their first 3 letters cannot share one. Most pairs end
  // here, before the stems are worked out.
  if (a.length < 3 || b.length < 3) return false;
  for (let k = 0; k < 3; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return stemOf(a) === stemOf(b);
}
