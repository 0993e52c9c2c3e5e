import { describe, expect, it } from 'vitest';
import { loadTextEmotionAnalyzer } from './text-emotion-analyzer.js';

// The CLI's `--analyzer auto` falls back to the baseline when this fails, so it is
// tested on its own.
describe('loadTextEmotionAnalyzer', () => {
  it('loads the shipped model, reads a repeat complaint as frustrated, and disposes', async () => {
    const analyzer = await loadTextEmotionAnalyzer();
    try {
      const analysis = await analyzer.analyze("this is the third time I'm calling about this");
      expect(analysis.state).toBe('frustrated');
    } finally {
      await analyzer.dispose();
    }
  });
});
