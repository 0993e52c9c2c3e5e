const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/**
 * Fills `{name}` placeholders from `values`. Returns undefined when a placeholder has
 * no value, so that variant can be skipped.
 * @internal
 */
export function renderTemplate(
  template: string,
  values: Readonly<Record<string, string>>,
): string | undefined {
  let missing = false;
  const out = template.replace(PLACEHOLDER, (_m, name: string) => {
    const v = values[name];
    if (v === undefined || v === '') {
      missing = true;
      return '';
    }
    return v;
  });
  return missing ? undefined : out;
}

/**
 * Fills placeholders, dropping any that have no value along with a comma before it
 * (for messages, which must always render).
 * @internal
 */
export function renderLoose(template: string, values: Readonly<Record<string, string>>): string {
  return template
    .replace(/,?\s*\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (m, name: string) => {
      const v = values[name];
      return v === undefined || v === '' ? '' : m.replace(`{${name}}`, v);
    })
    .replace(/\s+([.,!?])/g, '$1');
}
