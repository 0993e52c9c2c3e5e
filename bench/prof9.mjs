import { readFileSync } from 'node:fs';
import { tokenize, createPhraseMatcher, BASELINE_PHRASES, createBaselineAnalyzer } from '@tonvo/core';
import Sentiment from 'sentiment';
const texts = readFileSync('/work/shared/data/goemotions/dev.tsv','utf8').trim().split('\n').map(l=>l.split('\t')[0]);
const m = createPhraseMatcher(BASELINE_PHRASES.map(p=>({pattern:p.pattern, value:p.id})));
const a = createBaselineAnalyzer(); const af = new Sentiment();
const fns = { tokenize, tokFind: x=>m.find(x, tokenize(x)), analyze: x=>a.analyze(x), afinn: x=>af.analyze(x) };
const best = {};
for (let round=0; round<10; round++) for (const [k,f] of Object.entries(fns)) { const c0=process.cpuUsage(); for(const x of texts) f(x); const c=process.cpuUsage(c0); const us=(c.user+c.system)/texts.length; best[k]=Math.min(best[k]??1e9, us); }
for (const [k,v] of Object.entries(best)) console.log(k.padEnd(10), v.toFixed(2), 'us cpu (best of 10)');
