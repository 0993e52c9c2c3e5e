import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createCoach, formatClock, type CoachSnapshot, type TextAnalyzer } from '@tonvo/core';
import { TonvoProvider, useCoachSelector } from '@tonvo/react';
import { TonvoCallReport, TonvoCoachPanel, type TonvoTheme } from '@tonvo/react/prefabs';
import sampleCall from '@sample-call?raw';
import sampleAudioUrl from '@sample-call-audio?url';
import sampleVoiceUrl from './assets/sample-call-voice.jsonl?url';
import { BUILTIN, pickAnalyzer, type AnalyzerChoice } from './analyzers.js';
import { CallAudio } from './crm/CallAudio.js';
import { CustomerCard } from './crm/CustomerCard.js';
import { SAMPLE_CUSTOMER, unknownCustomer, type CustomerRecord } from './crm/customers.js';
import { DropZone } from './crm/DropZone.js';
import { MoodLog } from './crm/MoodLog.js';
import { ReplayControls } from './crm/ReplayControls.js';
import { Transcript } from './crm/Transcript.js';
import { consoleCoachOptions, MAX_NUDGES } from './replay/console-config.js';
import { loadConversations, type LoadedConversation } from './replay/load-conversation.js';
import { createReplayPlayer, type ReplayPlayer } from './replay/replay-player.js';
import { sampleConversation } from './replay/sample-call.js';
import { buildTimeline } from './replay/timeline.js';

const params = new URLSearchParams(globalThis.location?.search ?? '');
const initialSpeed = Number(params.get('speed') ?? '1') || 1;
const autoplay = params.get('autoplay') === '1';
const analyzerChoice = pickAnalyzer(params.get('analyzer'));

interface Session {
  readonly conversation: LoadedConversation;
  readonly customer: CustomerRecord;
  readonly source: string;
  /** Other conversations of the same file, to switch to. */
  readonly others: readonly LoadedConversation[];
  /** The call's recording, heard in step with the replay (none for a dropped file). */
  readonly recordingUrl?: string;
}

const SAMPLE_SOURCE = 'Shipped sample call';

/**
 * The sample call with its voice: the transcript (bundled) and the recording's prosody
 * windows and speech segments (an asset of the app, made from `sample-call.wav` by the
 * Node audio pipeline, see scripts/make-sample-voice.ts), merged by time; the
 * recording itself plays along.
 */
async function loadSampleSession(): Promise<Session> {
  const response = await fetch(sampleVoiceUrl);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return {
    conversation: sampleConversation(sampleCall, await response.text()),
    customer: SAMPLE_CUSTOMER,
    source: SAMPLE_SOURCE,
    others: [],
    recordingUrl: sampleAudioUrl,
  };
}

const selectOnHold = (s: CoachSnapshot): boolean => s.onHold;

function CallBadge({ positionMs, ended }: { positionMs: number; ended: boolean }): ReactNode {
  const onHold = useCoachSelector(selectOnHold);
  const label = ended ? 'Call ended' : onHold ? 'On hold' : 'On call';
  return (
    <span className="crm-call-badge" data-state={ended ? 'ended' : onHold ? 'hold' : 'live'}>
      <span className="crm-dot" aria-hidden="true" /> {label} · {formatClock(positionMs)}
    </span>
  );
}

function Console({
  player,
  session,
  analyzerLabel,
  theme,
}: {
  player: ReplayPlayer;
  session: Session;
  analyzerLabel: string;
  theme: TonvoTheme;
}): ReactNode {
  const state = useSyncExternalStore(player.subscribe, player.getSnapshot);
  const ended = state.status === 'ended';
  return (
    <TonvoProvider coach={state.coach}>
      <div className="crm-workspace">
        <div className="crm-col crm-left">
          <CustomerCard customer={session.customer} />
        </div>
        <main className="crm-col crm-center" aria-labelledby="case-title">
          <div className="crm-case-head">
            <div>
              <p className="crm-muted">Case #48213 · {session.source}</p>
              <h1 id="case-title">{session.customer.caseTitle}</h1>
            </div>
            <CallBadge positionMs={state.positionMs} ended={ended} />
          </div>
          <ReplayControls player={player} state={state}>
            <CallAudio player={player} src={session.recordingUrl} />
          </ReplayControls>
          {state.report === undefined ? null : (
            <TonvoCallReport report={state.report} theme={theme} className="crm-report" />
          )}
          <Transcript customerName={session.customer.name.split(' ')[0] ?? 'Customer'} />
        </main>
        <div className="crm-col crm-right">
          <TonvoCoachPanel theme={theme} maxNudges={MAX_NUDGES} title="Tonvo live coaching">
            <MoodLog />
            <p className="crm-analyzer">Reading words with: {analyzerLabel}</p>
          </TonvoCoachPanel>
        </div>
      </div>
    </TonvoProvider>
  );
}

