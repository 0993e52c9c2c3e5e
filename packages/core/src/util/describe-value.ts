/**
 * A value, shortly, for an error message: a string quoted (cut at 40 characters), a
 * number, boolean or null as written, `nothing` for undefined, otherwise its kind.
 * @internal
 */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return Array.isArray(v) ? 'an array' : typeof v;
}
