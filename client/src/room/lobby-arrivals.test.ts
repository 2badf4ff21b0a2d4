import { describe, expect, it } from 'vitest';
import { arrivalAnnouncement, newArrivals } from './lobby-arrivals';

const waiting = (memberId: string, since: number) => ({ memberId, displayName: memberId.toUpperCase(), since });

describe('newArrivals', () => {
  it('finds who was not waiting before, earliest first', () => {
    expect(newArrivals([waiting('a', 1)], [waiting('c', 3), waiting('a', 1), waiting('b', 2)]).map((m) => m.memberId)).toEqual(['b', 'c']);
  });
  it('ignores people who left or were admitted', () => {
    expect(newArrivals([waiting('a', 1), waiting('b', 2)], [waiting('b', 2)])).toEqual([]);
  });
});

describe('arrivalAnnouncement', () => {
  it.each([
    [[], null],
    [[waiting('a', 1)], 'A is waiting to be let in'],
    [[waiting('a', 1), waiting('b', 2)], 'A and B are waiting to be let in'],
    [[waiting('a', 1), waiting('b', 2), waiting('c', 3)], 'A, B and C are waiting to be let in'],
  ])('%#', (arrivals, text) => {
    expect(arrivalAnnouncement(arrivals)).toBe(text);
  });
});
