/**
 * Wall time from pushing a final utterance to the `nudge` it causes (the coach emits it
 * synchronously with the baseline analyzer): `onNudge` goes to each coach's `nudge`
 * listener, and every event is pushed through `push`. `sorted()` gives the times in µs.
 */
export function nudgeLatency() {
  const latencies = [];
  let start = 0n;
  let pendingFinal = false;
  return {
    onNudge() {
      if (pendingFinal) {
        latencies.push(Number(process.hrtime.bigint() - start) / 1000);
        pendingFinal = false;
      }
    },
    push(coach, e) {
      pendingFinal = e.type === 'utterance' && e.final;
      if (pendingFinal) start = process.hrtime.bigint();
      coach.push(e);
      pendingFinal = false;
    },
    sorted() {
      return latencies.sort((a, b) => a - b);
    },
  };
}
