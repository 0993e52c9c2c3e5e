/**
 * The library's own rules, whose results are not checked at run time: they are tested,
 * and the check is not free. What any other rule returns is checked (see
 * `resultProblem`).
 */
const TRUSTED = new WeakSet<object>();

/** Marks a built-in rule's `when` as the library's own. @internal */
export function trusted<R extends { readonly when: object }>(rule: R): R {
  TRUSTED.add(rule.when);
  return rule;
}

/** Whether `when` belongs to a rule marked by {@link trusted}. @internal */
export function isTrusted(when: object): boolean {
  return TRUSTED.has(when);
}
