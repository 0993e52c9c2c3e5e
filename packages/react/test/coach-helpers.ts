import { createCoach, type Coach, type CoachOptions, type Speaker } from '@tonvo/core';

/** A real coach, with its built-in analyzer. */
export function testCoach(options: CoachOptions = {}): Coach {
  return createCoach(options);
}

let seq = 0;

/** Pushes one final utterance. */
export function say(
  coach: Coach,
  speaker: Speaker,
  text: string,
  startMs: number,
  endMs = startMs + 3000,
): void {
  coach.push({ type: 'utterance', id: `t${++seq}`, speaker, text, final: true, startMs, endMs });
}

/** A coach whose listeners are counted (it is the real coach, with counting around subscribe/on). */
export function countingCoach(coach: Coach): {
  coach: Coach;
  subscriptions: () => number;
  listeners: () => number;
} {
  let subscriptions = 0;
  let listeners = 0;
  const counted: Coach = {
    ...coach,
    subscribe(listener) {
      subscriptions++;
      const off = coach.subscribe(listener);
      let done = false;
      return () => {
        if (!done) subscriptions--;
        done = true;
        off();
      };
    },
    on(type, listener) {
      listeners++;
      const off = coach.on(type, listener);
      let done = false;
      return () => {
        if (!done) listeners--;
        done = true;
        off();
      };
    },
  };
  return { coach: counted, subscriptions: () => subscriptions, listeners: () => listeners };
}
