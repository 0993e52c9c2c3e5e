import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createWebModelRunner } from '@tonvo/audio-web';
import {
  createCoach,
  type CallReport,
  type SentimentState,
  type StateChangeEvent,
  type TextAnalyzer,
} from '@tonvo/core';
import { createEmotionAnalyzer } from '@tonvo/models';
import { readTextEmotionModel } from '@tonvo/models/node';
import { pickAnalyzer, type AnalyzerChoice } from '../src/analyzers.js';
import type { CustomerRecord } from '../src/crm/customers.js';
import { consoleCoachOptions, MAX_NUDGES } from '../src/replay/console-config.js';
import { loadConversations, type LoadedConversation } from '../src/replay/load-conversation.js';
import { sampleConversation } from '../src/replay/sample-call.js';
import { buildTimeline } from '../src/replay/timeline.js';
import { SAMPLE_VOICE_JSONL } from '../scripts/sample-voice.js';

/** The shipped sample call, as text. */
export function sampleCallText(): string {
  const pkg = createRequire(import.meta.url).resolve('@tonvo/audio-node/package.json');
  return readFileSync(join(dirname(pkg), 'samples/sample-call.jsonl'), 'utf8');
}

/**
 * The sample call as the console replays it: the transcript with the voice events the
 * app serves (`scripts/sample-voice.test.ts` checks they are the audio pipeline's).
 */
export function sampleCallWithVoice(): LoadedConversation {
  return sampleConversation(sampleCallText(), readFileSync(SAMPLE_VOICE_JSONL, 'utf8'));
}

/**
 * The console's analyzer, loaded in Node: the same model bytes on the same
 * onnxruntime-web WASM kernels (its Node build), one thread, as in the browser.
 */
async function loadInNode(
  id: AnalyzerChoice['id'],
): Promise<{ analyzer: TextAnalyzer | undefined; dispose: () => Promise<void> }> {
  if (id === 'builtin') return { analyzer: undefined, dispose: () => Promise.resolve() };
  const ort = await import('onnxruntime-web');
  const runner = await createWebModelRunner(await readTextEmotionModel(), { ort, numThreads: 1 });
  return { analyzer: createEmotionAnalyzer({ runner }), dispose: () => runner.dispose() };
}

/** What the console should show for a conversation. */
export interface ExpectedRun {
  /** Nudges in the order they first reach the panel (its top `MAX_NUDGES`). */
  readonly nudges: readonly { readonly id: string; readonly trigger: string }[];
  /** The customer's state as the meter shows it, consecutive repeats removed. */
  readonly customerStates: readonly SentimentState[];
  /** The customer's state changes, with their evidence, in order. */
  readonly customerChanges: readonly StateChangeEvent[];
  readonly report: CallReport;
}

/**
 * Runs the console's own replay steps through a coach with the console's own options,
 * in Node, and records what the panel would show after each step: the expected
 * outcome comes from the coach itself, so the end-to-end test stays true when the
 * coach is tuned.
 */
export async function expectedRun(
  conversation: LoadedConversation,
  customer: CustomerRecord,
  analyzerId: AnalyzerChoice['id'] = pickAnalyzer(null).id,
): Promise<ExpectedRun> {
  const { analyzer, dispose } = await loadInNode(analyzerId);
  const coach = createCoach(consoleCoachOptions(conversation.id, analyzer, customer.values));
  const steps = buildTimeline(conversation.events);
  const nudges: { id: string; trigger: string }[] = [];
  const customerStates: SentimentState[] = [coach.getSnapshot().speakers.customer.state];
  const customerChanges: StateChangeEvent[] = [];
  coach.on('stateChange', (e) => {
    if (e.speaker === 'customer') customerChanges.push(e);
  });
  const seen = new Set<string>();
  for (const step of steps) {
    coach.push(step.event);
    await coach.whenIdle();
    const s = coach.getSnapshot();
    for (const n of s.nudges.slice(0, MAX_NUDGES)) {
      if (seen.has(n.id)) continue;
      seen.add(n.id);
      nudges.push({ id: n.id, trigger: n.trigger });
    }
    const state = s.speakers.customer.state;
    if (state !== customerStates[customerStates.length - 1]) customerStates.push(state);
  }
  const report = await coach.end(steps[steps.length - 1]?.atMs ?? 0);
  await dispose();
  return { nudges, customerStates, customerChanges, report };
}

/** The conversations of a JSONL text. */
export function conversationsOf(text: string): readonly LoadedConversation[] {
  return loadConversations(text).conversations;
}
