import { describeError } from '../describe-error.js';
import {
  closingItemNeeded,
  formatClock,
  formatDuration,
  type CallReport,
  type ClosingItem,
  type CoachOutputEvent,
  type ConversationEvent,
  type SentimentState,
  type TonvoError,
  type Trajectory,
} from '@tonvo/core';
import type { ReplaySink } from '../replay-session.js';
import type { Style } from './ansi.js';

/** A score with two decimals; a tiny negative score reads 0.00, not -0.00. */
const score = (x: number): string => {
  const s = x.toFixed(2);
  return s === '-0.00' ? '0.00' : s;
};

const STATE_ICON: Record<SentimentState, string> = {
  neutral: '·',
  positive: '+',
  frustrated: '!',
  confused: '?',
  distressed: '~',
  relieved: '+',
};

/** A readable live view of replayed conversations and, as each ends, its report. */
export function createPrettySink(
  write: (s: string) => void,
  style: Style,
  options: { readonly multi: boolean },
): ReplaySink {
  const tag = (c: string | undefined): string =>
    options.multi && c !== undefined ? style.dim(`[${c}] `) : '';
  const stateColour = (s: SentimentState): ((x: string) => string) =>
    s === 'frustrated' || s === 'distressed'
      ? style.red
      : s === 'confused'
        ? style.yellow
        : s === 'neutral'
          ? style.dim
          : style.green;
  return {
    input(e: ConversationEvent) {
      if (e.type === 'utterance' && e.final) {
        const who = e.speaker === 'agent' ? style.blue('AGENT   ') : style.magenta('CUSTOMER');
        write(
          `${tag(e.conversation)}${style.dim(formatClock(e.endMs).padStart(5))}  ${who}  ${e.text}\n`,
        );
      } else if (e.type === 'signal') {
        write(
          `${tag(e.conversation)}${style.dim(formatClock(e.atMs).padStart(5))}  ${style.dim(`── ${e.kind.replace('-', ' ')} ──`)}\n`,
        );
      }
    },
    output(e: CoachOutputEvent) {
      const pad = `${tag(e.conversation)}       `;
      switch (e.type) {
        case 'state':
          if (e.speaker !== 'customer') return;
          write(
            `${pad}${stateColour(e.to)(`${STATE_ICON[e.to]} customer ${e.from} → ${e.to}`)} ${style.dim(`(score ${score(e.score)}, confidence ${e.confidence.toFixed(2)}${e.evidence.cues.length > 0 ? `; ${e.evidence.cues.slice(0, 3).join(', ')}` : ''})`)}\n`,
          );
          return;
        case 'nudge': {
          const head = e.critical
            ? style.red(style.bold('NUDGE'))
            : style.yellow(style.bold('NUDGE'));
          write(`${pad}${head} ${style.bold(e.message)} ${style.dim(`[${e.trigger}]`)}\n`);
          for (const p of e.phrases) write(`${pad}      ${style.cyan(`“${p}”`)}\n`);
          return;
        }
        case 'trigger':
          write(`${pad}${style.dim(`⚑ ${e.trigger}: ${e.evidence.summary}`)}\n`);
          return;
        case 'report':
          write(renderReport(e, style));
          return;
        default:
          return;
      }
    },
    error(where: string, error: TonvoError) {
      write(`${style.red('✗')} ${describeError(where, error)}\n`);
    },
  };
}

const BARS = '▁▂▃▄▅▆▇█';

/** A one-line picture of a trajectory's scores. */
export function sparkline(t: Trajectory, width = 40): string {
  const s = t.samples;
  if (s.length === 0) return '';
  const out: string[] = [];
  for (let i = 0; i < Math.min(width, s.length); i++) {
    const sample = s[Math.floor((i * s.length) / Math.min(width, s.length))]!;
    const level = Math.round(((sample.score + 1) / 2) * (BARS.length - 1));
    out.push(BARS[Math.max(0, Math.min(BARS.length - 1, level))]!);
  }
  return out.join('');
}

/** The post-call report as text. */
export function renderReport(r: CallReport, style: Style): string {
  const lines: string[] = [];
  const title = r.conversation === '' ? 'Call report' : `Call report: ${r.conversation}`;
  lines.push('', style.bold(`── ${title} (${formatClock(r.endMs - r.startMs)}) ──`));
  const customer = r.trajectories.find((t) => t.speaker === 'customer');
  if (customer !== undefined && customer.samples.length > 0) {
    lines.push(
      `${style.bold('Customer sentiment')}: ${customer.arc} ${style.dim(`(${customer.startState} ${score(customer.startScore)} → lowest ${score(customer.minScore)} at ${formatClock(customer.minAtMs)} → ${customer.endState} ${score(customer.endScore)})`)}`,
      `  ${sparkline(customer)}`,
    );
  }
  if (r.moments.length > 0) {
    lines.push(style.bold('Moments that mattered'));
    for (const m of r.moments) lines.push(`  • ${m.text}`);
  }
  const a = r.adoption;
  lines.push(
    `${style.bold('Nudges')}: ${a.nudges} shown, ${a.acted} acted on (${Math.round(a.rate * 100)}%), ${a.improved} followed by a better customer mood; ${r.deEscalations} de-escalation${r.deEscalations === 1 ? '' : 's'}`,
  );
  for (const n of r.nudges) {
    const mark = n.acted ? style.green('✓') : style.dim('·');
    lines.push(
      `  ${mark} ${formatClock(n.nudge.atMs)} ${n.nudge.trigger}${n.acted ? style.dim(` — ${n.actedEvidence}`) : ''}`,
    );
  }
  const t = r.talk;
  lines.push(
    `${style.bold('Talk')}: agent ${Math.round(t.agentTalkRatio * 100)}% of talk time, ${Math.round(t.agentWordsPerMinute)} words/min; longest run ${formatDuration(t.longestMonologueMs)}${t.longestMonologueSpeaker === undefined ? '' : ` (${t.longestMonologueSpeaker})`}; ${t.silenceCount} silence${t.silenceCount === 1 ? '' : 's'} over 3 s; overtalk ${formatDuration(t.overtalkMs)}`,
  );
  const c = r.closing;
  // A call where nothing went wrong and nothing was done has nothing to sum up or follow up.
  const tick = (item: ClosingItem, label: string, notNeeded: string): string =>
    !closingItemNeeded(c, item)
      ? style.dim(`– ${label} (${notNeeded})`)
      : c[item]
        ? style.green(`✓ ${label}`)
        : style.red(`✗ ${label}`);
  const items = [
    tick('summary', 'summary', 'nothing to sum up'),
    tick('nextSteps', 'next steps', 'nothing to follow up'),
    tick('anythingElse', 'anything else?', ''),
  ];
  lines.push(
    `${style.bold('Closing')}: ${c.evaluated ? items.join('  ') : style.dim('the call did not reach its close')}`,
  );
  if (r.droppedEvents > 0)
    lines.push(style.yellow(`${r.droppedEvents} event(s) were refused (see the errors above)`));
  return `${lines.join('\n')}\n`;
}
