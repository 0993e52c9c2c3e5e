import { useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createCoach, formatClock, type CoachSnapshot, type TextAnalyzer } from '@tonvo/core';
import { TonvoProvider, useCoachSelector } from '@tonvo/react';
import { TonvoCallReport, TonvoCoachPanel, type TonvoTheme } from '@tonvo/react/prefabs';
import sampleCall from '@sample-call?raw';
import { BUILTIN, pickAnalyzer, type AnalyzerChoice } from './analyzers.js';
import { CustomerCard } from './crm/CustomerCard.js';
import { SAMPLE_CUSTOMER, unknownCustomer, type CustomerRecord } from './crm/customers.js';
import { DropZone } from './crm/DropZone.js';
import { ReplayControls } from './crm/ReplayControls.js';
import { Transcript } from './crm/Transcript.js';
import { consoleCoachOptions, MAX_NUDGES } from './replay/console-config.js';
import { loadConversations, type LoadedConversation } from './replay/load-conversation.js';
import { createReplayPlayer, type ReplayPlayer } from './replay/replay-player.js';
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
}

const sample = loadConversations(sampleCall);
const SAMPLE_SESSION: Session = {
  conversation: sample.conversations[0]!,
  customer: SAMPLE_CUSTOMER,
  source: 'Shipped sample call',
  others: [],
};

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
          <ReplayControls player={player} state={state} />
          {state.report === undefined ? null : (
            <TonvoCallReport report={state.report} theme={theme} className="crm-report" />
          )}
          <Transcript customerName={session.customer.name.split(' ')[0] ?? 'Customer'} />
        </main>
        <div className="crm-col crm-right">
          <TonvoCoachPanel theme={theme} maxNudges={MAX_NUDGES} title="Tonvo live coaching">
            <p className="crm-analyzer">Reading words with: {analyzerLabel}</p>
          </TonvoCoachPanel>
        </div>
      </div>
    </TonvoProvider>
  );
}

/** The agent screen: CRM chrome, the replayed call, and the Tonvo panel. */
export function App(): ReactNode {
  const [session, setSession] = useState<Session>(SAMPLE_SESSION);
  const [analyzer, setAnalyzer] = useState<{
    value: TextAnalyzer | undefined;
    choice: AnalyzerChoice;
  } | null>(null);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [theme, setTheme] = useState<TonvoTheme>(params.get('theme') === 'dark' ? 'dark' : 'light');

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
    if (analyzer === null) return null;
    const { conversation, customer } = session;
    return createReplayPlayer({
      steps: buildTimeline(conversation.events),
      speed: initialSpeed,
      createCoach: () =>
        createCoach(consoleCoachOptions(conversation.id, analyzer.value, customer.values)),
    });
  }, [session, analyzer]);

  useEffect(() => {
    if (player === null) return;
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
      {player === null ? (
        <p className="crm-loading" role="status">
          Loading the {analyzerChoice.label}…
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
        {session.others.length === 0 ? null : (
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
