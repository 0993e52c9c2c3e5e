// Paths of the shipped sample call, used by the pipeline and CLI tests.
import { fileURLToPath } from 'node:url';

export const SAMPLE_WAV = fileURLToPath(new URL('../samples/sample-call.wav', import.meta.url));
export const SAMPLE_JSONL = fileURLToPath(new URL('../samples/sample-call.jsonl', import.meta.url));
