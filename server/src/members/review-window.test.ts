import { describe, expect, it } from 'vitest';
import { reviewWindow, type ReviewWindow } from './review-window';

const dayMs = 86_400_000;
const endedAt = 1_717_200_000_000;

describe('reviewWindow', () => {
  const cases: [string, { status: 'scheduled' | 'open' | 'ended' | 'cancelled'; endedAt: number | null }, boolean, number, ReviewWindow][] = [
    ['scheduled', { status: 'scheduled', endedAt: null }, false, endedAt, 'not_yet'],
    ['open, before the closing', { status: 'open', endedAt: null }, false, endedAt, 'not_yet'],
    ['open, in the closing phase', { status: 'open', endedAt: null }, true, endedAt, 'open'],
    ['just ended', { status: 'ended', endedAt }, false, endedAt, 'open'],
    ['ended exactly 7 days ago', { status: 'ended', endedAt }, false, endedAt + 7 * dayMs, 'open'],
    ['ended 7 days and a moment ago', { status: 'ended', endedAt }, false, endedAt + 7 * dayMs + 1, 'closed'],
    ['ended without a recorded end', { status: 'ended', endedAt: null }, false, endedAt, 'closed'],
    ['cancelled', { status: 'cancelled', endedAt: null }, true, endedAt, 'closed'],
    ['scheduled, even if something claims closing', { status: 'scheduled', endedAt: null }, true, endedAt, 'not_yet'],
  ];
  it.each(cases)('%s', (_name, session, closingNow, now, expected) => {
    expect(reviewWindow(session, closingNow, now)).toBe(expected);
  });
});
