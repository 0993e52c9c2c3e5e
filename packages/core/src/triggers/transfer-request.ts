import type { RuleDefinition } from '../rules/rule-types.js';
import { matchUtterance, phraseTable } from './phrase-rule.js';

const CUSTOMER = phraseTable({
  manager: [
    '(speak|talk|speaking|talking) (to|with) (a|your|the|someone|somebody)? (manager|supervisor|boss|team lead|higher up)',
    '(get|give|put) me (a|your|the)? (manager|supervisor)',
    '(want|need|like) (a|your|the) (manager|supervisor)',
    '(is|are) (there|your) (a|any)? (manager|supervisor) (available|around|there)',
    'escalate (this|it|my case|my complaint)',
    'someone (higher up|in charge|more senior)',
  ],
  human: [
    '(speak|talk) (to|with) (a|an) (real|actual|live)? (person|human|agent|human being)',
    '(real|actual|live) (person|human)',
    'not a (bot|robot|machine)',
  ],
  department: [
    '(transfer|put) me (to|through to)',
    '(transfer|connect) me',
    '(another|a different|the right|the correct) (department|team|person)',
    '(speak|talk) (to|with) (someone|somebody) else',
    '(billing|technical|tech support|cancellations|retention) (department|team)',
  ],
});

const AGENT = phraseTable({
  transfer: [
    "(let me|i'll|i will|i'm going to|i am going to|i need to|i can) (transfer|connect|put) you (to|through|over)",
    "(let me|i'll|i will|i'm going to) transfer (your call|you)",
    '(transferring|connecting) you (now|to|over)',
  ],
});

/**
 * `transfer-request`: the customer asks for a supervisor, a manager, a human or another
 * department, or the agent starts a transfer (in words or with a `transfer` signal).
 * @public
 */
export function transferRequestRule(): RuleDefinition {
  return {
    id: 'transfer-request',
    description: 'the customer asked to be transferred, or the agent started a transfer',
    on: ['utterance', 'signal'],
    priority: 80,
    cooldownMs: 60_000,
    when(ctx) {
      const e = ctx.event;
      if (ctx.kind === 'signal') {
        return e?.type === 'signal' && e.kind === 'transfer'
          ? {
              matched: ['transfer signal'],
              ...(e.by === undefined ? {} : { speaker: e.by }),
              summary: 'a transfer started',
            }
          : undefined;
      }
      const customer = matchUtterance(ctx, 'customer', CUSTOMER, (label, text) =>
        label === 'manager'
          ? `customer asked for a manager: "${text}"`
          : label === 'human'
            ? `customer asked for a person: "${text}"`
            : `customer asked to be transferred: "${text}"`,
      );
      if (customer !== undefined) {
        const times = ctx.firedCount('transfer-request', 5 * 60_000) + 1;
        return {
          ...customer,
          key: 'customer',
          summary:
            times > 1
              ? `the customer asked to be transferred (${times} times in 5 minutes)`
              : 'the customer asked to be transferred',
        };
      }
      const agent = matchUtterance(
        ctx,
        'agent',
        AGENT,
        (_l, text) => `agent started a transfer: "${text}"`,
      );
      return agent === undefined
        ? undefined
        : { ...agent, key: 'agent', summary: 'the agent started a transfer' };
    },
  };
}
