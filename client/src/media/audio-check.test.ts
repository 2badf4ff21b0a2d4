import { describe, expect, it } from 'vitest';
import { meterLevel } from './audio-check';

describe('meterLevel', () => {
  it.each<[number, number]>([
    [0, 0],
    [0.001, 0],
    [0.01, 1 / 3],
    [0.1, 2 / 3],
    [1, 1],
    [2, 1],
  ])('puts an RMS of %d at %d', (rms, level) => {
    expect(meterLevel(rms)).toBeCloseTo(level);
  });

  it('lets the needle fall gradually after a loud moment', () => {
    const loud = meterLevel(1);
    const after = meterLevel(0, loud);
    expect(after).toBeCloseTo(0.7);
    expect(meterLevel(0, after)).toBeLessThan(after);
  });
});
