// Writes src/assets/sample-call-voice.jsonl: the prosody windows and speech segments of
// the shipped sample call's recording, from the Node audio pipeline. Run it after
// sample-call.wav or the pipeline changes:
//   pnpm --filter @tonvo/example-agent-console sample-voice
// (scripts/sample-voice.test.ts fails while the file differs from what the pipeline gives.)
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { SAMPLE_VOICE_JSONL, sampleVoiceJsonl } from './sample-voice.js';

const text = await sampleVoiceJsonl();
writeFileSync(SAMPLE_VOICE_JSONL, text);
const lines = text.split('\n').filter((l) => l !== '');
console.log(
  `${relative(process.cwd(), SAMPLE_VOICE_JSONL)}: ${lines.length} events (${lines.filter((l) => l.includes('"type":"prosody"')).length} prosody windows, ${lines.filter((l) => l.includes('"type":"vad"')).length} speech segments)`,
);
