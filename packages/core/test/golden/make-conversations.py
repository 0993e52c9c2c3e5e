# Writes the golden-replay conversations (timings from word counts and speaking
# rates). Run: python3 make-conversations.py  (from this folder).
import json, re

def build(conv, script):
    lines, t, n = [], 0.0, 0
    for item in script:
        if item[0] == 'sig':
            _, kind, gap, *by = item
            t += gap
            d = dict(type='signal', conversation=conv, kind=kind, atMs=round(t * 1000))
            if by: d['by'] = by[0]
            lines.append(d)
            continue
        sp, text, rate, gap = item[:4]
        overlap = item[4] if len(item) > 4 else 0.0
        words = len(re.findall(r"[\w']+", text))
        start = t + gap - overlap
        end = start + words / rate
        n += 1
        lines.append(dict(type='utterance', conversation=conv, id=f'u{n:02d}', speaker=sp, text=text,
                          final=True, startMs=round(start * 1000), endMs=round(end * 1000)))
        t = max(t, end)
    with open(f'{conv}.jsonl', 'w') as f:
        for l in lines: f.write(json.dumps(l, separators=(',', ':')) + '\n')

# An outage call: the customer arrives angry, the agent talks over them, goes quiet
# while checking, then explains at length without checking in; it turns around when
# the agent acknowledges and simplifies, and the close is complete.
build('outage-call', [
    ('sig', 'call-started', 0),
    ('agent', "Thanks for calling Brightline Internet, this is Priya. How can I help?", 2.6, 0.5),
    ('customer', "My internet has been down since yesterday morning and nobody has called me back. This is unacceptable.", 3.0, 0.6),
    ('customer', "I work from home and I have lost two days of work because of this.", 3.0, 0.5),
    ('agent', "Okay so what you need to do is restart the router and wait.", 2.8, 0.3, 2.5),
    ('customer', "I already did that five times, are you even listening?", 3.0, 0.4),
    ('agent', "Let me check the line.", 2.4, 0.5),
    ('agent', "Right, so there is a fault on the cabinet that feeds your street. Our network team raised it yesterday and an engineer has been assigned to it. What happens is the cabinet loses power and the modems downstream drop their sync, and until the card is replaced none of the lines on it can come back. The engineer has to order the part, fit it, and then each line resynchronises on its own, which can take a little while after the repair is done.", 2.7, 13.0),
    ('customer', "I don't understand any of that. So when will it work?", 2.2, 0.8),
    ('agent', "I'm sorry, that was a lot. In short: a part near your street broke, and we expect it fixed by 6 pm today. Does that make sense?", 2.4, 0.7),
    ('customer', "Okay, that makes sense. Thank you for explaining it properly.", 2.6, 0.6),
    ('agent', "Just to recap, the street fault is booked for repair by 6 pm, and I've added a credit for the two days. You'll get a text when it is fixed. Is there anything else I can help with today?", 2.6, 0.6),
    ('customer', "No, that's all. Thanks, you've been really helpful.", 2.6, 0.6),
    ('agent', "You're welcome. Have a good evening.", 2.5, 0.5),
    ('sig', 'call-ended', 0.8),
])

# A calm call where nothing goes wrong: the coach should stay quiet.
build('address-change', [
    ('sig', 'call-started', 0),
    ('agent', "Good morning, you're through to Harbor Bank, my name is Leo. How can I help?", 2.6, 0.5),
    ('customer', "Hi Leo, I've moved house and I'd like to update my address please.", 2.6, 0.6),
    ('agent', "Of course, happy to help with that. Can I take the new address?", 2.5, 0.6),
    ('customer', "It's 14 Elm Street, Springfield.", 2.2, 0.6),
    ('agent', "Thank you. I've updated it now. Your next statement will go to the new address.", 2.5, 2.0),
    ('customer', "Brilliant, thanks so much.", 2.4, 0.5),
    ('agent', "So to confirm, your address is now 14 Elm Street and your cards stay the same. Is there anything else I can help you with today?", 2.6, 0.6),
    ('customer', "No, that's everything. Thanks Leo.", 2.5, 0.5),
    ('agent', "My pleasure. Have a lovely day.", 2.4, 0.5),
    ('sig', 'call-ended', 0.8),
])
