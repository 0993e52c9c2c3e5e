import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeRecording, readJsonl, type TonvoEvent } from '@tonvo/core';
import { tonvo } from '../../test/cli-harness.js';

const SAMPLE = fileURLToPath(new URL('../../samples/sample-call.jsonl', import.meta.url));
const events = (jsonl: string): TonvoEvent[] =>
  [...readJsonl(jsonl, { outputs: true })].map((r) => r.event!);

describe('tonvo replay', () => {
  it('writes coaching events as JSONL, ending with the report', async () => {
    const r = await tonvo(['replay', SAMPLE, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const out = events(r.stdout);
    expect(out.every((e) => e.conversation === 'sample-call')).toBe(true);
    expect(out.at(-1)?.type).toBe('report');
    const nudges = out.filter((e) => e.type === 'nudge');
    expect(nudges[0]).toMatchObject({ type: 'nudge', trigger: 'billing-discrepancy', atMs: 22449 });
    expect(
      nudges.every((n) => n.type === 'nudge' && n.message.length > 0 && n.evidence !== undefined),
    ).toBe(true);
    expect(out.some((e) => e.type === 'sentiment')).toBe(false);
  });

  it('shows no summary missing where there was nothing to sum up', async () => {
    const say = (speaker: string, text: string, s: number): string =>
      JSON.stringify({
        type: 'utterance',
        speaker,
        text,
        final: true,
        startMs: s * 1000,
        endMs: s * 1000 + 2500,
      });
    const compliment = [
      say('agent', 'Thanks for calling Contoso, this is Sam. How can I help?', 0),
      say('customer', 'Hi, I just wanted to say your technician Dev was great yesterday.', 4),
      say('agent', "That's lovely to hear, thank you for telling us.", 8),
      say('customer', 'He was really patient with my mother.', 12),
      say('agent', 'I will. Is there anything else I can help with today?', 16),
      say('customer', "No, that's all. Thanks!", 20),
      JSON.stringify({ type: 'signal', kind: 'call-ended', atMs: 24000 }),
    ].join('\n');
    const r = await tonvo(['replay', '-', '--format', 'pretty'], compliment);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Closing: – summary \(nothing to sum up\) {2}– next steps \(nothing to follow up\) {2}✓ anything else\?/,
    );
    const report = events(
      (await tonvo(['replay', '-', '--format', 'jsonl'], compliment)).stdout,
    ).at(-1);
    expect(report).toMatchObject({ type: 'report', closing: { nothingToSum: true } });
  });

  it('keeps interleaved conversations apart, one report each', async () => {
    const a = readFileSync(SAMPLE, 'utf8').trim().split('\n');
    const b = a.map((l) => l.replace('"sample-call"', '"second-call"'));
    const mixed = a.flatMap((l, i) => [l, b[i]!]).join('\n');
    const r = await tonvo(['replay', '-', '--format', 'jsonl'], mixed);
    const reports = events(r.stdout).filter((e) => e.type === 'report');
    expect(reports.map((e) => e.conversation)).toEqual(['sample-call', 'second-call']);
    const single = events((await tonvo(['replay', SAMPLE, '--format', 'jsonl'])).stdout);
    const second = events(r.stdout).filter((e) => e.conversation === 'second-call');
    expect(second.map((e) => e.type)).toEqual(single.map((e) => e.type));
  });

  it('writes each report when its call is over and lets the call go, refusing its later events', async () => {
    const line = (conversation: string, speaker: string, text: string, s: number): string =>
      JSON.stringify({
        type: 'utterance',
        conversation,
        speaker,
        text,
        final: true,
        startMs: s * 1000,
        endMs: s * 1000 + 1500,
      });
    const ended = (conversation: string, s: number): string =>
      JSON.stringify({ type: 'signal', conversation, kind: 'call-ended', atMs: s * 1000 });
    const text = [
      line('short', 'customer', 'I was charged twice for my plan', 0),
      line('long', 'customer', 'Hi, my app keeps crashing', 1),
      ended('short', 30),
      line('long', 'agent', 'Let me take a look at that for you.', 32),
      // Within the 5 s a coach waits for late events: still part of the short call.
      line('short', 'agent', 'Thanks for calling, goodbye.', 28),
      line('long', 'customer', 'Can I speak to a manager please?', 40),
      line('long', 'agent', 'Of course, one moment.', 50),
      // The short call ended at 0:30 and the clock is at 0:51: too late.
      line('short', 'customer', 'Oh, one more thing', 51),
    ].join('\n');
    const r = await tonvo(['replay', '-', '--format', 'jsonl'], text);
    const out = events(r.stdout);
    const at = (pred: (e: TonvoEvent) => boolean): number => out.findIndex(pred);
    const shortReport = at((e) => e.type === 'report' && e.conversation === 'short');
    const managerNudge = at((e) => e.type === 'nudge' && e.trigger === 'transfer-request');
    expect(shortReport).toBeGreaterThan(-1);
    // The short call's report came out while the long call went on, before its 0:40 turn.
    expect(shortReport).toBeLessThan(managerNudge);
    expect(out.filter((e) => e.type === 'report').map((e) => e.conversation)).toEqual([
      'short',
      'long',
    ]);
    const report = out[shortReport]!;
    expect(report.type === 'report' && report.talk.agentTalkMs).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/conversation short: ended: event at 52500 ms came after/);
    expect(r.stderr).toContain('1 input problem(s)');
  });

  it('reads and writes binary recordings with the same content as JSONL', async () => {
    const jsonl = events((await tonvo(['replay', SAMPLE, '--format', 'jsonl'])).stdout);
    const bin = await tonvo(['replay', SAMPLE, '--format', 'binary']);
    const decoded = decodeRecording(new Uint8Array(bin.stdoutBytes)).map((r) => r.event);
    expect(decoded).toEqual(jsonl);
    // The sample itself as a recording replays the same.
    const input = await tonvo(['redact', SAMPLE, '--format', 'binary']);
    const again = await tonvo(
      ['replay', '-', '--input', 'binary', '--format', 'jsonl'],
      new Uint8Array(input.stdoutBytes),
    );
    expect(events(again.stdout)).toEqual(jsonl);
  });

  it('reports bad lines with their line numbers and goes on', async () => {
    const text = [
      '{"type":"utterance","speaker":"customer","text":"I was charged twice","final":true,"startMs":0,"endMs":2000}',
      '{"type":"utterance"',
      '{"type":"weird","atMs":1}',
      '',
    ].join('\n');
    const r = await tonvo(['replay', '-', '--format', 'jsonl'], text);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('line 2: invalid-json');
    expect(r.stderr).toContain('line 3: unknown-event-type');
    expect(
      events(r.stdout).some((e) => e.type === 'trigger' && e.trigger === 'billing-discrepancy'),
    ).toBe(true);
    expect((await tonvo(['replay', '-', '--strict'], text)).code).toBe(1);
  });

  it('loads custom rules and playbooks, and names the file and field when they are wrong', async () => {
    const dir = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));
    const ok = await tonvo(['replay', SAMPLE, '--format', 'jsonl', '--rules', `${dir}rules.json`]);
    expect(ok.code).toBe(0);
    const fired = events(ok.stdout).filter((e) => e.type === 'nudge' && e.trigger === 'rent-worry');
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      message: 'Money is tight for them: mention any hardship options.',
    });
    const bad = await tonvo(['replay', SAMPLE, '--rules', `${dir}bad-rules.json`]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad-rules\.json: rules\[0\]\.count\.withinMs: must be a number/);
  });

  it('rejects unknown options and missing files clearly', async () => {
    expect((await tonvo(['replay', SAMPLE, '--format', 'xml'])).code).toBe(2);
    expect((await tonvo(['replay', SAMPLE, '--bogus'])).code).toBe(2);
    const missing = await tonvo(['replay', 'no/such/file.jsonl']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no/such/file.jsonl');
    expect((await tonvo(['nope'])).code).toBe(2);
  });
});