/** The agent screen: CRM chrome, the replayed call, and the Tonvo panel. */
export function App(): ReactNode {
  const [session, setSession] = useState<Session | undefined>(undefined);
  const [analyzer, setAnalyzer] = useState<{
    value: TextAnalyzer | undefined;
    choice: AnalyzerChoice;
  } | null>(null);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [theme, setTheme] = useState<TonvoTheme>(params.get('theme') === 'dark' ? 'dark' : 'light');

  useEffect(() => {
    let live = true;
    // A file dropped in the meantime wins over the sample.
    loadSampleSession().then(
      (sample) => live && setSession((current) => current ?? sample),
      (e: unknown) => {
        if (!live) return;
        setProblem(
          `The sample call's voice did not load (${String(e)}); replaying its words only.`,
        );
        setSession(
          (current) =>
            current ?? {
              conversation: sampleConversation(sampleCall),
              customer: SAMPLE_CUSTOMER,
              source: SAMPLE_SOURCE,
              others: [],
            },
        );
      },
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    let live = true;
    analyzerChoice.load().then(
      (value) => live && setAnalyzer({ value, choice: analyzerChoice }),
      (e: unknown) => {
        if (!live) return;
        setProblem(
          `The ${analyzerChoice.label} did not load (${String(e)}); using the built-in one.`,
        );
        setAnalyzer({ value: undefined, choice: BUILTIN });
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const player = useMemo(() => {
    if (analyzer === null || session === undefined) return null;
    const { conversation, customer } = session;
    return createReplayPlayer({
      steps: buildTimeline(conversation.events),
      speed: initialSpeed,
      createCoach: () =>
        createCoach(consoleCoachOptions(conversation.id, analyzer.value, customer.values)),
    });
  }, [session, analyzer]);

  // The player on screen before this one (a dropped file, another conversation), to
  // destroy with its coach once the new one is in place. Not in the cleanup below:
  // StrictMode runs that and then this effect again with the same player.
  const shown = useRef<ReplayPlayer | null>(null);
  useEffect(() => {
    if (player === null) return;
    if (shown.current !== null && shown.current !== player) shown.current.destroy();
    shown.current = player;
    if (autoplay) player.play();
    return () => player.pause();
  }, [player]);

  const open = (text: string, name: string): void => {
    const file = loadConversations(text);
    const [first, ...others] = file.conversations;
    if (first === undefined) {
      setProblem(
        `${name} holds no conversation events${file.problems.length > 0 ? `: ${file.problems[0]}` : ''}.`,
      );
      return;
    }
    setProblem(
      file.problems.length === 0
        ? undefined
        : `${file.problems.length} line(s) of ${name} were skipped; first: ${file.problems[0]}`,
    );
    setSession({ conversation: first, customer: unknownCustomer(first.id), source: name, others });
  };

  return (
    <div className="crm-app" data-theme={theme}>
      <header className="crm-topbar">
        <span className="crm-brand">
          <span className="crm-logo" aria-hidden="true">
            N
          </span>
          Northwind Desk
        </span>
        <nav aria-label="Main" className="crm-nav">
          <span aria-current="page">Calls</span>
          <span>Cases</span>
          <span>Customers</span>
          <span>Reports</span>
        </nav>
        <span className="crm-agent">
          <button
            type="button"
            className="crm-button crm-ghost"
            onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
          >
            {theme === 'dark' ? 'Light theme' : 'Dark theme'}
          </button>
          <span className="crm-avatar crm-avatar-small" aria-hidden="true">
            ST
          </span>
          Sam Taylor · <span className="crm-available">Available</span>
        </span>
      </header>
      {problem === undefined ? null : (
        <p className="crm-problem" role="status">
          {problem}
        </p>
      )}
      {player === null || session === undefined ? (
        <p className="crm-loading" role="status">
          Loading the call and the {analyzerChoice.label}…
        </p>
      ) : (
        <Console
          player={player}
          session={session}
          analyzerLabel={analyzerChoice.label}
          theme={theme}
        />
      )}
      <footer className="crm-footer">
        <DropZone onText={open} />
        {session === undefined || session.others.length === 0 ? null : (
          <label className="crm-muted">
            Other conversations in this file:{' '}
            <select
              value={session.conversation.id}
              onChange={(e) => {
                const all = [session.conversation, ...session.others];
                const picked = all.find((c) => c.id === e.target.value);
                if (picked !== undefined)
                  setSession({
                    ...session,
                    conversation: picked,
                    customer: unknownCustomer(picked.id),
                    others: all.filter((c) => c !== picked),
                  });
              }}
            >
              {[session.conversation, ...session.others].map((c) => (
                <option key={c.id} value={c.id}>
                  {c.id === '' ? '(no id)' : c.id}
                </option>
              ))}
            </select>
          </label>
        )}
      </footer>
    </div>
  );
}
