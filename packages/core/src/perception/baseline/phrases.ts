import { DEATH_PHRASES, HARD_TIME_PHRASES, ILLNESS_PHRASES } from '../loss-words.js';

/**
 * Customer-service phrases that word lists miss, as `[id, pattern, valence, states]`.
 * Patterns use the phrase language of `compilePhrasePattern`; they match written and
 * spoken (lower-case, unpunctuated) text alike, since apostrophes are optional. The words
 * a phrase covers are not scored again on their own ("no problem" is not a problem).
 * States are written as in the word lexicon: `f.8` is frustrated evidence 0.8; `p`
 * positive, `c` confused, `d` distressed, `r` relieved.
 *
 * @internal
 */
export const BUILT_IN_PHRASE_TABLE: readonly (readonly [
  string,
  string | readonly string[],
  number,
  string,
])[] = [
  // --- frustration: anger, annoyance, repeated contact, broken promises
  [
    'ridiculous',
    "(this|that|it|that's|it's|thats|its) is? (so|just|absolutely|completely|totally|really|beyond)? (ridiculous|absurd|insane|crazy|nuts|a joke|a farce|pathetic)",
    -3,
    'f.85',
  ],
  [
    'unacceptable',
    "(this|that|it|that's|it's|thats|its) is? (completely|totally|absolutely|just|simply|really)? (unacceptable|not acceptable|not okay|not ok|not good enough)",
    -3,
    'f.85',
  ],
  ['not-acceptable', '(not acceptable|not good enough)', -2.5, 'f.8'],
  // "That's not fair" is "that's unfair" (the word lexicon reads a negated "fair" as
  // merely not positive).
  [
    'not-fair',
    [
      "(that's|that is|thats|this is|it's|it is|its) (just|so|really|totally|completely|simply)? (not|hardly) fair",
      "(this|that|it) (just|really)? (isn't|is not|wasn't|was not) fair",
      "(how is|how's|hows) (that|this|it) fair",
    ],
    -2.5,
    'f.65',
  ],
  ['been-waiting', "(i've|i have|we've|we have|i had|i've now)? been waiting", -1.5, 'f.6'],
  [
    'been-waiting-long',
    [
      "(i've|i have|we've|i had)? been (waiting|on hold|trying|calling) (for|over|almost|nearly)? (over|almost|more than)? (an|a|one|two|three|four|five|several)? (hour|hours|day|days|week|weeks|months)",
      "(i've|i have|we've|i had)? been (waiting|on hold|trying|calling) (for|over|almost|nearly)? (over|almost|more than)? (20|30|40|45|50|ninety|forty|thirty|forty five) minutes",
      "(i've|i have|we've|we have|i had)? been (waiting|on hold|on the phone|trying|calling) (for)? (ages|forever|so long|too long|all day|all morning|all week|half an hour)",
    ],
    -2.5,
    'f.8',
  ],
  [
    'on-hold-long',
    [
      '(on|put on|kept on|left on) hold (for)? (over|almost|nearly|more than|about)? (#|a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|twenty five|thirty|forty|forty five|fifty|sixty|ninety|several|a few|so many)? (and a half)? (hour|hours|minutes|mins|ages|forever|so long|too long|half an hour)',
      '(over|almost|nearly|more than)? (#|a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|twenty five|thirty|forty|forty five|fifty|sixty|ninety|several|a few|so many) (and a half)? (minutes|mins|hours) (on hold|holding|waiting)',
    ],
    -2.5,
    'f.75',
  ],
  // The agent asking to hold is no complaint: "Can I put you on hold for two minutes?"
  [
    'hold-request',
    "(can|may|could|i'll|i will|i'm going to|i am going to|let me|i need to|i'm just going to) (i)? (just)? (quickly)? (put|place|pop) (you)? on (a)? (brief|quick|short)? hold (for)? (about|around|just)? (#|a|an|one|two|three|five|a few|a couple of)? (minute|minutes|moment|moments|mins|second|seconds)?",
    0,
    '',
  ],
  // Left waiting with no word: "on hold without a word", "waiting without any update".
  [
    'without-a-word',
    '(hold|holding|waiting|waited|wait|left) (for)? (#|a|an|two|three|five|ten|twenty|thirty)? (minutes|mins|hours|ages)? without (a word|an update|any update|any updates|hearing anything|anyone (saying|telling|checking)|anybody)',
    -2.5,
    'f.7',
  ],
  [
    'nth-time',
    [
      "(second|third|fourth|fifth|sixth|tenth|3rd|4th|5th|umpteenth|hundredth) time (that)? (i've|i'm|i am|i have|we've|we're|i|we)? (called|calling|call|contacted|contacting|rang|emailed)",
      "(second|third|fourth|fifth|sixth|tenth|3rd|4th|5th|umpteenth|hundredth) time (that)? (i've|i'm|i am|i have|we've|i|we)? (asked|asking|explained|explaining|told|telling|had to|tried|reported)",
    ],
    -3,
    'f.85',
  ],
  [
    'n-times',
    '(called|calling|contacted|asked|explained|rang|emailed|tried|reported|told you|said|said it|said this|said that) (you|this|it)? (three|four|five|six|several|multiple|many|3|4|5|6|so many|a dozen|a million|countless|a hundred) times',
    -3,
    'f.85',
  ],
  // "I've told you twice already, I want to cancel."
  [
    'said-it-twice',
    "(i've|i have|i) (already)? (said|told you|asked|explained) (it|this|that|you)? (twice|two times) (already|now)?",
    -2.5,
    'f.7',
  ],
  [
    'for-the-nth-time',
    'for the (third|fourth|fifth|last|hundredth|umpteenth|millionth) time',
    -2.5,
    'f.75',
  ],
  [
    'charged-twice',
    '(charged|billed|debited|taken|deducted|paid|charging|billing) (me|us)? (twice|two times|double|three times|more than once|two payments)',
    -2,
    'f.65',
  ],
  [
    'double-charged',
    '(double|duplicate) (charged|billed|charge|charges|billing|payment|payments)',
    -2,
    'f.65',
  ],
  [
    'unauthorised-charge',
    "(charged|billed) (me|us)? for (something|things|a service|an order|a subscription) (i|we) (didn't|did not|never) (order|buy|use|authorize|authorise|sign up for|want|ask for)",
    -2.5,
    'f.75',
  ],
  [
    'never-authorised',
    "(i|we) (never|didn't|did not) (authorize|authorise|order|sign up for|agree to|ask for|make) (this|that|it|these|those|any)",
    -2,
    'f.65',
  ],
  [
    'wrong-charge',
    '(wrong|incorrect|extra|unexpected|hidden|mystery) (charge|charges|amount|fee|fees|bill)',
    -1.5,
    'f.5',
  ],
  [
    'refund-missing',
    "(refund|money|credit) (still)? (hasn't|has not|never|didn't|did not|isn't|is not) (come through|come|shown up|showing up|show up|arrived|appeared|come back|been processed|gone through|landed|been)",
    -2,
    'f.7',
  ],
  [
    'still-not',
    [
      "still (not|isn't|is not|doesn't|does not|won't|can't|cannot|hasn't|haven't|didn't) (working|work|fixed|resolved|sorted|arrived|received|connecting|connect|loading|load|right|done|here)",
      "still (not|isn't|is not|doesn't|won't|hasn't|has not|haven't|have not|didn't|did not) (got|gotten|been|heard|showing|shown|shown up|come|came|arrived)",
    ],
    -2.5,
    'f.8',
  ],
  [
    'still-broken',
    'still (broken|down|waiting|happening|the same|an issue|a problem|wrong|charging|nothing|no)',
    -2,
    'f.7',
  ],
  [
    'not-working',
    "(not working|isn't working|doesn't work|does not work|didn't work|did not work|stopped working|won't work|never works|never worked|hasn't worked|no longer works|no longer working)",
    -1.5,
    'f.55',
  ],
  [
    'keeps-failing',
    'keeps (happening|breaking|failing|crashing|dropping|freezing|disconnecting|cutting out|going down|declining|getting declined|charging me)',
    -2,
    'f.65',
  ],
  ['waste-of-time', '(waste|wasting|wasted) (of)? (my|our|your|so much|all my)? time', -3, 'f.85'],
  ['complete-waste', '(complete|total|utter|absolute) waste', -3, 'f.8'],
  [
    'cancel-account',
    [
      "(i want to|i'd like to|i would like to|i need to|i'm going to|gonna)? (cancel|close|terminate|end) my (account|subscription|service|membership|contract|plan|policy)",
      "(i'm|i am|im|we're|we are) (cancelling|canceling|closing|terminating|ending|leaving) my (account|subscription|service|membership|contract|plan|policy)",
    ],
    -1.5,
    'f.55',
  ],
  [
    'want-to-cancel',
    "(i want|i'd like|i would like|i'm going|i am going|gonna|i need|just) to cancel",
    -0.3,
    'f.25',
  ],
  [
    'take-business-elsewhere',
    '(take|taking) my (business|money|custom) (elsewhere|somewhere else)',
    -2.5,
    'f.8',
  ],
  [
    'switch-provider',
    '(switch|switching|move|moving|go|going) to (a|another|your|a different) (competitor|provider|supplier|company|bank|carrier|network|insurer)',
    -2,
    'f.6',
  ],
  [
    'wants-manager',
    '(speak|talk|speaking|talking) (to|with) (a|your|the|someone|somebody|an) (manager|supervisor|human|real person|actual person|someone else|someone in charge|boss|person in charge|higher up)',
    -1.5,
    'f.6',
  ],
  [
    'get-manager',
    '(get|give|put|transfer) me (to)? (a|your|the) (manager|supervisor|boss)',
    -1.5,
    'f.6',
  ],
  [
    'never-got',
    '(never|still never) (got|received|heard back|heard anything|arrived|called back|came|showed up|turned up|responded|replied|answered)',
    -2,
    'f.65',
  ],
  [
    'didnt-receive',
    "(didn't|did not|haven't|have not|still haven't|hasn't|has not) (received|receive|gotten|heard back|hear back|had a reply|had a response|had a call|had an answer|got my|got the|got a|got any)",
    -2,
    'f.6',
  ],
  [
    'didnt-help',
    "(didn't|did not|doesn't|does not|hasn't|won't|wasn't|isn't|not|never) (help|helping|helped|helpful|fix|fixed|solve|solved|resolve|resolved) (anything|at all|a thing|much|the problem|it|me)?",
    -2,
    'f.6',
  ],
  [
    'nobody-helps',
    '(nobody|no one|noone|none of you) (has|have|had|will|is|can|seems to|ever|even)? (helped|help|called|call|got back|gets back|fixed|listens|listened|cares|knows|explained|answered|responded|replied)',
    -2.5,
    'f.75',
  ],
  [
    'are-you-kidding',
    "(are you|you're|you are|you must be|you have got to be|you've got to be|you gotta be|you've gotta be) (kidding|joking|serious|for real|having a laugh)",
    -2,
    'f.75',
  ],
  ['is-this-a-joke', '(is this|this is|what) a (joke|farce|circus)', -2.5, 'f.8'],
  [
    'never-again',
    "(i'm|i am|im|i'll|i will|we're|we'll)? never (using|use|buying|buy|shopping|shop|ordering|order|dealing|deal|banking|bank) (with|from|at)? (you|you guys|you people|your company|this company|them|here) again",
    -2.5,
    'f.75',
  ],
  [
    'nobody-told-me',
    '(nobody|no one|no-one|none of you) (ever|even)? (thought to|bothered to|cared to)? (told|tell|tells|warned|warn|mentioned|mention|informed|inform|let) (me|us)',
    -2,
    'f.6',
  ],
  // A why-question that reproaches: "Why didn't anyone do that before?", "Why did no one
  // check the readings?" (the emotion model reads curiosity, and so confusion).
  [
    'why-didnt-anyone',
    [
      "why (didn't|did not|hasn't|has not|haven't|have not|wasn't|was not|couldn't|could not|wouldn't|would not) (anyone|anybody|someone|somebody|you|they|you guys|you people|your team|your company) (just)? (do|done|tell|told|say|check|checked|fix|fixed|mention|call|notice|explain|sort|think|bother|warn|send|ask|offer|look)",
      '(why|how come) (did|has|have|had) (no one|nobody|none of you|no-one) (just)? (do|done|tell|told|say|said|check|checked|fix|fixed|mention|mentioned|call|called|notice|noticed|explain|explained|sort|sorted|think|thought|bother|bothered|warn|warned|send|sent|ask|asked|offer|offered|look|looked)',
    ],
    -2.5,
    'f.65',
  ],
  // Asking past the agent: "Just get me someone who can actually fix it."
  [
    'someone-who-can-actually',
    '(someone|somebody|anyone|a person|a human) (who|that) (can|will|knows how to) actually (fix|help|do|sort|solve|deal with|answer)',
    -2,
    'f.7',
  ],
  // Taking an answer as an accusation: "So you're calling me a liar?"
  [
    'calling-me-a-liar',
    "(are you|you're|you are|so you're|so you are) (calling|saying|telling) (me|i'm|i am|that i'm|that i am)? (a liar|lying|making (it|this|that) up)",
    -3,
    'f.85',
  ],
  [
    'nobody-calls-back',
    '(nobody|no one|no-one|none of you) (ever)? (calls|called|rings|rang|gets|got|emails|emailed|writes|wrote) (me|us)? back',
    -2.5,
    'f.75',
  ],
  [
    'keep-telling-same',
    '(you|you guys|you people|everyone|everybody|they) (keep|keeps|kept) (telling|saying|giving) (me|us)? (the same thing|the same answer|the same story|the same excuse|different things|different answers)',
    -2.5,
    'f.75',
  ],
  [
    'want-money-back',
    "(i want|i'd like|i would like|i need|i just want|give me|i demand) (my|our) money back",
    -2.5,
    'f.65',
  ],
  [
    'reporting-this',
    "(i'll|i will|i'm going to|i am going to|im going to|gonna|i'll be|i will be) (be)? (reporting|report) (this|you|it|your company|this company|you guys)",
    -2.5,
    'f.7',
  ],
  [
    'fed-up',
    '(fed up|sick and tired|sick of|tired of|had enough|had it with|lost my patience|losing my patience|running out of patience|out of patience|done with this|done with you|done with your)',
    -3,
    'f.85',
  ],
  [
    'wits-end',
    "(at|at the) (my wits end|my wit's end|my wits' end|end of my rope|end of my tether)",
    -3,
    'f.6 d.55',
  ],
  [
    'already-told',
    "(i|i've|i have|we|we've) (already|just) (told|explained|said|gave|given|sent|did|done|tried|answered|provided|been through)",
    -1,
    'f.5',
  ],
  [
    'like-i-said',
    "(like|as) (i|i've) (said|told you|already said|mentioned|explained|already told you|just said)",
    -1,
    'f.45',
  ],
  // "I said I want to cancel." after an offer: the customer has to say it again.
  [
    'i-said-i-want',
    "(i|i've|i have) (said|told you|already said|already told you) (that)? (i|i'd|id) (want|wanted|need|needed|would like|don't want|do not want|dont want|just want|only want)",
    -2.5,
    'f.7',
  ],
  ['i-said-no', "(i|i've|i have) (already|just)? said no", -2, 'f.6'],
  ['how-many-times', 'how many (times|more times) (do|have|must|will|should|did)', -2.5, 'f.8'],
  [
    'repeating-myself',
    '(keep|have to|having to|had to|need to|got to) (keep)? (repeat|repeating|explain|explaining) (myself|everything|the same thing|it all)',
    -2,
    'f.65',
  ],
  [
    'every-time-i-call',
    '(every time|each time|whenever) (i|we) (call|ring|phone|contact you|speak to someone|talk to someone)',
    -1,
    'f.4',
  ],
  ['different-answer', '(a|another) different (answer|story|excuse|person)', -1.5, 'f.5'],
  ['i-keep-telling', 'i keep (telling|saying|explaining|asking|calling|trying)', -2, 'f.7'],
  [
    'over-and-over',
    '(again and again|over and over|every single time|each and every time|time after time|time and time again)',
    -1.5,
    'f.55',
  ],
  [
    'how-hard',
    '(how (hard|difficult) (is it|can it be|could it be)|what is so hard|what is so difficult)',
    -2.5,
    'f.8',
  ],
  ['whats-the-point', "(what's|what is|whats) the point", -2, 'f.6'],
  [
    'why-does-it-keep',
    '(why|how come) (does|do|did|is|are|has|have) (this|it|that|you|your|they) (keep|always|still|never)',
    -1.5,
    'f.55',
  ],
  ['takes-so-long', '(take|takes|taking|taken|took) (so|this|that|way too|too) long', -1.5, 'f.55'],
  [
    'bad-service',
    '(terrible|horrible|awful|worst|appalling|shocking|pathetic|lousy|poor|bad|disgraceful|useless|rubbish|crap|crappy) (customer)? (service|support|experience|company|communication|help)',
    -3,
    'f.85',
  ],
  ['rip-off', '(rip off|ripoff|ripped off|daylight robbery|highway robbery|rip-off)', -3, 'f.85'],
  ['lied-to', '(lied to|misled|lying to|been lied to) (me|us)', -2.5, 'f.75'],
  [
    'you-lied',
    '(you|they|he|she|someone|your agent|your colleague|the agent) (lied|misled me|promised me)',
    -2.5,
    'f.7',
  ],
  [
    'hung-up',
    '(hung up on me|cut me off|disconnected me|got disconnected|call dropped|got cut off|hung up on)',
    -2,
    'f.65',
  ],
  [
    'transferred-around',
    '(transferred|passed|bounced|shuffled) (me)? (around|again|back and forth|from department to department|from person to person)',
    -2.5,
    'f.75',
  ],
  [
    'transferred-n-times',
    '(transferred|passed|bounced) (me)? (three|four|five|multiple|several|so many|many|3|4|5|two|2) times',
    -2.5,
    'f.8',
  ],
  [
    'keep-getting-transferred',
    'keep (getting|being) (transferred|passed around|put on hold|cut off)',
    -2.5,
    'f.75',
  ],
  [
    'cant-believe',
    "(i|i just)? (can't|cannot|cant) believe (this|it|that|you|how|what|i)",
    -2,
    'f.6',
  ],
  [
    'give-me-a-break',
    '(give me a break|oh come on|come on now|you have to be kidding)',
    -2,
    'f.65',
  ],
  [
    'for-gods-sake',
    "(for crying out loud|for god's sake|for gods sake|for goodness sake|for heaven's sake|for pete's sake|what the hell|what the heck|what the fuck|the hell)",
    -2.5,
    'f.8',
  ],
  [
    'enough-is-enough',
    '(enough is enough|this has gone on long enough|this is the last straw|the last straw)',
    -3,
    'f.85',
  ],
  [
    'makes-no-sense',
    "(makes no sense|doesn't make (any)? sense|does not make (any)? sense|didn't make (any)? sense|doesnt make (any)? sense)",
    -1.5,
    'c.6 f.4',
  ],
  [
    'nothing-done',
    '(nothing|no one|nobody) (has|had|was|is|have) (been)? (done|fixed|resolved|sorted|happened)',
    -2.5,
    'f.75',
  ],
  [
    'file-complaint',
    '(file|make|lodge|raise|submit|put in|filing|making) a (formal|written)? complaint',
    -2,
    'f.65',
  ],
  [
    'report-you',
    '(report (you|this|your company|this company) to|better business bureau|the ombudsman|a lawyer|my lawyer|legal action|sue you|small claims|the regulator)',
    -2.5,
    'f.75',
  ],
  ['you-people', '(you people|you guys always|you guys never)', -2, 'f.65'],
  [
    'not-listening',
    [
      "(you're|you are|youre) not (even|really)? (listening|hearing me|hearing what i)",
      "(you aren't|you are not|nobody is|no one is|nobody's|no one's) (even|really)? (listening|hearing me|hearing what i)",
      "(you|you guys|nobody|no one) (don't|do not|never|doesn't|does not) (listen|listens)",
    ],
    -2.5,
    'f.75',
  ],
  ['fine-whatever', '(fine|okay|ok|yeah) whatever', -1.5, 'f.55'],
  // "Whatever works for you" is not annoyance; "whatever, just cancel it" is.
  ['whatever-just', 'whatever just (cancel|close|forget|do|refund|give|send|end)', -1.5, 'f.55'],
  [
    'you-dont-understand',
    [
      "(i don't think|i dont think|i do not think) (you|you guys|anyone) (understand|understands|get it|realize|realise|realizes|realises)",
      "(you|you guys|nobody|no one) (don't|do not|dont|doesn't|does not|clearly don't|just don't) (seem to)? (understand|get|realize|realise) how (serious|important|urgent|bad|big|frustrating|stressful|upsetting)",
    ],
    -2,
    'f.6',
  ],
  ['forget-it', '(just|oh|fine|okay|ok|never mind|nevermind) forget (it|about it)', -1.5, 'f.55'],
  // Sarcasm, in the forms a support call hears it: the praise words it covers are not
  // scored as praise.
  ['thanks-for-nothing', '(thanks|thank you|thanks a lot) for nothing', -2.5, 'f.75'],
  [
    'great-just-great',
    "(great|perfect|wonderful|brilliant|fantastic|lovely|terrific|marvelous|marvellous|super) (that's|that is|it's|it is|this is)? just (great|perfect|wonderful|brilliant|fantastic|lovely|terrific|marvelous|marvellous|super)",
    -2.5,
    'f.7',
  ],
  [
    'sarcastic-another',
    '(oh|well|wow)? (great|perfect|wonderful|brilliant|fantastic|lovely|terrific|super|awesome|marvelous|marvellous|just what i needed) (yet)? (another|more) (hold|charge|charges|fee|fees|hour|day|week|call|transfer|wait|delay|problem|form|password|excuse|excuses|automated message)',
    -2,
    'f.6',
  ],
  [
    'sarcastic-start',
    '(great|fantastic|brilliant|perfect|wonderful|lovely|amazing|what a great) (start|way to start) (to)? (the|my|our) (day|holiday|week|weekend|trip|morning|vacation|year|honeymoon)',
    -2,
    'f.6',
  ],
  // How long it took to reach someone: "Only took forty minutes on hold."
  [
    'took-ages',
    [
      '(only|just)? took (me|us|you|them)? (over|almost|nearly)? (an hour|over an hour|ages|forever|hours|twenty minutes|thirty minutes|forty minutes|forty five minutes|fifty minutes|20 minutes|30 minutes|40 minutes|45 minutes|50 minutes) (on hold|to get through|to reach|to answer|to get a)',
      '(twenty|thirty|forty|forty five|fifty|20|30|40|45|50) minutes on hold',
    ],
    -1.5,
    'f.6',
  ],
  // The effort a problem now costs the customer, and money gone.
  [
    'now-i-have-to',
    '(so)? now (i|we) (have|need|got|will have|will need) to (call|ring|phone|come|go|start|explain|repeat|fill|pay|send|wait another|do it all)',
    -1,
    'f.45',
  ],
  [
    'money-gone',
    '(my|the|our|all my|all the)? (money|funds|savings) (is|are|has|have)? (just)? (gone|disappeared|vanished)',
    -2,
    'd.6 f.3',
  ],
  [
    'thats-not-what-i-asked',
    "(that's|that is|this is|thats) not what (i|we) (asked|said|meant|wanted|ordered|need|needed|requested|paid for)",
    -1.5,
    'f.5 c.4',
  ],

  // --- confusion: not following, asking to repeat, checking understanding
  [
    'what-do-you-mean',
    '(what|wdym) (do|did|does) (you|that|this|it|they) (mean|mean by)',
    -0.3,
    'c.75',
  ],
  [
    'what-does-that-mean',
    'what (is|does|is that supposed to) (that|this|it)? (mean|means)',
    -0.3,
    'c.7',
  ],
  [
    'dont-understand',
    [
      "(i|i just|i still|i really|i honestly)? (don't|do not|didn't|did not|still don't|can't|cannot) (understand|follow|see what you mean|quite follow|quite understand|make sense of|figure out|work out)",
      // A learner's English: "I have letter from bank, I not understand."
      'i (not|no) (understand|follow)',
    ],
    -0.5,
    'c.8',
  ],
  [
    'dont-get-it',
    // "I don't get the blue one" is about receiving it, not understanding.
    "(i|i just|i still)? (don't|do not|dont|still don't) get (it|this|that|what|why|how|you|the (difference|logic|idea|point|hate|hype|appeal|part about|bit about))",
    -0.5,
    'c.75',
  ],
  [
    'im-lost',
    "(i'm|i am|im|i'm totally|i'm completely|i'm a bit|i'm kind of|i'm getting|i'm really|i'm so) lost",
    -0.5,
    'c.75',
  ],
  ['you-lost-me', "(you|you've|you have|you just) lost me", -0.5, 'c.8'],
  [
    'sorry-what',
    "(sorry|pardon|excuse me) (what|come again|say that again|i didn't catch|can you repeat|could you repeat|what did you say|what's that|which|how|who|where|i missed that|i don't follow)",
    0,
    'c.7',
  ],
  [
    'say-again',
    "(pardon me|come again|say (that|it) again|repeat that|what was that|i didn't catch (that|it|what you said)|i missed (that|what you said)|can you repeat|could you repeat)",
    0,
    'c.55',
  ],
  [
    'wait-what',
    '(wait|hold on|hang on) (what|so|which|how|why|a second so|a minute so)',
    -0.3,
    'c.6',
  ],
  [
    'so-do-i-need',
    '(so|wait so|okay so|ok so|so then) (do|should|would|will|can|could|must|shall|am) (i|we) (need|have|want|supposed|be|meant) to',
    0,
    'c.45',
  ],
  ['so-i-need', '(so|wait so|okay so|ok so|so then) (i|we) (need|have|should|must) to', 0, 'c.35'],
  ['so-does-that-mean', '(so|wait|wait so)? (does|did|would) (that|this|it) mean', 0, 'c.45'],
  [
    'which-one',
    'which (one|ones|button|option|link|page|account|card|number|email|box|field|setting|form|menu|tab|app|screen|code|password|is it)',
    0,
    'c.4',
  ],
  [
    'not-sure-what',
    "(i'm|i am|im|i'm just|i'm still)? not (sure|certain|clear) (what|how|if|whether|which|where|why|about|what you|i understand|i follow)",
    -0.3,
    'c.5',
  ],
  ['not-sure', "(i'm|i am|im)? not (really|quite|totally|entirely|100%)? sure", -0.3, 'c.3'],
  [
    'not-sure-what-you-mean',
    "(i'm|i am|im|i'm just|i'm still)? not (really|quite)? (sure|certain|clear on) (what|which) (you|that|this|it) (mean|means|meant|mean by|are saying|are talking about|is about)",
    -0.3,
    'c.75',
  ],
  [
    'no-idea',
    "(i have|i've got|i got|i've)? no idea (what|how|where|which|why|if|whether)?",
    -0.5,
    'c.55',
  ],
  [
    'what-am-i-supposed',
    'what (am|are) (i|we) (supposed|meant|expected) to (do|say|click|enter|put|press|type|choose|pick)',
    -1,
    'c.55 f.35',
  ],
  [
    'explain-again',
    '(can|could|would) you (explain|say|repeat|go over|walk me through) (that|it|this|what you said)? (again|one more time|more slowly|slower|in plain english|more simply|simpler|step by step)',
    0,
    'c.65',
  ],
  ['explain-that-again', '(explain|say|repeat) (that|it|this) (again|one more time)', 0, 'c.6'],
  [
    'plain-english',
    'in (plain|simple|normal|regular) (english|terms|words|language)',
    -0.3,
    'c.55 f.2',
  ],
  [
    'too-fast',
    "(slow down|slower please|you're going too fast|you are going too fast|too fast for me|talking too fast|speaking too fast)",
    -0.5,
    'c.5',
  ],
  [
    'i-thought',
    '(but)? i thought (you said|it was|it would|that was|i was|i had|you were|this was|we had)',
    -0.5,
    'c.4 f.2',
  ],
  ['what-are-you-talking-about', 'what (are|were) you (talking|on) about', -1, 'c.6 f.3'],
  ['which-is-it', 'which (is it|one is it) (then)?', -0.5, 'c.5 f.3'],
  ['did-you-say', '(did you (just)? say|did you mean|do you mean)', 0, 'c.35'],
  [
    'dont-know-what-it-means',
    "(i|i just|i really|i still)? (don't|do not|dont) (know|understand) what (that|this|it|you|those) (means|mean|meant|is|are) (by that)?",
    -0.5,
    'c.75',
  ],
  [
    'dont-know-which',
    "(i|we) (don't|do not|dont) know (what|which|where|how|if|whether) (to|i|you|that|this|it)",
    -0.3,
    'c.45',
  ],
  ['how-does-that-work', 'how (does|would|will) (that|this|it) (work|happen)', 0, 'c.3'],
  [
    'confusing-phrase',
    "(i'm|im|i am|that's|it's|this is|that is) (so|very|really|a bit|a little|kind of|totally|completely)? (confused|confusing)",
    -1,
    'c.85',
  ],

  // --- distress: worry, fear, hardship, loss
  [
    'stressing-me-out',
    '(really|so|just|seriously)? (stressing|stressed|freaking) (me|us) out',
    -2.5,
    'd.75',
  ],
  [
    'polite-afraid',
    "(i'm|i am|im) afraid (that)? (we|we're|we've|you|you'll|you're|it's|it|this|that|there's|there|your|our|the|i can't|i cannot|i'm not able|i won't|i don't have|not)",
    0,
    '',
  ],
  [
    'cant-afford',
    "(i|we) (really|just|simply)? (can't|cannot|can not|couldn't|could not|won't be able to|am not able to) (afford|pay (the|my|this|that|it)|make (the|my|this) payment|make rent|cover (the|it|this|rent))",
    -2.5,
    'd.8',
  ],
  ['passed-away', DEATH_PHRASES, -3, 'd.85'],
  // "My phone just died" is a flat battery, not a loss.
  [
    'device-died',
    [
      '(phone|battery|laptop|computer|car|router|modem|tv|screen|app|internet|line|signal|connection|it) (just|has|had|keeps|kept)? (died|dying|dead)',
      '(phone|battery|laptop|screen|line|call|signal|connection|it) (went|goes|has gone|had gone|was|is) dead',
    ],
    0,
    '',
  ],
  [
    'lost-job',
    '(lost my job|laid off|got fired|been made redundant|made redundant|lost my income|out of work)',
    -2.5,
    'd.75',
  ],
  ['illness', ILLNESS_PHRASES, -2, 'd.7'],
  ['hard-time', HARD_TIME_PHRASES, -2, 'd.6'],
  [
    'dont-know-what-to-do',
    "(i|we) (don't|do not|dont|just don't|really don't) know what (to do|else to do|i'm going to do|we're going to do|i'll do|i'm supposed to do|i can do)",
    -2.5,
    'd.75 c.3',
  ],
  // "I don't know what to do to cancel my order" asks how; it is no despair.
  [
    'dont-know-how-to',
    "(i|we) (don't|do not|dont) know what to do (to|in order to|so i can|so that i can|for)",
    0,
    '',
  ],
  ['begging', "(i'm|i am|im) begging (you)?", -2, 'd.7'],
  [
    'need-it-urgently',
    '(i|we) (really|desperately|urgently)? need (this|the money|my money|it|that money) (back)? (today|now|right now|urgently|asap|by tomorrow|to pay)',
    -1.5,
    'd.55 f.2',
  ],
  ['no-money', '(i|we) have (no|nothing) (money|food|way to|left|one else)', -2.5, 'd.75'],
  [
    'hardship',
    '(overdrawn|overdraft fees|bounced|eviction|evicted|foreclosure|repossessed|repossess|late fees|debt collectors|collections agency|behind on (my|the) (rent|payments|bills|mortgage))',
    -2,
    'd.55',
  ],
  [
    'lose-home',
    "(i|we|i'm|we're|im) (could|might|will|am going to|are going to|going to|gonna|may) lose (my|our|the) (house|home|job|car|apartment|flat|business)",
    -2.5,
    'd.8',
  ],
  [
    'fraud',
    '(fraud|fraudulent|identity theft|been hacked|got hacked|was hacked|someone (stole|used|took|hacked|accessed)|stolen (card|identity|phone|wallet))',
    -2,
    'd.6 f.3',
  ],
  [
    'emergency',
    "(this is|it's|it is|its|it's kind of|we have) (an|a medical|a family)? emergency",
    -2,
    'd.7',
  ],
  [
    'vulnerable',
    "(i'm|i am|im) (on a fixed income|disabled|elderly|a pensioner|unemployed|between jobs|a single (mum|mom|parent|mother))",
    -1,
    'd.45',
  ],
  [
    'in-tears',
    "(i'm|i am|im|i've been|i was) (crying|in tears|shaking|freaking out|losing sleep|not sleeping|beside myself|panicking|in a panic|panicked)",
    -2.5,
    'd.8',
  ],
  [
    'please-hurry',
    ['please (hurry|hurry up)', "(this|it|it's|its) is? (really|very|quite)? urgent"],
    -2.5,
    'd.6 f.2',
  ],
  ['hurry-up', '(hurry up|hurry it up)', -2.5, 'f.6'],
  ['cant-sleep', "(can't|cannot|cant|haven't been able to|couldn't) sleep", -2, 'd.7'],
  ['oh-no', '(oh no|oh god no|oh dear)', -1.5, 'd.45'],
  [
    'worried-sick',
    '(worried sick|scared to death|scared stiff|terrified that|so scared|really scared)',
    -3,
    'd.9',
  ],
  [
    'what-if',
    "(what if|what happens if) (i|we|it|they|my|the) (lose|miss|can't|cannot|don't|get|am|never)",
    -1,
    'd.45',
  ],

  // --- relief and gratitude
  [
    'thank-god',
    '(oh)? (thank|thanks) (god|goodness|heavens|the lord|christ|the stars)',
    3,
    'r.9 p.3',
  ],
  [
    'a-relief',
    "(that's|that is|what|it's|it is|such|thats|so) a (huge|big|great|real|massive)? relief",
    3,
    'r.9 p.3',
  ],
  ['weight-off', 'weight off (my|our) (shoulders|mind|chest)', 3, 'r.9'],
  [
    'made-my-day',
    "(you've|you have|you|that|that's|this|it|it's)? (just|really|totally)? made my (day|week)",
    3,
    'r.6 p.6',
  ],
  ['can-breathe', 'i can (finally)? (breathe|relax|sleep) (again|now|easy|tonight)?', 2.5, 'r.8'],
  [
    'you-saved-me',
    "(you|you've|you have|you just|you've just|you really) (saved|rescued) (me|my|us|the day|my life|my bacon|my skin)",
    3,
    'r.85 p.4',
  ],
  [
    'youre-a-lifesaver',
    "(you're|you are|youre|what) (a|an absolute|a real|such a) (lifesaver|life saver|star|legend|gem|hero|saint|godsend|angel)",
    3,
    'r.85 p.5',
  ],
  [
    'thank-you-so-much',
    '(thank you|thankyou|thank u) (so|very|ever so|really|soooo|sooo|so very)? much',
    3,
    'r.8 p.35',
  ],
  ['thanks-so-much', '(thanks|thx) (so|very|ever so|really|soooo|sooo)? much', 2.5, 'r.75 p.3'],
  [
    'thanks-a-lot',
    '(thanks|thank you) (a lot|a million|a bunch|a ton|tons|heaps|loads|so so much|for everything|for all your help|for your help)',
    2.5,
    'r.75 p.3',
  ],
  ['many-thanks', '(many|big|huge|massive) thanks', 2.5, 'r.7'],
  [
    'appreciate-it',
    '(i|we) (really|truly|so|very much|greatly|do|genuinely|honestly)? appreciate (it|this|that|your help|you|all your help|everything|your patience|the help)',
    2.5,
    'r.75 p.3',
  ],
  ['cant-thank-enough', "(can't|cannot|cant) thank you (enough|more)", 3.5, 'r.9 p.4'],
  [
    'been-so-helpful',
    "(you've|you have|you were|you've really|you have really) been (so|very|really|incredibly|extremely|super|such a|a)? (helpful|kind|patient|great|amazing|wonderful|big help|huge help|great help)",
    3,
    'r.7 p.5',
  ],
  [
    'works-now',
    "(it's|it is|its|that's|it|that|everything's|everything is) (working|works) (now|again|perfectly|fine now|great now)",
    2.5,
    'r.7 p.4',
  ],
  ['that-worked', '(that|it) (worked|did the trick|fixed it|sorted it|solved it)', 2, 'r.65 p.3'],
  [
    'all-sorted',
    "(it's|that's|it is|that is|all|we're|we are|everything's|everything is) (all)? (sorted|fixed|resolved|solved) (now)?",
    1.5,
    'r.5 p.3',
  ],
  ['all-good', '(all good|all set|all sorted)', 1, 'p.3 r.2'],
  ['finally', '(finally|at long last)', 0.5, 'r.3'],
  ['god-bless', 'god bless', 2.5, 'r.5 p.4'],

  // --- positive
  [
    'no-problem',
    '(no|not a|not any|not an) (problem|problems|worries|worry|bother|big deal|biggie|trouble|issue|issues)',
    1,
    'p.25',
  ],
  [
    'no-problem-at-all',
    '(no|not a|not any) (problem|problems|worries|bother|trouble|issue) (at all|whatsoever)',
    1.5,
    'p.35',
  ],
  ['not-bad-at-all', 'not (bad|too bad|that bad) at all', 1.5, 'p.35'],
  ['cant-wait', "(can't|cannot|cant) wait", 2, 'p.6'],
  [
    'couldnt-be-happier',
    "(couldn't|could not|can't|cannot|couldnt) (be|have been) (happier|better|more pleased|more grateful)",
    3,
    'p.8',
  ],
  ['no-complaints', "(no complaints|can't complain|cannot complain|cant complain)", 1.5, 'p.4'],
  [
    'youre-the-best',
    "(you're|you are|youre) (the best|awesome|amazing|brilliant|great|a star|wonderful|fantastic|so kind)",
    3,
    'p.7 r.3',
  ],
  [
    'works-for-me',
    '(works for me|that works|that would work|that will work|that works for me|that suits me)',
    1.5,
    'p.4',
  ],
  [
    'sounds-good',
    '(sounds|that sounds|sound) (good|great|perfect|fine|brilliant|lovely|amazing|fair)',
    1.5,
    'p.45',
  ],
  [
    'makes-sense',
    '(that makes sense|makes sense now|that makes sense now|makes sense|got it now|i get it now|i see now|i understand now|that clears it up|that clears things up)',
    1,
    'p.3',
  ],
  [
    'well-done',
    '(well done|good job|great job|nice job|nice work|great work|good work)',
    2,
    'p.55',
  ],
  ['looking-forward', '(looking forward|look forward)', 2, 'p.5'],
  [
    'have-a-nice-day',
    'have a (great|good|nice|lovely|wonderful) (day|evening|weekend|one|night|afternoon|morning)',
    1,
    'p.25',
  ],

  // --- neutral set phrases: emotional words that carry no feeling here
  ['greeting', 'good (morning|afternoon|evening|day)', 0, ''],
  ['no-thanks', '(no thanks|no thank you|no thank u)', 0, ''],
  [
    'sorry-to-bother',
    'sorry (to bother|to trouble|for the trouble|to hear|for calling|to interrupt)',
    0,
    '',
  ],
  ['pretty-much', '(pretty much|pretty sure)', 0, ''],
  ['oh-my-god', '(oh my god|oh my gosh|my god|oh god|omg)', 0, ''],
  ['to-be-honest', "(to be honest|if i am honest|if i'm honest)", 0, ''],
  ['kind-regards', '(kind regards|best regards|best wishes|warm regards)', 0, ''],
];
