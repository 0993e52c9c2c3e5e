import { describe, expect, it } from 'vitest';
import { askedTerm } from './asked-term.js';

describe('askedTerm', () => {
  it.each([
    ["Sorry, I'm not very technical. What's a CPE?", 'CPE'],
    ['What does provisioning mean?', 'provisioning'],
    ['what do you mean by band steering', 'band steering'],
    ['Sorry, what is an ONT?', 'ONT'],
    ["What's PNR? I don't have that.", 'PNR'],
    ['What does the RMA stand for?', 'RMA'],
    ['whats a static channel', 'static channel'],
    ["Sorry, I don't understand what you mean by a prorated credit.", 'prorated credit'],
  ])('reads %j as asking what %j means', (text, term) => {
    expect(askedTerm(text)).toBe(term);
  });

  it.each([
    "What's the fee for?",
    "What's wrong?",
    'What does that mean?',
    'What do you mean by that?',
    'What is going on with my account?',
    "What's a CPE doing in my bill, and why is it charged twice?",
    'What do I actually need to press?',
  ])('does not read %j as asking what a term means', (text) => {
    expect(askedTerm(text)).toBeUndefined();
  });
});
