import { readCallLanguage, createBaselineAnalyzer } from '@tonvo/core';
import { loadTextEmotionAnalyzer } from './dist/index.js';
const a = await loadTextEmotionAnalyzer();
const b = createBaselineAnalyzer();
const texts = process.argv.slice(2);
for (const t of texts) { const r = readCallLanguage(t); const m = await a.analyze(t); const base = b.analyze(t);
  console.log(JSON.stringify(t).padEnd(50), (r?.kind ?? '-').padEnd(12), '| base', base.sentiment.toFixed(2), '| model', m.state.padEnd(10), m.sentiment.toFixed(2), m.cues.slice(0,2).join('; ')); }
