import { useState, version } from 'react';
import { version as domVersion } from 'react-dom';
import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';

test('runs on the React major this project is for, with a matching react-dom', () => {
  const major = process.env['TONVO_EXPECT_REACT'];
  expect(major).toMatch(/^1[89]$/);
  expect(version.split('.')[0]).toBe(major);
  expect(domVersion).toBe(version);
  function Hooked(): string {
    const [v] = useState(version);
    return v;
  }
  render(<Hooked />);
  expect(screen.getByText(version)).toBeTruthy();
});
