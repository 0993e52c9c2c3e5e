import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { agent, customer, jsonl, say, signal, tick, vad } from '../../test/transcript.js';

const fire = (transcript: string, deadAirMs?: number) =>
  testRule('dead-air', transcript, deadAirMs === undefined ? {} : { triggers: { deadAirMs } });

const opening = [
  customer('Hi, I need to update the card on my account.', 1, 4),
  agent('Sure, I can help with that. Which card would you like to use instead?', 5, 10),
];

describe('dead-air', () => {
  it('fires when the line has been silent for 10 s, at that moment', async () => {
    const { fired } = await fire(jsonl(...opening, tick(45)));
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      atMs: 20_000,
      clock: '0:20',
      matched: ['silence for 10 s'],
      evidence: { summary: 'the line was silent for 10 s' },
    });
  });

  it('allows 20 s after the agent says they are working on something', async () => {
    for (const line of [
      'Let me run a line test on that.',
      'One moment while I pull up your account.',
      "Bear with me, I'm checking the order.",
    ]) {
      const { fired } = await fire(
        jsonl(customer('My internet is down again.', 1, 4), agent(line, 5, 8), tick(60)),
      );
      expect(fired, line).toHaveLength(1);
      expect(fired[0], line).toMatchObject({
        clock: '0:28',
        matched: ['silence for 20 s', 'after the agent said they were working on it'],
        evidence: { summary: 'the line was silent for 20 s' },
      });
    }
    // Also when the customer answers the announcement ("Fine.") and the line goes quiet.
    const answered = await fire(
      jsonl(agent('Let me run a line test on that.', 5, 8), customer('Fine.', 8.5, 9), tick(40)),
    );
    expect(answered.fired.map((f) => f.clock)).toEqual(['0:29']);
    // Not for words said long before the silence.
    const earlier = await fire(
      jsonl(
        agent('Let me run a line test on that.', 5, 8),
        customer('Okay, and while you do, can I ask about my bill? It went up this month.', 9, 16),
        tick(40),
      ),
    );
    expect(earlier.fired.map((f) => f.clock)).toEqual(['0:26']);
    // An upset customer is not left in silence that long.
    const upset = await fire(
      jsonl(
        customer('This is ridiculous. I have been waiting for weeks, this is unacceptable!', 1, 5),
        agent('Let me run a line test on that.', 6, 9),
        tick(40),
      ),
    );
    expect(upset.fired.map((f) => f.clock)).toEqual(['0:19']);
    const longer = await testRule('dead-air', jsonl(agent('Let me check that.', 5, 8), tick(60)), {
      triggers: { announcedDeadAirMs: 30_000 },
    });
    expect(longer.fired.map((f) => f.clock)).toEqual(['0:38']);
  });

  it('allows as long as the agent said the work takes, up to 60 s, whatever the mood', async () => {
    const upset = customer(
      "It's really annoying, it keeps cutting out and I work from home some evenings.",
      1,
      6,
    );
    const minute = await fire(
      jsonl(
        upset,
        agent("I'm going to run a quick test on the line now, it takes about a minute.", 7, 11),
        customer('Okay, no problem.', 11.5, 12.5),
        tick(120),
      ),
    );
    expect(minute.fired.map((f) => f.clock)).toEqual(['1:12']);
    const half = await fire(
      jsonl(upset, agent('Give me thirty seconds while I check the line.', 7, 10), tick(120)),
    );
    expect(half.fired.map((f) => f.clock)).toEqual(['0:40']);
    // Longer than a minute is a hold to announce, not a silence: 60 s at most.
    const five = await fire(
      jsonl(agent('Let me check with the team, it may take five minutes.', 7, 10), tick(200)),
    );
    expect(five.fired.map((f) => f.clock)).toEqual(['1:10']);
    // "Just a second" says no time: an upset customer still hears from the agent in 10 s.
    const second = await fire(jsonl(upset, agent('Just a second, let me check.', 7, 9), tick(60)));
    expect(second.fired.map((f) => f.clock)).toEqual(['0:19']);
  });

  it('allows 60 s while the customer does something the agent left them to', async () => {
    const fetching = [
      customer("I don't really use the mobile phone. It's in the drawer somewhere.", 1, 5),
      agent("No problem. Could you get the phone out of the drawer? I'll wait.", 6, 10),
    ];
    const { fired } = await fire(jsonl(...fetching, tick(120)));
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      clock: '1:10',
      matched: ['silence for 60 s', 'while the customer was doing something'],
    });
    // Back within the minute: nothing to nudge.
    const back = await fire(jsonl(...fetching, customer("Right, I've got it.", 50, 52), tick(58)));
    expect(back.fired).toEqual([]);
    // The customer saying they are going to do something counts the same.
    for (const line of ['Hold on, let me find my card.', 'Give me a minute, I need to log in.']) {
      const going = await fire(jsonl(...opening, customer(line, 11, 13), tick(120)));
      expect(
        going.fired.map((f) => f.clock),
        line,
      ).toEqual(['1:13']);
    }
    // "Take your time" leaves it to them as well; a silence with no such words does not.
    const time = await fire(jsonl(...opening, agent('Sure, take your time.', 11, 12), tick(120)));
    expect(time.fired.map((f) => f.clock)).toEqual(['1:12']);
    expect((await fire(jsonl(...opening, tick(120)))).fired.map((f) => f.clock)).toEqual(['0:20']);
    const tuned = await testRule('dead-air', jsonl(...fetching, tick(120)), {
      triggers: { customerTaskDeadAirMs: 30_000 },
    });
    expect(tuned.fired.map((f) => f.clock)).toEqual(['0:40']);
  });

  it('fires once per silence, however long it lasts', async () => {
    const { fired } = await fire(jsonl(...opening, tick(25), tick(40), tick(90), tick(200)));
    expect(fired.map((f) => f.clock)).toEqual(['0:20']);
  });

  it('fires again for the next silence after someone speaks', async () => {
    const { fired } = await fire(
      jsonl(
        ...opening,
        agent('Thanks for waiting. What card would you like to use?', 30, 34),
        customer('The Visa ending in 4242.', 36, 38),
        tick(70),
      ),
    );
    expect(fired.map((f) => f.clock)).toEqual(['0:20', '0:48']);
  });

  it('does not fire when speech resumes just before the threshold', async () => {
    const { fired } = await fire(
      jsonl(...opening, customer('Are you still there?', 19.5, 21), agent('Yes, sorry.', 22, 23)),
    );
    expect(fired).toEqual([]);
  });

  it('does not fire during a hold, and starts counting again when the hold ends', async () => {
    const transcript = [...opening, signal('hold-started', 12), signal('hold-ended', 100)];
    expect((await fire(jsonl(...transcript, tick(105)))).fired).toEqual([]);
    // Nobody speaks after the hold: 10 s after it ended is dead air.
    expect((await fire(jsonl(...transcript, tick(130)))).fired.map((f) => f.clock)).toEqual([
      '1:50',
    ]);
  });

  it('does not fire while muted', async () => {
    const { fired } = await fire(
      jsonl(
        ...opening,
        signal('mute', 11),
        tick(60),
        signal('unmute', 70),
        agent('Okay, back.', 72, 73),
      ),
    );
    expect(fired).toEqual([]);
  });

  it('does not fire after the call ended', async () => {
    const { fired } = await fire(jsonl(...opening, signal('call-ended', 12), tick(60)));
    expect(fired).toEqual([]);
  });

  it('does not fire before anyone has spoken', async () => {
    const { fired } = await fire(jsonl(signal('call-started', 0), tick(30)));
    expect(fired).toEqual([]);
  });

  it('counts partial transcripts and voice activity as speech', async () => {
    const partial = say('agent', 'so the new card', 12, 19, { final: false, id: 'a2' });
    expect((await fire(jsonl(...opening, partial, tick(27)))).fired).toEqual([]);
    expect((await fire(jsonl(...opening, vad('customer', 15, 18), tick(27)))).fired).toEqual([]);
    expect(
      (await fire(jsonl(...opening, vad('customer', 15, 18), tick(40)))).fired.map((f) => f.clock),
    ).toEqual(['0:28']);
  });

  it('uses the deadAirMs option', async () => {
    const { fired } = await fire(jsonl(...opening, tick(30)), 5_000);
    expect(fired.map((f) => [f.clock, f.matched[0]])).toEqual([['0:15', 'silence for 5 s']]);
  });
});
