import { describe, expect, it } from 'vitest';
import { testRule } from '../rules/test-rule.js';
import { agent, customer, jsonl, say } from '../../test/transcript.js';

// Run with the coach's built-in language checker.
const fire = (transcript: string) => testRule('jargon', transcript);

const SLOW = 'Our system is experiencing intermittent degradation in your area.';

describe('jargon', () => {
  it('fires on agent jargon with the offending span and a plain replacement', async () => {
    const { fired } = await fire(jsonl(agent(SLOW, 2, 6, 'a1')));
    expect(fired).toHaveLength(1);
    const start = SLOW.indexOf('experiencing');
    expect(fired[0]).toMatchObject({
      clock: '0:06',
      speaker: 'agent',
      span: {
        utteranceId: 'a1',
        start,
        end: start + 'experiencing intermittent degradation'.length,
        text: 'experiencing intermittent degradation',
      },
      replacement: 'running slower than normal',
      matched: [
        'jargon: "experiencing intermittent degradation" -> "running slower than normal" (Say what the customer will notice, not what the monitoring says.)',
      ],
      evidence: { summary: 'the agent used jargon: "experiencing intermittent degradation"' },
    });
    expect(fired[0]!.nudge).toBeDefined();
  });

  it('fires for each different term, but the same term only once a minute', async () => {
    const { fired } = await fire(
      jsonl(
        agent(SLOW, 2, 6),
        agent("I'll escalate your ticket to tier two.", 10, 13),
        agent(SLOW, 20, 24),
        agent(SLOW, 70, 74),
      ),
    );
    expect(fired.map((f) => f.clock)).toEqual(['0:06', '0:13', '1:14']);
    expect(fired[1]!.span?.text).toMatch(/escalate your ticket/i);
  });

  it('names three or more terms in one utterance as one pile, all of them', async () => {
    const text =
      "Can you go into your network adapter settings and check whether DHCP is enabled and the DNS isn't statically assigned?";
    const { fired } = await fire(jsonl(agent(text, 2, 9, 'a1')));
    expect(fired).toHaveLength(1);
    expect(fired[0]!.span).toMatchObject({ utteranceId: 'a1', text: 'network adapter' });
    expect(fired[0]!.nudge).toBe(
      'That was 4 technical terms at once ("network adapter", "DHCP", "DNS" and "statically assigned"). Say what they will see and what to do, one step at a time.',
    );
    expect(fired[0]!.evidence.summary).toBe(
      'the agent used 4 jargon terms at once: "network adapter", "DHCP", "DNS" and "statically assigned"',
    );
    // Two terms are still two words to swap.
    const two = await fire(
      jsonl(agent('It was a provisioning error during the plan migration.', 2, 6)),
    );
    expect(two.fired.map((f) => [f.span?.text, f.replacement])).toEqual([
      ['provisioning error', 'setup problem'],
      ['plan migration', 'plan change'],
    ]);
  });

  it.each([
    ['the SSID might not be broadcasting', 'SSID', 'wifi name'],
    ["there's an IP conflict on your network", 'IP conflict', 'network address'],
    ['it sits on a different subnet', 'subnet', 'home network'],
    ['we looked at your consumption profile', 'consumption profile', 'how much you use'],
    ['I need the MAC address of the box', 'MAC address', "the device's network ID"],
  ])('reads "%s" as jargon', async (text, term, plain) => {
    const { fired } = await fire(jsonl(agent(`Okay, so ${text}.`, 2, 6)));
    expect(fired[0]).toMatchObject({ span: { text: term }, replacement: plain });
  });

  it('does not fire for the customer, on partial transcripts, or on plain words', async () => {
    const partial = say('agent', SLOW, 2, 5, { final: false, id: 'a1' });
    const { fired } = await fire(
      jsonl(
        customer(SLOW, 1, 2),
        partial,
        agent('Some features are running slower than normal right now.', 6, 9),
        agent("I don't want this to escalate into a bigger problem for you.", 10, 13),
      ),
    );
    expect(fired).toEqual([]);
  });

  it('does not flag a term the customer used first: it is their word too', async () => {
    const { fired } = await fire(
      jsonl(
        customer('Our API endpoints return errors since the update.', 1, 5),
        agent('The endpoint is fixed now, and the API should answer again.', 6, 10),
        // A term the customer did not use is still flagged.
        agent('Engineering shipped a hotfix.', 12, 14),
      ),
    );
    expect(fired.map((f) => f.span?.text)).toEqual(['hotfix']);
  });

  it('takes another form of the customer\'s word as theirs too ("provision", "provisioning")', async () => {
    const { fired } = await fire(
      jsonl(
        customer("The new line still won't provision, it's been two days.", 1, 5),
        agent('The provisioning is done now, so it should connect in a minute.', 6, 10),
      ),
    );
    expect(fired).toEqual([]);
  });

  it("fires when the customer asks what a term of the agent's means, in or out of the table", async () => {
    const { fired } = await fire(
      jsonl(
        agent('We just need to re-provision the SKU on your account.', 1, 5, 'a1'),
        customer('Sorry, what does re-provision mean?', 6, 8, 'c1'),
        agent('It means we set it up again. Then restart the hub.', 40, 43, 'a2'),
        customer("What's a hub?", 44, 45, 'c2'),
      ),
    );
    const asked = fired.filter((f) => f.evidence.summary.startsWith('the customer asked'));
    expect(asked.map((f) => [f.clock, f.span?.utteranceId, f.span?.text, f.nudge])).toEqual([
      [
        '0:08',
        'a1',
        're-provision',
        'They are confused, not angry: they asked what "re-provision" means. Say it in everyday words and check it landed.',
      ],
      [
        '0:45',
        'a2',
        'hub',
        'They are confused, not angry: they asked what "hub" means. Say it in everyday words and check it landed.',
      ],
    ]);
  });

  it('does not fire for a question about a word the agent did not say', async () => {
    const { fired } = await fire(
      jsonl(agent('I can see the charge on your account.', 1, 4), customer("What's a CPE?", 5, 6)),
    );
    expect(fired).toEqual([]);
  });
});
