import { describe, expect, it } from 'vitest';
import { createCoach } from '../coach/create-coach.js';
import { testRule } from '../rules/test-rule.js';
import {
  agent,
  agentSays,
  customer,
  customerSays,
  events,
  jsonl,
  signal,
} from '../../test/transcript.js';

const fire = (transcript: string) => testRule('transfer-request', transcript);

describe('transfer-request', () => {
  const asks: [string, string][] = [
    ['I want to speak to a manager right now.', 'speak to a manager'],
    ['Can I talk to your supervisor please?', 'talk to your supervisor'],
    ['Just get me a supervisor.', 'get me a supervisor'],
    ['Is there a manager available?', 'is there a manager available'],
    ["I'd like to escalate this, it's been three weeks.", 'escalate this'],
    ['Can I speak to a real person?', 'speak to a real person'],
    ['Please transfer me to the billing department.', 'transfer me to'],
    ['Can you put me through to someone who can actually fix this?', 'put me through to'],
    ['Can I get the billing department instead?', 'get the billing department'],
    ['Can I speak with a live agent please?', 'speak with a live agent'],
    ['I want to talk to someone else.', 'talk to someone else'],
    ['Just get me an operator.', 'get me an operator'],
    ['Why can I not speak to a manager?', 'speak to a manager'],
    ['I need to talk to someone in billing.', 'talk to someone in billing'],
    // Said on its own, as to a phone menu.
    ['Real person.', 'real person'],
    ['Um, a live human, please.', 'live human'],
  ];
  it.each(asks)('fires when the customer asks: "%s"', async (text, span) => {
    const { fired, errors } = await fire(customerSays(text));
    expect(errors).toEqual([]);
    expect(fired).toHaveLength(1);
    const f = fired[0]!;
    expect(f.clock).toBe('0:08');
    expect(f.speaker).toBe('customer');
    expect(f.span).toMatchObject({
      utteranceId: 'c1',
      text: expect.stringMatching(new RegExp(span, 'i')),
    });
    expect(text.slice(f.span!.start, f.span!.end)).toBe(f.span!.text);
    expect(f.evidence.summary).toBe('the customer asked to be transferred');
    expect(f.evidence.utteranceIds).toEqual(['c1']);
    expect(f.nudge).toBe(
      'They asked for someone else. Acknowledge it, say what you can do yourself, and if you transfer, explain who and why.',
    );
  });

  it('says in words which kind of ask matched', async () => {
    const manager = (await fire(customerSays('I want to speak to a manager.'))).fired[0]!;
    const human = (await fire(customerSays('Can I talk to an actual human?'))).fired[0]!;
    const dept = (await fire(customerSays('Transfer me to cancellations.'))).fired[0]!;
    expect(manager.matched).toEqual(['customer asked for a manager: "speak to a manager"']);
    expect(human.matched).toEqual(['customer asked for a person: "talk to an actual human"']);
    // Overlapping table entries ("transfer me", "transfer me to") are reported once.
    expect(dept.matched).toEqual(['customer asked to be transferred: "Transfer me to"']);
  });

  it('fires when the agent starts a transfer, in words or by signal', async () => {
    const words = await fire(agentSays("I'm going to transfer you to our claims team now."));
    expect(words.fired).toHaveLength(1);
    expect(words.fired[0]).toMatchObject({
      speaker: 'agent',
      matched: ['agent started a transfer: "I\'m going to transfer you to"'],
      evidence: { summary: 'the agent started a transfer' },
    });
    const bySignal = await fire(jsonl(agent('One moment.', 1, 2), signal('transfer', 30, 'agent')));
    expect(bySignal.fired).toHaveLength(1);
    expect(bySignal.fired[0]).toMatchObject({
      clock: '0:30',
      speaker: 'agent',
      matched: ['transfer signal'],
      evidence: { summary: 'a transfer started' },
    });
  });

  it('asks the agent for a warm transfer, not to acknowledge an ask nobody made', async () => {
    const words = await fire(agentSays("I'm going to transfer you to our claims team now."));
    expect(words.fired[0]!.nudge).toBe(
      "Before you transfer: say who they'll speak to and why, and that you'll pass on the details.",
    );
    const bySignal = await fire(jsonl(agent('One moment.', 1, 2), signal('transfer', 30, 'agent')));
    expect(bySignal.fired[0]!.nudge).toBe(words.fired[0]!.nudge);
    // The customer's ask keeps its own nudge.
    const asked = await fire(customerSays('Can I speak to a manager?'));
    expect(asked.fired[0]!.nudge).toMatch(/^They asked for someone else/);
  });

  it('stays quiet when the agent already says who takes over and why', async () => {
    // ...and when the platform's transfer signal follows.
    const signalled = await fire(
      jsonl(
        agent(
          "Ownership changes are handled by our business team. I'll transfer you to them.",
          5,
          9,
        ),
        signal('transfer', 15, 'agent'),
      ),
    );
    expect(signalled.fired).toEqual([]);
    for (const text of [
      "Ownership changes are handled by our business team. I'll transfer you to them now.",
      "I'm going to transfer you to our claims team, because they can approve this today.",
      'Let me put you through to a specialist who can look at the line.',
    ]) {
      expect((await fire(agentSays(text))).fired, text).toEqual([]);
    }
  });

  it('takes the transfer signal after an ask or a transfer in words as the same transfer', async () => {
    const { fired } = await fire(
      jsonl(
        customer('I want to talk to a manager.', 10, 12),
        agent("I'll get my supervisor on the line.", 13, 16),
        signal('transfer', 80, 'agent'),
        // A transfer of its own, long after.
        signal('transfer', 500, 'agent'),
      ),
    );
    expect(fired.map((f) => [f.clock, f.matched[0]])).toEqual([
      ['0:12', 'customer asked for a manager: "talk to a manager"'],
      ['8:20', 'transfer signal'],
    ]);
  });

  it('stays quiet for a minute after firing, then counts the repeated asks', async () => {
    const { fired } = await fire(
      jsonl(
        customer('I want to talk to a manager.', 10, 12),
        agent('I understand. Let me see what I can do first.', 13, 16),
        customer('No, get me your supervisor.', 30, 32),
        agent('I hear you.', 33, 34),
        customer('I asked for a manager three times, put me through to a manager.', 80, 85),
      ),
    );
    // 0:12 fires; 0:32 is within the 60 s cooldown; 1:25 fires again.
    expect(fired.map((f) => f.clock)).toEqual(['0:12', '1:25']);
    expect(fired[1]!.evidence.summary).toBe(
      'the customer asked to be transferred (3 times in 5 minutes)',
    );
  });

  it("does not count the agent's own transfer as the customer asking again", async () => {
    const { fired } = await fire(
      jsonl(
        agent("I'll transfer you to billing for that part.", 10, 13),
        customer('Actually, can I speak to a supervisor first?', 100, 103),
      ),
    );
    expect(fired.map((f) => f.evidence.summary)).toEqual([
      'the agent started a transfer',
      'the customer asked to be transferred',
    ]);
  });

  it('takes the agent transferring a customer who asked as the answer, not a new transfer', async () => {
    const { fired } = await fire(
      jsonl(
        customer('Actually, can I talk to someone in sales? I had a quote from them.', 10, 16),
        agent('Of course, I can transfer you to sales. Could I check the quote reference?', 22, 30),
      ),
    );
    expect(fired.map((f) => f.evidence.summary)).toEqual(['the customer asked to be transferred']);
  });

  const nearMisses: [string, string][] = [
    // What the agent wants to know is that the customer wants an escalation; this
    // customer explicitly does not, so the escalation nudge would be wrong.
    [
      'a customer who says they do NOT want a manager, just a fix',
      "I don't want to speak to a manager, I just want it fixed.",
    ],
    ['a customer asking the agent not to transfer them', "Please don't transfer me again."],
    ['a customer who never asked for a supervisor', 'I never asked to talk to a supervisor.'],
    [
      'a customer talking about their own manager at work',
      'My manager at work said I should call.',
    ],
    ['a customer mentioning a transfer of money', 'I made a transfer to my savings yesterday.'],
    [
      'a customer mentioning another department in passing',
      'The billing department sent me a letter.',
    ],
    ['a customer adding another person to their plan', 'I want to add another person to my plan.'],
    [
      'a customer reporting an earlier call',
      'I was talking to an agent yesterday and she said it was fixed.',
    ],
    // How calls open: the customer is already talking to someone.
    [
      'a customer who needs to talk to someone about their bill',
      'I need to talk to someone about my bill.',
    ],
    // "A real person" in passing: relief (or sarcasm) at reaching one, or a question.
    ['relief at reaching a person', 'Oh great, a real person. Only took forty minutes on hold.'],
    ['a question about the agent', 'Wait, are you a real person?'],
  ];
  it.each(nearMisses)('does not fire for %s', async (_name, text) => {
    expect((await fire(customerSays(text))).fired).toEqual([]);
  });

  it('still fires when the customer does not know how to reach a person (that is an ask)', async () => {
    const { fired } = await fire(customerSays("I don't know how to talk to a real person here."));
    expect(fired).toHaveLength(1);
  });

  it('does not fire when the agent only mentions a manager or a transfer', async () => {
    const lines = [
      agent('My manager approved the credit this morning.', 5, 8),
      agent("I won't need to transfer you, I can do this here.", 20, 24),
      agent('Your bank transfer went through on Monday.', 40, 43),
    ];
    expect((await fire(jsonl(...lines))).fired).toEqual([]);
  });

  it('does not fire on partial transcripts, only on the final', async () => {
    const partial = JSON.stringify({
      type: 'utterance',
      id: 'c1',
      speaker: 'customer',
      text: 'I want to speak to a manager',
      final: false,
      startMs: 5000,
      endMs: 7000,
    });
    const { fired } = await fire(
      jsonl(partial, customer('I want to speak to a manager.', 5, 8, 'c1')),
    );
    expect(fired.map((f) => f.clock)).toEqual(['0:08']);
  });

  it('does not nudge a transfer to a secure payment line or a survey: nobody to brief', async () => {
    for (const text of [
      "I'll put you through to our secure payment line. Once it's done your phone will work.",
      "I'm going to transfer you to a short survey about today's call.",
    ]) {
      const { fired } = await fire(jsonl(agent(text, 1, 5)));
      expect(fired, text).toEqual([]);
    }
    // A person still is.
    const { fired } = await fire(jsonl(agent("I'll put you through to our payments team.", 1, 4)));
    expect(fired).toHaveLength(1);
  });

  it('counts the agent making a transfer warm as acting on its nudge', async () => {
    const outcomeAfter = async (reply: string) => {
      const coach = createCoach({ builtInTriggers: ['transfer-request'] });
      for (const e of events(
        customer('It has been a week and nobody has called me about my claim.', 1, 5),
        agent("I'm going to transfer you to the claims team.", 6, 9),
        customer("Please don't just pass me around.", 10, 12),
        agent(reply, 13, 19),
      ))
        coach.push(e);
      const [outcome] = (await coach.end()).nudges;
      return outcome!;
    };
    const warm = await outcomeAfter(
      "I hear you. I'll stay on the line and explain everything to them, so you won't need to repeat yourself.",
    );
    expect(warm.nudge.situation).toBe('agent-transfer');
    expect(warm.acted).toBe(true);
    expect(warm.actedEvidence).toMatch(/^the agent made it a warm transfer: /);
    expect((await outcomeAfter("Sorry, it's the process. Putting you through now.")).acted).toBe(
      false,
    );
  });
});
