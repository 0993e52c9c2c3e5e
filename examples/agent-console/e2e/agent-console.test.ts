import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeJsonl, type ConversationEvent } from '@tonvo/core';
import { pickAnalyzer } from '../src/analyzers.js';
import { SAMPLE_CUSTOMER, unknownCustomer } from '../src/crm/customers.js';
import { evidenceCueLines } from '../src/replay/evidence-cues.js';
import { buildConsole, launchChromium, root, serveConsole } from './harness.js';
import {
  conversationsOf,
  expectedRun,
  sampleCallWithVoice,
  type ExpectedRun,
} from './reference-run.js';

// Screenshots are test artefacts (test-results/ is git-ignored); with
// TONVO_DOCS_SCREENSHOTS=1 they also replace the ones in docs/images.
const artefacts = join(root, 'test-results');
const docsImages = join(root, '../../docs/images');

/** Records, inside the page, every nudge card that reaches the panel and every customer state the meter shows. */
const RECORDER = `
  window.__tonvo = { nudges: [], states: [] };
  const seen = new Set();
  const scan = () => {
    const rec = window.__tonvo;
    for (const a of document.querySelectorAll('.crm-right article[data-nudge-id]')) {
      if (seen.has(a.dataset.nudgeId)) continue;
      seen.add(a.dataset.nudgeId);
      rec.nudges.push({ id: a.dataset.nudgeId, trigger: a.dataset.trigger });
    }
    const meter = document.querySelector('.crm-right [role="meter"][data-speaker="customer"]');
    const state = meter && meter.getAttribute('data-state');
    if (state && rec.states[rec.states.length - 1] !== state) rec.states.push(state);
  };
  new MutationObserver(scan).observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-nudge-id'],
  });
`;

/** The nudges the sample call is written to get, in order (others may come between). */
const SCRIPTED_TRIGGERS = [
  'billing-discrepancy',
  'confusion',
  'policy-limitation',
  // (No 'distress' nudge: the customer's worry waits behind frustration-rising, and the
  // agent has said "I understand, and I'm sorry about this" before its turn comes.)
  'transfer-request',
  // (No 'hold': the agent asks for "a brief hold while I check with my supervisor".)
  'long-hold',
  'positive-moment',
  'closing-checklist',
];
/** The customer's moods the sample call is written to go through, in order. */
const SCRIPTED_STATES = ['neutral', 'confused', 'frustrated', 'relieved'];

/** What of `wanted` does not appear in `list` in this order (others may come between). */
function missingInOrder(list: readonly string[], wanted: readonly string[]): string[] {
  let i = 0;
  for (const item of list) if (item === wanted[i]) i++;
  return wanted.slice(i);
}

interface Recorded {
  readonly nudges: { id: string; trigger: string }[];
  readonly states: string[];
}

const recorded = (page: Page): Promise<Recorded> =>
  page.evaluate(() => (window as unknown as { __tonvo: Recorded }).__tonvo);

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  const file = join(artefacts, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  if (process.env['TONVO_DOCS_SCREENSHOTS'] === '1') {
    mkdirSync(docsImages, { recursive: true });
    copyFileSync(file, join(docsImages, `${name}.png`));
  }
}

