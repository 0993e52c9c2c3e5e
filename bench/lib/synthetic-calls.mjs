// A deterministic synthetic call mix for benchmarks: what a live stream delivers per
// second of a support call (prosody windows, VAD segments, partial transcripts, finals,
// signals, clock ticks), with lines drawn from a pool of customer-service language.

const CUSTOMER = [
  "Hi, I'm calling about my bill.",
  'I was charged twice for my phone plan this month.',
  "What do you mean by that? I don't really understand.",
  'This is ridiculous, I have been waiting for a refund for weeks.',
  "I'm really worried, I need that money for rent.",
  'Can I speak to a manager please?',
  'Okay, that makes sense, thank you.',
  'Oh thank god, thank you so much, that is a relief.',
  'my card number is 4111 1111 1111 1111',
  'so do I get my money back or not',
  'the app keeps crashing every time I open it',
  'no problem at all, take your time',
  "I'm not happy with how this has been handled",
  'can you send it to dana dot reyes at example dot com',
  'Okay, great. That is all I needed.',
  'why was there an extra fee on my statement',
  'I never signed up for this subscription',
  'sorry, which account do you mean?',
];
const AGENT = [
  'Thank you for calling, this is Sam. How can I help today?',
  'Let me take a look at that for you.',
  'It looks like the duplicate transaction was caused by a provisioning error during the plan migration.',
  'Unfortunately our policy is that I am not able to refund it today.',
  "I understand, and I'm sorry about this. Let me see what I can do.",
  'Can I put you on a brief hold while I check with my supervisor?',
  "Good news, I was able to refund the charge. You'll see it within three to five days.",
  'Please be advised that we apologize for any inconvenience this may have caused.',
  'I think it should maybe probably work after a restart.',
  'Does that make sense so far?',
  'Is there anything else I can help you with today?',
  'Just to recap, we refunded the double charge and updated your plan.',
];

// Each line is said with an opener and a tail drawn at random, so that texts in a call
// rarely repeat (about 5,700 variants): a real call's utterances are each new, and a mix
// of 30 repeated sentences would let every cache of recent texts answer from memory.
const OPENERS = [
  '',
  'So ',
  'Okay, ',
  'Well, ',
  'Right, ',
  'Um, ',
  'And ',
  'Alright, ',
  'Yes, ',
  'Look, ',
  'Honestly, ',
  'Hmm, ',
  'See, ',
  'Now, ',
  'Oh, ',
  'Yeah, ',
];
const TAILS = [
  '',
  ' then',
  ' here',
  ' for now',
  ' as well',
  ' again',
  ' today',
  ' please',
  ' I guess',
  ' anyway',
  ' you know',
  ' right',
];

/** `line` with an opener and a tail (before its closing punctuation, if any). */
function vary(line, r) {
  const opener = OPENERS[Math.floor(r() * OPENERS.length)];
  const tail = TAILS[Math.floor(r() * TAILS.length)];
  const end = /[.?!]$/.test(line) ? line.length - 1 : line.length;
  // (The first letter goes lower case after an opener, except in "I".)
  const first = /^I\b/.test(line) ? line[0] : line[0].toLowerCase();
  const body = opener === '' ? line.slice(0, end) : opener + first + line.slice(1, end);
  return body + tail + line.slice(end);
}

/** A small deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Events of one synthetic call lasting about `durationMs`, in time order.
 * Per second of call: a prosody window per speaker, a tick, partials while speaking,
 * a VAD segment per turn and a final every few seconds.
 */
export function syntheticCall({ durationMs, seed = 1, conversation }) {
  const r = rng(seed);
  const events = [];
  const c = conversation === undefined ? {} : { conversation };
  let t = 0;
  let n = 0;
  let turn = 0;
  events.push({ type: 'signal', ...c, kind: 'call-started', atMs: 0 });
  while (t < durationMs) {
    const speaker = turn++ % 2 === 0 ? 'agent' : 'customer';
    const pool = speaker === 'agent' ? AGENT : CUSTOMER;
    const text = vary(pool[Math.floor(r() * pool.length)], r);
    const words = text.split(' ');
    const start = t + 300 + Math.floor(r() * 700);
    const durMs = Math.round((words.length / (2.2 + r())) * 1000);
    const end = start + durMs;
    const id = `u${n++}`;
    // Time before the turn: ticks and quiet prosody.
    for (let s = Math.ceil(t / 1000) * 1000; s < start; s += 1000)
      events.push({ type: 'tick', ...c, atMs: s });
    // During the turn: per second a prosody window for each speaker, a partial, a tick.
    let rev = 0;
    for (let s = start + 1000; s < end; s += 1000) {
      const k = Math.max(1, Math.floor((words.length * (s - start)) / durMs));
      events.push({
        type: 'utterance',
        ...c,
        id,
        speaker,
        text: words.slice(0, k).join(' '),
        final: false,
        revision: rev++,
        startMs: start,
        endMs: s,
      });
      for (const sp of ['agent', 'customer']) {
        const voiced = sp === speaker;
        events.push({
          type: 'prosody',
          ...c,
          speaker: sp,
          startMs: s - 1000,
          endMs: s,
          pitchMedianHz: voiced ? (sp === 'agent' ? 120 : 210) + r() * 30 : 0,
          pitchRangeHz: voiced ? 20 + r() * 40 : 0,
          energyDbfs: voiced ? -24 + r() * 8 : -60,
          speakingRate: voiced ? 3 + r() * 2 : 0,
          voicedRatio: voiced ? 0.5 + r() * 0.3 : 0,
        });
      }
      events.push({ type: 'tick', ...c, atMs: s });
    }
    events.push({ type: 'vad', ...c, speaker, startMs: start, endMs: end });
    events.push({
      type: 'utterance',
      ...c,
      id,
      speaker,
      text,
      final: true,
      startMs: start,
      endMs: end,
    });
    t = end;
    if (r() < 0.01) {
      events.push({ type: 'signal', ...c, kind: 'hold-started', by: 'agent', atMs: t + 100 });
      t += 30_000 + Math.floor(r() * 60_000);
      events.push({ type: 'signal', ...c, kind: 'hold-ended', by: 'agent', atMs: t });
    }
  }
  events.push({ type: 'signal', ...c, kind: 'call-ended', atMs: t + 500 });
  return events;
}

/** How many events of each type. */
export function mixOf(events) {
  const m = {};
  for (const e of events) {
    const k = e.type === 'utterance' ? (e.final ? 'final' : 'partial') : e.type;
    m[k] = (m[k] ?? 0) + 1;
  }
  return m;
}