describe('tonvo redact', () => {
  it('redacts every utterance and leaves out lines it cannot read', async () => {
    const text = [
      '{"type":"utterance","speaker":"customer","text":"card 4111 1111 1111 1111, ssn 123-45-6789","final":true,"startMs":0,"endMs":2000}',
      'garbage',
      '{"type":"signal","kind":"hold-started","atMs":3000}',
    ].join('\n');
    const r = await tonvo(['redact', '-'], text);
    expect(r.stdout).not.toContain('4111');
    expect(r.stdout).not.toContain('123-45-6789');
    expect(events(r.stdout).map((e) => e.type)).toEqual(['utterance', 'signal']);
    expect(r.stderr).toContain('line 2');
  });

  it("reads the customer's answer to the agent's ask as what was asked, per conversation", async () => {
    const line = (conversation: string, speaker: string, text: string, at: number) =>
      JSON.stringify({
        type: 'utterance',
        conversation,
        speaker,
        text,
        final: true,
        startMs: at,
        endMs: at + 2000,
      });
    const text = [
      line('a', 'agent', 'Can I take your card number please?', 0),
      line('b', 'customer', 'My order is 4929 1234 5678 9012.', 2500),
      line('a', 'customer', "It's 4929 1234 5678 9012.", 3000),
    ].join('\n');
    const r = await tonvo(['redact', '-'], text);
    expect(events(r.stdout).map((e) => (e as { text: string }).text)).toEqual([
      'Can I take your card number please?',
      'My order is 4929 1234 5678 9012.',
      "It's [card].",
    ]);
  });
});

describe('tonvo demo', () => {
  it('plays the sample call and prints the report', async () => {
    const r = await tonvo(['demo', '--speed', '0']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('CUSTOMER  I was charged twice');
    expect(r.stdout).toContain('NUDGE');
    expect(r.stdout).toContain('Call report: sample-call');
    expect(r.stdout).toContain('Moments that mattered');
    expect(r.stdout).toMatch(/Closing: .*summary/);
    // The recording next to the transcript goes through the audio pipeline: the
    // customer's raised voice shows in the evidence of their turn to frustration.
    expect(r.stdout).toContain('voice from the recording');
    expect(r.stdout).toMatch(/customer confused → frustrated .*voice louder\/higher than usual/);
    // The arc in words and numbers; a score that rounds to zero reads 0.00, never -0.00.
    // ... ending relieved, as the README shows ("Oh thank god ... a real relief." and then
    // "Okay, great." must not turn relief into mere pleasure).
    expect(r.stdout).toMatch(
      /Customer sentiment: recovered \(neutral 0\.00 → lowest -0\.\d\d at \d:\d\d → relieved 0\.\d\d\)/,
    );
    expect(r.stdout).not.toContain('-0.00');
  });

  it('takes options after the "--" that `pnpm demo -- ...` passes along', async () => {
    const r = await tonvo(['demo', '--', '--speed', '0', '--text-only', '--analyzer', 'baseline']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Call report: sample-call');
    const file = await tonvo(['demo', '--', SAMPLE, '--speed', '0', '--text-only']);
    expect(file.code).toBe(0);
    expect(file.stdout).toContain(`Tonvo demo: ${SAMPLE}`);
  });

  it('plays words only with --text-only', async () => {
    const r = await tonvo(['demo', '--speed', '0', '--text-only', '--analyzer', 'baseline']);
    expect(r.stdout).toContain('no audio');
    expect(r.stdout).not.toContain('voice louder');
  });
});