describe('agent console in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let page: Page;
  const problems: string[] = [];
  let expected: ExpectedRun;

  beforeAll(async () => {
    mkdirSync(artefacts, { recursive: true });
    [expected] = await Promise.all([
      expectedRun(sampleCallWithVoice(), SAMPLE_CUSTOMER),
      buildConsole(),
    ]);
    server = await serveConsole();
    browser = await launchChromium();
    page = await openPage();
  });

  /** A tab in a fresh browser profile (no earlier interaction with the site), watched for errors. */
  async function openPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const p = await context.newPage();
    p.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await p.addInitScript(RECORDER);
    return p;
  }

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('plays the sample call: nudges in order, the customer state as scripted, then the report', async () => {
    // What the coach makes of the sample is derived, but the sample is scripted
    // (packages/audio-node/samples/README.md) to produce these moments, in this order.
    const triggers = expected.nudges.map((n) => n.trigger);
    expect(missingInOrder(triggers, SCRIPTED_TRIGGERS)).toEqual([]);
    expect(missingInOrder(expected.customerStates, SCRIPTED_STATES)).toEqual([]);
    expect(expected.customerStates[expected.customerStates.length - 1]).toBe('relieved');
    // The recording is scripted to raise the customer's voice as the words turn
    // frustrated: the coach cites the voice for that state.
    const frustrated = expected.customerChanges.find((c) => c.to === 'frustrated');
    expect(frustrated?.evidence.prosodyWindows.length).toBeGreaterThan(0);
    expect(frustrated?.evidence.cues.some((c) => c.startsWith('voice louder/higher'))).toBe(true);

    await page.goto(`${server.url}?speed=32&autoplay=1`);
    // The coach reads words with the text model on onnxruntime-web, as the reference did.
    await page.getByText(`Reading words with: ${pickAnalyzer(null).label}`).waitFor();
    expect(pickAnalyzer(null).id).toBe('model');
    // Mid-call (the tone shift): pause for the live screenshot and axe.
    await page.waitForFunction(
      (n) => (window as unknown as { __tonvo: Recorded }).__tonvo.nudges.length >= n,
      Math.min(6, expected.nudges.length),
      { timeout: 120_000 },
    );
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByText('Paused', { exact: true }).waitFor();
    await shoot(page, 'agent-console-live');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Resume', exact: true }).click();

    await page.locator('.crm-center .tonvo-report').waitFor({ timeout: 180_000 });
    const seen = await recorded(page);
    expect(seen.nudges.map((n) => n.trigger)).toEqual(triggers);
    expect(seen.nudges.map((n) => n.id)).toEqual(expected.nudges.map((n) => n.id));
    expect(seen.states).toEqual(expected.customerStates);
    // Why the mood changed, newest first, with the voice among the evidence.
    const log = await page.locator('.crm-mood-log > ol > li').evaluateAll((items) =>
      items.map((li) => ({
        atMs: Number(li.getAttribute('data-at-ms')),
        from: li.getAttribute('data-from'),
        to: li.getAttribute('data-to'),
        voiceWindows: Number(li.getAttribute('data-voice-windows')),
        voiceBadge: li.querySelector('.crm-voice-badge') !== null,
        summary: li.querySelector('.crm-mood-summary')?.textContent,
        cues: [...li.querySelectorAll('.crm-mood-cues li')].map((c) => c.textContent),
      })),
    );
    expect(log).toEqual(
      [...expected.customerChanges].reverse().map((c) => ({
        atMs: c.atMs,
        from: c.from,
        to: c.to,
        voiceWindows: c.evidence.prosodyWindows.length,
        voiceBadge: c.evidence.prosodyWindows.length > 0,
        summary: c.evidence.summary,
        cues: evidenceCueLines(c.evidence.cues),
      })),
    );
    expect(log.find((c) => c.to === 'frustrated')?.cues.join('\n')).toMatch(
      /^voice louder\/higher than usual/m,
    );

    const report = page.locator('.crm-center .tonvo-report');
    const customer = expected.report.trajectories.find((t) => t.speaker === 'customer')!;
    expect(await report.getAttribute('data-arc')).toBe(customer.arc);
    const chart = report.getByRole('img');
    expect(Number(await chart.getAttribute('data-samples'))).toBe(customer.samples.length);
    expect(customer.samples.length).toBeGreaterThan(1);
    expect(await chart.locator('[data-part="line"]').getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+L/);
    expect(await report.locator('[data-part="moments"] li').count()).toBe(
      expected.report.moments.length,
    );
    expect(
      await report
        .locator('[data-part="adoption"] li')
        .evaluateAll((l) => l.map((e) => e.getAttribute('data-trigger'))),
    ).toEqual(expected.report.nudges.map((o) => o.nudge.trigger));
    await shoot(page, 'agent-console-report', true);
    expect(await axeViolations(page)).toEqual([]);
    // The dark theme: the prefabs switch through their custom properties.
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await report.getAttribute('data-tonvo-theme')).toBe('dark');
    await shoot(page, 'agent-console-report-dark', true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Light theme' }).click();
    expect(problems).toEqual([]);
  });

  test('replays a JSONL conversation dropped in by the user', async () => {
    const events: ConversationEvent[] = [
      { type: 'signal', conversation: 'upload-1', kind: 'call-started', atMs: 0 },
      {
        type: 'utterance',
        conversation: 'upload-1',
        id: 'a1',
        speaker: 'agent',
        text: 'Thanks for calling, how can I help?',
        final: true,
        startMs: 500,
        endMs: 3000,
      },
      {
        type: 'utterance',
        conversation: 'upload-1',
        id: 'c1',
        speaker: 'customer',
        text: 'I was charged twice for my subscription this month.',
        final: true,
        startMs: 3500,
        endMs: 7000,
      },
      {
        type: 'utterance',
        conversation: 'upload-1',
        id: 'a2',
        speaker: 'agent',
        text: "I'm sorry about that, let me check it right now.",
        final: true,
        startMs: 7500,
        endMs: 10000,
      },
      { type: 'signal', conversation: 'upload-1', kind: 'call-ended', atMs: 12000 },
    ];
    const text = writeJsonl(events);
    const file = join(artefacts, 'upload-1.jsonl');
    writeFileSync(file, text);
    const [conversation] = conversationsOf(text);
    const want = await expectedRun(conversation!, unknownCustomer('upload-1'));
    expect(want.nudges.length).toBeGreaterThan(0);
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('heading', { name: 'Replay · upload-1' }).waitFor();
    // A JSONL file without a recording replays its words only.
    await page.getByText('No recording: words only').waitFor();
    expect(await page.locator('audio').count()).toBe(0);
    await page.locator('.crm-center .tonvo-report').waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.locator('.crm-lines').textContent())
      .toContain('charged twice for my subscription');
    const adoption = await page
      .locator('.crm-center .tonvo-report [data-part="adoption"] li')
      .evaluateAll((l) => l.map((e) => e.getAttribute('data-trigger')));
    expect(adoption).toEqual(want.report.nudges.map((o) => o.nudge.trigger));
    // Restart: a new coach, nothing left of the previous run.
    await page.getByRole('button', { name: 'Restart', exact: true }).click();
    await page.getByText('Waiting for the call to start…').waitFor();
    expect(await page.locator('.tonvo-report').count()).toBe(0);
    expect(await page.locator('.crm-right article').count()).toBe(0);
    expect(problems).toEqual([]);
  });
  test('the recording plays in step with the replay: play, pause, speed, sound off, restart', async () => {
    page = await openPage();
    const audio = page.locator('audio');
    const media = (): Promise<{ paused: boolean; ms: number; rate: number; clockMs: number }> =>
      audio.evaluate((a: HTMLAudioElement) => ({
        paused: a.paused,
        ms: a.currentTime * 1000,
        rate: a.playbackRate,
        clockMs: Number(document.querySelector<HTMLProgressElement>('.crm-progress')!.value),
      }));
    // The recording and the replay's clock on screen (refreshed every 250 ms) agree
    // within a second, and keep agreeing.
    const inStep = async (): Promise<void> => {
      await expect
        .poll(async () => {
          const m = await media();
          return Math.abs(m.ms - m.clockMs);
        })
        .toBeLessThan(1000);
      for (let i = 0; i < 3; i++) {
        await page.waitForTimeout(300);
        const m = await media();
        expect(m.paused).toBe(false);
        expect(Math.abs(m.ms - m.clockMs)).toBeLessThan(1000);
      }
    };
    const playingPast = (ms: number): Promise<unknown> =>
      page.waitForFunction(
        (t) => {
          const a = document.querySelector('audio');
          return a !== null && !a.paused && a.currentTime * 1000 > t;
        },
        ms,
        { timeout: 30_000 },
      );

    // Nothing plays before the agent's click on Play; the recording then starts with
    // the replay, in step. (Playwright's page evaluations count as user gestures, so
    // Chromium never refuses sound in this test; the next test sees a refusal.)
    await page.goto(`${server.url}?speed=1`);
    await page.getByText(`Reading words with: ${pickAnalyzer(null).label}`).waitFor();
    expect((await media()).paused).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Call audio' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await playingPast(500);
    await inStep();

    // Pause and resume: the recording stops where the replay stops and goes on from there.
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByText('Paused', { exact: true }).waitFor();
    const paused = await media();
    expect(paused.paused).toBe(true);
    await page.waitForTimeout(400);
    expect((await media()).ms).toBe(paused.ms);
    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    await playingPast(paused.ms + 300);
    await inStep();

    // Faster: the playback rate follows where the browser allows it, else it is muted, and says so.
    const speed = page.locator('.crm-speed select');
    await speed.selectOption('2');
    await expect.poll(async () => (await media()).rate).toBe(2);
    expect((await media()).paused).toBe(false);
    await speed.selectOption('32');
    await page.getByText('Muted at 32×: too fast for the browser to play').waitFor();
    expect((await media()).paused).toBe(true);
    await speed.selectOption('1');
    await expect.poll(async () => (await media()).paused).toBe(false);
    expect((await media()).rate).toBe(1);
    await inStep();

    // The agent turns the sound off and on (a labelled checkbox; focus stays where it was).
    const sound = page.getByRole('checkbox', { name: 'Call audio' });
    await sound.uncheck();
    expect((await media()).paused).toBe(true);
    await sound.check();
    await expect.poll(async () => (await media()).paused).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe(
      'checkbox',
    );

    // Restart: silent until Play, which starts the recording from the top.
    await page.getByRole('button', { name: 'Restart', exact: true }).click();
    expect((await media()).paused).toBe(true);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(async () => (await media()).paused).toBe(false);
    expect((await media()).ms).toBeLessThan(1500);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    expect((await media()).paused).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('a browser that refuses autoplay: the words go on, the sound waits for a click on Play sound', async () => {
    // A browser of its own that requires a gesture for sound. Any Playwright evaluation
    // or locator would count as one, so until the refusal the test only listens: the
    // page reports the held-back note through a binding, which grants no gesture.
    const strict = await launchChromium(['--autoplay-policy=user-gesture-required']);
    try {
      const context = await strict.newContext({ viewport: { width: 1440, height: 900 } });
      const p = await context.newPage();
      const errors: string[] = [];
      p.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      p.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      let heldNote: (note: string) => void = () => {};
      const held = new Promise<string>((resolve) => (heldNote = resolve));
      await p.exposeFunction('__tonvoSoundHeld', (note: string) => heldNote(note));
      await p.addInitScript(`
        new MutationObserver(() => {
          const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Play sound');
          const note = document.querySelector('.crm-audio-note');
          if (b && !window.__held) { window.__held = true; window.__tonvoSoundHeld(note ? note.textContent : ''); }
        }).observe(document, { subtree: true, childList: true, characterData: true });
      `);
      await p.goto(`${server.url}?speed=1&autoplay=1`);
      const noRefusal = new Promise<string>((resolve) =>
        setTimeout(() => resolve('no refusal within 60 s'), 60_000),
      );
      expect(await Promise.race([held, noRefusal])).toBe(
        'The browser held the sound back until you click',
      );

      const audio = p.locator('audio');
      const clockMs = async (): Promise<number> =>
        Number(await p.locator('.crm-progress').getAttribute('value'));
      // The replay (words, coach) runs on while the recording stays silent.
      expect(await audio.evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);
      const before = await clockMs();
      await expect.poll(clockMs).toBeGreaterThan(before + 500);
      expect(await audio.evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);

      // One click starts the sound where the replay is, and the note goes away.
      await p.getByRole('button', { name: 'Play sound' }).click();
      await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.paused)).toBe(false);
      await expect
        .poll(async () =>
          Math.abs(
            (await audio.evaluate((a: HTMLAudioElement) => a.currentTime * 1000)) -
              (await clockMs()),
          ),
        )
        .toBeLessThan(1000);
      await expect(p.getByRole('button', { name: 'Play sound' }).count()).resolves.toBe(0);
      expect(await p.locator('.crm-audio-note').textContent()).toBe('');
      expect(errors).toEqual([]);
    } finally {
      await strict.close();
    }
  });
});
