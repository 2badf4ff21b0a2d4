import { describe, expect, it } from 'vitest';
import { describeTimeLeft, formatCountdown, formatDuration, formatMinutes } from './time-format';

describe('formatCountdown', () => {
  it.each([
    [300_000, '05:00'],
    [299_001, '05:00'],
    [299_000, '04:59'],
    [61_000, '01:01'],
    [400, '00:01'],
    [0, '00:00'],
    [4_500_000, '75:00'],
  ])('shows %i ms left as %s', (remaining, shown) => {
    expect(formatCountdown(remaining, true)).toBe(shown);
  });

  it('shows an overrun as "+m:ss over" where it may be seen', () => {
    expect(formatCountdown(-400, true)).toBe('+0:01 over');
    expect(formatCountdown(-65_000, true)).toBe('+1:05 over');
  });

  it('stays at 00:00 where the overrun is not shown', () => {
    expect(formatCountdown(-65_000, false)).toBe('00:00');
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [59_999, '0:59'],
    [192_000, '3:12'],
    [-5, '0:00'],
  ])('formats %i ms as %s', (ms, shown) => {
    expect(formatDuration(ms)).toBe(shown);
  });
});

describe('describeTimeLeft', () => {
  it.each([
    [119_500, '2 minutes'],
    [300_000, '5 minutes'],
    [60_000, '1 minute'],
    [18_000, '18 seconds'],
    [200, '1 second'],
  ])('says %i ms as "%s"', (ms, said) => {
    expect(describeTimeLeft(ms)).toBe(said);
  });
});

describe('formatMinutes', () => {
  it('shows planned minutes without needless decimals', () => {
    expect(formatMinutes(900_000)).toBe('15 min');
    expect(formatMinutes(90_000)).toBe('1.5 min');
  });
});
