import { loadTextEmotionAnalyzer } from './dist/index.js';
const a = await loadTextEmotionAnalyzer();
for (const t of process.argv.slice(2)) { const m = await a.analyze(t); console.log(JSON.stringify(t), m.state, m.sentiment.toFixed(2), JSON.stringify(Object.fromEntries(Object.entries(m.states).map(([k,v])=>[k,+v.toFixed(2)]))), m.cues.join('; ')); }
