import type { Playbook } from './playbook-types.js';

/**
 * The built-in English playbook: one situation per built-in trigger (the language
 * triggers share `plain-language`). Phrases are written for Tonvo.
 * @public
 */
export const PLAYBOOK_EN: Playbook = {
  name: 'tonvo-default',
  locale: 'en',
  situations: {
    'frustration-rising': {
      title: 'Pause, acknowledge, redirect',
      message:
        'Their tone just turned frustrated. Pause the script, name what you hear, then ask what outcome they want.',
      phrases: [
        'I can hear this has been really frustrating, {customerName}. What would a good result look like for you today?',
        "I can hear how frustrating this is. Let's focus on what matters most to you: what would you like to happen?",
        "You've clearly had a rough time with this. Tell me the outcome you're hoping for and I'll work toward it.",
        "That's fair to be annoyed about. What would make this right for you?",
      ],
      expect: 'acknowledge',
      cooldownMs: 60_000,
    },
    confusion: {
      title: 'Simplify and check understanding',
      message:
        'They sound confused, not angry. Put it in plain words, one step at a time, and check it landed.',
      phrases: [
        'Let me put that more simply, one step at a time. Does that make sense so far?',
        "Sorry, I made that sound complicated. In short: here's what happened and what we'll do. Does that help?",
        'Let me back up a step. Which part would be most useful to go over again?',
        "I'll go through it one piece at a time. Stop me if anything isn't clear.",
      ],
      expect: 'simplify',
      cooldownMs: 60_000,
    },
    distress: {
      title: 'Lead with empathy',
      message: 'They sound {feeling}. Acknowledge how this affects them before the next step.',
      phrases: [
        'That sounds really hard, {customerName}, and I want to help take some of that off your plate.',
        "I'm sorry you're dealing with this. Let's see what I can do right now.",
        "I can see why this is weighing on you. Here's what I can do to help today.",
      ],
      expect: 'acknowledge',
      priority: 78,
    },
    bereavement: {
      title: 'Condolence first',
      message:
        'They have lost someone. Say you are sorry for their loss, slow down, and make each step easy.',
      phrases: [
        "I'm so sorry for your loss, {customerName}. Take your time; I'll make this as easy as I can.",
        "I'm very sorry. There's no rush at all, and I'll take care of the details with you.",
        "I'm sorry you're going through this. We can do this one small step at a time.",
      ],
      expect: 'acknowledge',
      priority: 80,
    },
    'at-stake': {
      title: 'Acknowledge what is at stake',
      message:
        'They told you what this costs them ("{phrase}"). Acknowledge that before the next step.',
      phrases: [
        'That makes this so much harder for you, {customerName}. Let me see what I can do about it.',
        "I can see why this matters so much right now. Let's find the quickest way to sort it.",
        'I understand, you need this working. Here is what I can do in the meantime.',
      ],
      expect: 'acknowledge',
      priority: 77,
    },
    'positive-moment': {
      title: 'Reinforce the relief',
      message: 'They sound {feeling}. Share the moment, and where we got something wrong, own it.',
      phrases: [
        "I'm really glad we got that sorted. You shouldn't have had to go through that.",
        'Happy to help, {customerName}. Sorry it took this much of your day.',
        "That's great to hear. Thanks for bearing with me while we fixed it.",
      ],
      expect: 'reinforce',
      expiresAfterMs: 20_000,
    },
    'billing-discrepancy': {
      title: 'Acknowledge and set expectations',
      message:
        'A billing problem: acknowledge it before investigating, and say what you will check and how long it takes.',
      phrases: [
        "I'm sorry about {issue}. Let me look into it right now, it should take about a minute.",
        "That's not what you should see on your bill. I'll check {issue} and tell you exactly what happened.",
        "I understand, nobody wants a surprise on their bill. Let's get this sorted today.",
      ],
      expect: 'acknowledge',
    },
    'transfer-request': {
      title: 'Acknowledge before you transfer or resolve',
      message:
        'They asked for someone else. Acknowledge it, say what you can do yourself, and if you transfer, explain who and why.',
      phrases: [
        "I understand you'd like to speak with someone else. Before I do, may I try one thing that could fix this right now?",
        "Of course. I'll make sure the next person has all the details so you don't have to repeat yourself.",
        "I hear you. I want to get this sorted for you today, whether that's with me or my supervisor.",
      ],
      expect: 'acknowledge',
      priority: 80,
    },
    'repeated-request': {
      title: 'Do what they asked',
      message:
        'They have asked for this {times}: “{ask}”. Do it now, or say plainly what has to happen first.',
      phrases: [
        "You've asked me for that more than once, and I hear you. Let's do it now.",
        "Sorry, I should have done that when you first asked. I'll take care of it right now.",
        "I hear you. There's one thing I need from you first, and then it's done.",
      ],
      expect: 'act',
      priority: 75,
    },
    'agent-transfer': {
      title: 'Make it a warm transfer',
      message:
        "Before you transfer: say who they'll speak to and why, and that you'll pass on the details.",
      phrases: [
        "I'm connecting you with the team that handles this directly. I'll pass on everything so you won't have to repeat it.",
        "They're the right people for this, and I'll stay on the line until you're connected.",
      ],
      expect: 'warm-transfer',
      priority: 80,
    },
    'policy-limitation': {
      title: 'Lead with what you can do',
      message: 'You just said what you cannot do. Follow it straight away with what you can do.',
      phrases: [
        'What I can do right now is...',
        "I know that's not the answer you wanted. Here's what I can do instead.",
        "I can't change that, but I can make sure this gets handled as fast as possible.",
      ],
      expect: 'offer-alternative',
    },
    hold: {
      title: 'Set expectations for the hold',
      message: 'Tell them why and for about how long, and check back within a minute.',
      phrases: [
        "I'll be about a minute while I check this. I'll come back to you even if I'm still working on it.",
        "Thanks for waiting. I'm checking with my team and will update you shortly.",
      ],
      expect: 'hold-update',
      expiresAfterMs: 20_000,
    },
    'long-hold': {
      title: 'Check back in',
      message:
        'The hold has gone on a while. Go back to the customer, thank them and give an update.',
      phrases: [
        "Thanks for holding, {customerName}. I'm still on it and should have an answer in a minute or two.",
        "Thank you for your patience. Here's where things stand.",
      ],
      expect: 'hold-update',
      critical: true,
      priority: 85,
    },
    'pace-too-fast': {
      title: 'Slow down',
      message: 'You are speaking at about {wpm} words a minute. Slow down and leave pauses.',
      phrases: [],
      expect: 'slow-down',
      cooldownMs: 60_000,
    },
    'untimely-offer': {
      title: 'Problem first, offers later',
      message:
        'They are still upset and the problem is not fixed. Leave the offer for now and get back to what they called about.',
      phrases: ["Sorry, let's get your problem sorted first. Here's what I'm doing now."],
      expect: 'act',
      priority: 64,
    },
    'churn-risk': {
      title: 'They may leave',
      message:
        'They are thinking of leaving. Do not defend the policy: say what went wrong for them, then what you can do today.',
      phrases: [
        "I don't want this to be the reason you leave, {customerName}. Here's what I can do today: ...",
        "I can hear you've had enough, and I understand why you'd look elsewhere. Let me see what I can put right now.",
      ],
      expect: 'acknowledge',
      priority: 76,
    },
    'slow-down-asked': {
      title: 'Slow down',
      message: 'They asked you to slow down. Say it again in short sentences, with pauses.',
      phrases: ['Sorry, let me go through that again, more slowly.'],
      expect: 'slow-down',
      priority: 74,
      cooldownMs: 60_000,
    },
    monologue: {
      title: 'Check in',
      message: 'You have been talking for a while. Pause and check in with the customer.',
      phrases: [
        'Does that make sense so far?',
        'How does that sound to you?',
        'Any questions about that before I go on?',
      ],
      expect: 'check-in',
    },
    'dead-air': {
      title: 'Fill the silence',
      message: 'It has gone quiet. Say what you are doing while you work.',
      phrases: [
        "I'm just pulling up your account now.",
        "Still with you, I'm checking one more thing.",
      ],
      expect: 'speak',
      expiresAfterMs: 15_000,
    },
    overtalk: {
      title: 'Let them finish',
      message:
        'You started talking while the customer was still speaking. Let them finish, then respond.',
      phrases: ['Sorry, I cut you off. Please go on.'],
      expect: 'let-finish',
    },
    'plain-language': {
      title: 'Use plain words',
      message: 'Try "{replacement}" instead of "{phrase}".',
      phrases: [],
      expect: 'plain-words',
      cooldownMs: 30_000,
      priority: 40,
    },
    'hedging-many': {
      title: 'Say what you know',
      message:
        'You hedged {times} times ({phrases}). Say what you know, and when you will confirm the rest.',
      phrases: [
        "Here's what I know for certain: ... I'll confirm the rest by ...",
        'Let me check that now, so I can give you a straight answer.',
      ],
      expect: 'plain-words',
      cooldownMs: 30_000,
      priority: 40,
    },
    'jargon-many': {
      title: 'One step at a time',
      message:
        'That was {times} technical terms at once ({phrases}). Say what they will see and what to do, one step at a time.',
      phrases: [
        "Sorry, that was a lot of jargon. Let's take it one step at a time. First, ...",
        'In plain words: ... Can you see that on your screen?',
      ],
      expect: 'plain-words',
      cooldownMs: 30_000,
      priority: 44,
    },
    'over-formal-many': {
      title: 'Talk, not a letter',
      message:
        'That was {times} stiff phrases at once ({phrases}). Say it the way you would to a neighbour: what it means for them, in short sentences.',
      phrases: ['What that means for you is: ...', 'Put simply, we just need ... from you.'],
      expect: 'plain-words',
      cooldownMs: 30_000,
      priority: 42,
    },
    'explain-term': {
      title: 'Explain the term',
      message:
        'They are confused, not angry: they asked what "{phrase}" means. Say it in everyday words and check it landed.',
      phrases: [
        "Sorry, that's our jargon. Put simply, it's the ... Does that make sense?",
        'Good question. In everyday words: ...',
      ],
      expect: 'simplify',
      // Above the general confusion nudge: this says what to explain.
      priority: 72,
      cooldownMs: 30_000,
    },
    'explain-jargon': {
      title: 'Say it plainly',
      message:
        'They sound confused, not angry, maybe by "{phrase}". Try "{replacement}", one step at a time, and check it landed.',
      phrases: [
        'Sorry, I made that sound complicated. Put simply: ... Does that make sense?',
        'Let me say that more plainly: ... Is that clearer?',
      ],
      expect: 'simplify',
      // Above the general confusion nudge: this says what to say instead.
      priority: 72,
      cooldownMs: 30_000,
    },
    dismissive: {
      title: 'Keep it kind',
      message: 'That can sound dismissive. Try "{replacement}" instead of "{phrase}".',
      phrases: [],
      expect: 'plain-words',
      // Another dismissive line a few seconds on is a new one to catch.
      cooldownMs: 10_000,
      priority: 82,
    },
    'dismissive-many': {
      title: 'Keep it kind',
      message:
        'That came across as dismissive, {times} times in one go ({phrases}). Acknowledge what they feel, then say what you will do for them.',
      phrases: ["I'm sorry, that's not what you need to hear. Let me sort it out for you."],
      expect: 'plain-words',
      cooldownMs: 10_000,
      priority: 82,
    },
    'drop-dismissive': {
      title: 'Say it again, kindly',
      message:
        '"{phrase}" can sound dismissive. Leave it out and say it again, as if for the first time.',
      phrases: [],
      expect: 'plain-words',
      // Another dismissive line a few seconds on is a new one to catch.
      cooldownMs: 10_000,
      priority: 82,
    },
    'drop-words': {
      title: 'Say it plainly',
      message: 'Leave out "{phrase}" and say the rest plainly.',
      phrases: [],
      expect: 'plain-words',
      cooldownMs: 30_000,
      priority: 40,
    },
    'closing-checklist': {
      title: 'Close with clarity',
      message: 'Before you close: add {missing}.',
      phrases: [
        "Just to recap: {issue} is sorted, and here's what happens next. Is there anything else I can help with today?",
        'Before you go, let me quickly go over what we did today.',
        'Is there anything else I can help you with today?',
      ],
      expect: 'close',
      priority: 65,
      expiresAfterMs: 45_000,
    },
    // The close lacks only the next steps (and perhaps "anything else?"), or only
    // "anything else?": phrases for what is missing, not a recap the agent has given.
    'closing-next-steps': {
      title: 'Close with clarity',
      message: 'Before you close: add {missing}.',
      phrases: [
        "Here's what happens next: ... Is there anything else I can help with today?",
        "You don't need to do anything else. ... Is there anything else I can help with?",
      ],
      expect: 'close',
      priority: 65,
      expiresAfterMs: 45_000,
    },
    'closing-anything-else': {
      title: 'Close with clarity',
      message: 'Before you close: add {missing}.',
      phrases: [
        'Is there anything else I can help you with today?',
        'Before I let you go, is there anything else on your mind?',
      ],
      expect: 'close',
      priority: 65,
      expiresAfterMs: 45_000,
    },
  },
};
