import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderLoose, renderTemplate } from './render.js';

// The rendering rules as regular expressions over the whole template, the way they read
// in the docs; the renderer cuts each template once and must agree with them.
function referenceStrict(template: string, values: Record<string, string>): string | undefined {
  let missing = false;
  const out = template.replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (_m, name: string) => {
    const v = values[name];
    if (v === undefined || v === '') missing = true;
    return v ?? '';
  });
  return missing ? undefined : out;
}
function referenceLoose(template: string, values: Record<string, string>): string {
  return template
    .replace(/,?\s*\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (m, name: string) => {
      const v = values[name];
      return v === undefined || v === '' ? '' : m.slice(0, m.length - name.length - 2) + v;
    })
    .replace(/\s+([.,!?])/g, '$1');
}

describe('playbook templates', () => {
  it('fill placeholders, skip a variant with a missing value, and drop a missing one loosely', () => {
    const values = { customerName: 'Dana', issue: 'the double charge' };
    expect(renderTemplate("I'm sorry about {issue}, {customerName}.", values)).toBe(
      "I'm sorry about the double charge, Dana.",
    );
    expect(renderTemplate('Thanks, {customerName}.', {})).toBeUndefined();
    expect(renderLoose('Thanks for holding, {customerName}.', {})).toBe('Thanks for holding.');
    expect(renderLoose('Say {x} {y} now', { y: '$&' })).toBe('Say $& now');
  });

  it('agree with the rules written as regular expressions (property)', () => {
    const piece = fc.constantFrom(
      '{name}',
      '{issue}',
      '{1x}',
      '{',
      '}',
      ', ',
      ' ',
      ',',
      '.',
      ' !',
      'Hi',
      'there',
      '\n',
    );
    const value = fc.constantFrom(undefined, '', 'Dana', 'a b', ' .', 'x,');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), value, value, (pieces, name, issue) => {
        const template = pieces.join('');
        const values: Record<string, string> = {};
        if (name !== undefined) values['name'] = name;
        if (issue !== undefined) values['issue'] = issue;
        expect(renderTemplate(template, values)).toBe(referenceStrict(template, values));
        expect(renderLoose(template, values)).toBe(referenceLoose(template, values));
      }),
      { numRuns: 2000 },
    );
  });
});
