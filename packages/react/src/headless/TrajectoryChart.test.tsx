import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { SentimentSample } from '@tonvo/core';
import { TrajectoryChart } from './TrajectoryChart.js';
import { trajectoryGeometry } from './trajectory-geometry.js';

const sample = (atMs: number, score: number, state: SentimentSample['state']): SentimentSample => ({
  atMs,
  score,
  state,
  speaker: 'customer',
  confidence: 0.8,
});

const samples = [
  sample(0, 0, 'neutral'),
  sample(50_000, -1, 'frustrated'),
  sample(60_000, -0.5, 'frustrated'),
  sample(100_000, 1, 'relieved'),
];

describe('trajectoryGeometry', () => {
  test('maps time left to right and score from bottom (-1) to top (1)', () => {
    const g = trajectoryGeometry(samples, { width: 200, height: 100 });
    expect(g.points.map((p) => [p.x, p.y])).toEqual([
      [0, 50],
      [100, 100],
      [120, 75],
      [200, 0],
    ]);
    expect(g.line).toBe('M0 50L100 100L120 75L200 0');
    expect(g.area).toBe('M0 50L100 100L120 75L200 0L200 50L0 50Z');
    expect(g.changes.map((p) => p.state)).toEqual(['neutral', 'frustrated', 'relieved']);
    expect(g.xAt(25_000)).toBe(50);
    expect(g.xAt(-5)).toBe(0);
  });

  test('an explicit time axis and out-of-range scores are clamped', () => {
    const g = trajectoryGeometry([sample(10_000, 3, 'positive')], {
      width: 100,
      height: 10,
      startMs: 0,
      endMs: 20_000,
    });
    expect(g.points[0]).toMatchObject({ x: 50, y: 0 });
    expect(g.line).toBe('M50 0L100 0');
  });

  test('no samples, no line', () => {
    const g = trajectoryGeometry([], { width: 100, height: 40 });
    expect(g).toMatchObject({ line: '', area: '', zeroY: 20, points: [] });
  });
});

test('the chart describes the trajectory in words', () => {
  render(<TrajectoryChart samples={samples} arc="recovered" />);
  const chart = screen.getByRole('img');
  expect(chart.getAttribute('aria-label')).toBe(
    'Customer mood over the call (recovered): started neutral, lowest at 0:50 (frustrated), now relieved.',
  );
  expect(chart.getAttribute('data-arc')).toBe('recovered');
  expect(chart.querySelectorAll('[data-part="change"]')).toHaveLength(3);
});
