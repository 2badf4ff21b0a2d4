import { describe, expect, it } from 'vitest';
import { describePresenter, joinableNow } from './upcoming-session';

const now = Date.UTC(2026, 2, 11, 12, 51);
const minutes = (n: number) => n * 60_000;
const session = (status: 'scheduled' | 'open' | 'ended' | 'cancelled', startsInMinutes: number) => ({
  status,
  startsAt: now + minutes(startsInMinutes),
  durationMinutes: 120,
});

describe('joinableNow', () => {
  it.each<[string, ReturnType<typeof session> | null, boolean]>([
    ['an open session, whenever it was planned', session('open', 300), true],
    ['a session starting in 15 minutes', session('scheduled', 15), true],
    ['a session starting in 16 minutes', session('scheduled', 16), false],
    ['a session that started an hour ago and has not been opened', session('scheduled', -60), true],
    ['a session whose planned time is over', session('scheduled', -120), false],
    ['an ended session', session('ended', -10), false],
    ['a cancelled session', session('cancelled', 5), false],
    ['no session', null, false],
  ])('%s: %s', (_label, candidate, expected) => {
    expect(joinableNow(candidate, now)).toBe(expected);
  });
});

describe('describePresenter', () => {
  const maya = { id: 'm-1', displayName: 'Maya Chen' };
  it.each<[string, Parameters<typeof describePresenter>[0], string | null, string | null]>([
    ['a settled presenter to others', { ...maya, settled: true }, 'm-2', 'Presenting: Maya Chen'],
    ['a settled presenter to themselves', { ...maya, settled: true }, 'm-1', 'You are presenting'],
    ['the rotation\'s pick to others', { ...maya, settled: false }, null, 'Likely to present (by rotation): Maya Chen'],
    ['the rotation\'s pick to themselves', { ...maya, settled: false }, 'm-1', 'You are likely to present (by rotation)'],
    ['nobody', null, 'm-1', null],
  ])('says %s', (_label, presenter, viewerId, text) => {
    expect(describePresenter(presenter, viewerId)).toBe(text);
  });
});
