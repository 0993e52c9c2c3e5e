/**
 * The hand-written word lexicon, tuned for support and success conversations. It wins
 * over the learned lexicon where both hold a word.
 *
 * One entry a line: `word valence [state weights]`. Valence is on the AFINN/VADER scale
 * (-5 to 5). State weights are the evidence a plain use of the word gives for a state,
 * in [0, 1]: `p` positive, `f` frustrated, `c` confused, `d` distressed, `r` relieved
 * (relief or gratitude). A valence of 0 with no states neutralises a word that is
 * emotional in web comments but not on a call ("sorry", "okay", "problem" alone).
 *
 * @internal
 */
export const HAND_LEXICON = `
abandoned -2 d.4
absurd -2.5 f.6
abysmal -3 f.6
aggravated -2.5 f.7
aggravating -2.5 f.7
agitated -2 f.5 d.3
alarmed -2 d.6
amazing 3 p.6
angry -3 f.8
annoyed -2.5 f.75
annoying -2.5 f.7
anxious -2 d.7
appalled -3 f.7
appalling -3 f.7
appreciate 2 r.5
appreciated 2 r.5
appreciative 2 r.5
argh -2 f.6
ashamed -2 d.4
atrocious -3 f.7
awesome 3 p.6
awful -3 f.5
bad -2.5 f.2
baffled -1 c.7
bewildered -1 c.7
betrayed -3 f.6 d.3
beautiful 2.5 p.5
best 2.5 p.5
better 1.5 p.3
bizarre -1 c.3
bothered -1.5 f.4
brilliant 3 p.6
broke -1 d.3
broken -1.5 f.4
bullshit -3 f.8
cheers 1.5 r.3
clueless -1.5 c.4
confused -1 c.85
confusing -1.5 c.7
concerned -1.5 d.5
cool 1.5 p.3
crap -2.5 f.6
crappy -2.5 f.6
crazy -1 f.2
crying -2.5 d.7
dead -1.5 d.3
delighted 3 p.7
depressed -3 d.8
desperate -2.5 d.8
despair -3 d.8
devastated -3.5 d.85
died -2 d.6
disappointed -2.5 f.6 d.2
disappointing -2.5 f.6
disaster -2.5 f.5 d.3
disgraceful -3 f.7
disgusted -3 f.7
disgusting -3 f.7
dissatisfied -2.5 f.6
distressed -2.5 d.8
disturbing -2 d.4
doomed -2.5 d.6
dreadful -3 f.5
dreading -2 d.6
dumb -2 f.5
easy 1.5 p.3
embarrassed -1.5 d.3
emergency -1.5 d.6
enjoy 2 p.5
enjoyed 2 p.5
exasperated -2.5 f.8
excellent 3 p.6
excited 2.5 p.6
exhausted -2 d.4 f.3
fabulous 3 p.6
fail -2 f.4
failed -2 f.4
failing -2 f.4
failure -2 f.4
fair 1 p.2
fantastic 3 p.6
fast 1 p.2
fear -2 d.6
fed -0.5 f.2
fine 0.5 p.1
fixed 1.5 r.4
flawless 3 p.5
frightened -2.5 d.8
frustrated -2.5 f.85
funny 0.5
frustrating -2.5 f.8
frustration -2.5 f.8
furious -3.5 f.9
garbage -3 f.7
glad 2 p.6 r.2
good 2 p.4
gorgeous 3 p.5
grateful 2.5 r.7
gratitude 2.5 r.7
great 3 p.6
grief -3 d.8
grieving -3 d.8
happy 2.5 p.6
hate -3 f.7
hated -3 f.7
heartbroken -3.5 d.85
helpful 2 p.5 r.3
helped 1.5 p.3 r.3
helpless -2.5 d.8
hooray 2.5 p.6
hope 0.5 p.2
hopefully 0.3
hopeless -3 d.8 f.3
horrible -3 f.6
horrendous -3 f.6
horrified -3 d.6
hurt -2 d.5
idiotic -3 f.7
impatient -1.5 f.6
impossible -1.5 f.4
impressed 2.5 p.6
impressive 2.5 p.5
inadequate -2 f.5
incompetent -3 f.8
inconvenient -1.5 f.4
inexcusable -3 f.8
infuriated -3.5 f.9
infuriating -3.5 f.9
insane -1.5 f.4
insulted -2.5 f.7
insulting -2.5 f.7
irate -3 f.9
irritated -2.5 f.75
irritating -2.5 f.7
joke -1 f.3
lifesaver 3 r.85 p.3
livid -3.5 f.9
lonely -2 d.6
lost -1 d.2
lousy -2.5 f.6
love 3 p.6
lovely 3 p.6
mad -2.5 f.7
marvelous 3 p.6
mess -2 f.4
messed -2 f.4
mislead -2.5 f.6
misled -2.5 f.6
miserable -3 d.7
mistake -1.5 f.3
misunderstood -1.5 c.4
nervous -1.5 d.7
nice 2 p.4
nightmare -3 f.5 d.5
nonsense -2.5 f.7
outraged -3.5 f.9
outrageous -3 f.8
overcharged -2.5 f.7
overwhelmed -2 d.7
panic -2.5 d.8
panicked -2.5 d.8
panicking -2.5 d.8
pathetic -3 f.8
perfect 3 p.6 r.2
perplexed -1 c.7
pissed -3 f.85
pleasant 2 p.5
pleased 2.5 p.6
pointless -2 f.6
poor -1.5 f.2
puzzled -1 c.7
rage -3.5 f.9
relief 2.5 r.9
relieved 2.5 r.9
resolved 1.5 r.4
ridiculous -3 f.8
rubbish -2.5 f.7
rude -2.5 f.7
sad -2.5 d.7
scam -3 f.8
scammed -3 f.8 d.3
scared -2.5 d.85
scary -2 d.6
shocked -2 d.3 f.3
shocking -2.5 f.5
sick -1.5 d.3
sloppy -2 f.5
slow -1 f.3
smooth 1.5 p.3
sorted 1.5 r.4
stressed -2 d.7
stressful -2 d.6
struggling -2 d.6
stupid -2.5 f.6
sucks -2.5 f.7
superb 3 p.6
terrible -3 f.6
terrific 3 p.6
terrified -3 d.9
thank 2 r.5
thankful 2.5 r.7
thanks 1.5 r.45
thrilled 3 p.7
ugh -2 f.6
unacceptable -3 f.85
unbelievable -1.5 f.5
unclear -1 c.6
unfair -2.5 f.6
unhappy -2.5 f.6 d.2
unhelpful -2.5 f.7
unprofessional -2.5 f.7
upset -2.5 f.5 d.5
useless -3 f.8
waste -2 f.6
wasted -2 f.6
wasting -2 f.6
whew 2 r.8
phew 2 r.8
wonderful 3 p.6
worried -2 d.75
worries -1.5 d.6
worry -1.5 d.6
worrying -2 d.6
worse -2 f.4
worst -3 f.6
wow 1.5 p.3
wrong -1.5 f.2
yay 2.5 p.6
about 0
believe 0
correct 0.5
sharing 0.5
wish 0
account 0
afraid -1.5 d.5
agent 0
alright 0
anyway 0
bill 0
billing 0
call 0
calling 0
cancel 0
card 0
case 0
charge 0
charged 0
check 0
clear 0
customer 0
damn -1.5 f.5
fix 0
god 0
gosh 0
guess 0
help 0
hold 0
honestly 0
issue 0
kind 2 p.4 r.2
like 0
manager 0
mean 0
money 0
number 0
oh 0
ok 0
okay 0
order 0
payment 0
please 0
pretty 0
problem -0.5
problems -1
refund 0
right 0
seriously 0
service 0
sorry 0
sure 0
support 0
system 0
ticket 0
time 0
true 0
understand 0
wait 0
waiting 0
want 0
well 0
what 0
yeah 0
yes 0
`;
