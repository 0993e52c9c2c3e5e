const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;
/** A placeholder with the comma and spaces before it, which go when it has no value. */
const LOOSE_PLACEHOLDER = /,?\s*\{([a-zA-Z][a-zA-Z0-9]*)\}/g;
const SPACE_BEFORE_PUNCTUATION = /\s+([.,!?])/g;

/**
 * A template cut at its placeholders, once: `texts[k]` comes before placeholder `k` and
 * the last after all. `before[k]` is what the placeholder takes with it when it has no
 * value (for loose rendering: a comma and spaces), already left out of `texts[k]`.
 */
interface Parts {
  readonly texts: readonly string[];
  readonly names: readonly string[];
  readonly before: readonly string[];
}

const MAX_TEMPLATES = 1024;
const strict = new Map<string, Parts>();
const loose = new Map<string, Parts>();

/** `template` cut where `pattern` matches (a placeholder, maybe with what comes before it). */
function partsOf(template: string, pattern: RegExp, cache: Map<string, Parts>): Parts {
  let parts = cache.get(template);
  if (parts !== undefined) return parts;
  const texts: string[] = [];
  const names: string[] = [];
  const before: string[] = [];
  let at = 0;
  for (const m of template.matchAll(pattern)) {
    const name = m[1]!;
    texts.push(template.slice(at, m.index));
    names.push(name);
    before.push(m[0].slice(0, m[0].length - name.length - 2));
    at = m.index + m[0].length;
  }
  texts.push(template.slice(at));
  parts = { texts, names, before };
  if (cache.size >= MAX_TEMPLATES) cache.clear();
  cache.set(template, parts);
  return parts;
}

/**
 * Fills `{name}` placeholders from `values`. Returns undefined when a placeholder has
 * no value, so that variant can be skipped.
 * @internal
 */
export function renderTemplate(
  template: string,
  values: Readonly<Record<string, string>>,
): string | undefined {
  const { texts, names, before } = partsOf(template, PLACEHOLDER, strict);
  let out = texts[0]!;
  for (let k = 0; k < names.length; k++) {
    const v = values[names[k]!];
    if (v === undefined || v === '') return undefined;
    out += before[k]! + v + texts[k + 1]!;
  }
  return out;
}

/**
 * Fills placeholders, dropping any that have no value along with a comma before it
 * (for messages, which must always render).
 * @internal
 */
export function renderLoose(template: string, values: Readonly<Record<string, string>>): string {
  const { texts, names, before } = partsOf(template, LOOSE_PLACEHOLDER, loose);
  let out = texts[0]!;
  for (let k = 0; k < names.length; k++) {
    const v = values[names[k]!];
    if (v !== undefined && v !== '') out += before[k]! + v;
    out += texts[k + 1]!;
  }
  return out.replace(SPACE_BEFORE_PUNCTUATION, '$1');
}
