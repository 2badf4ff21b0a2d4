import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUpdateDue } from './update-due';

const DAY = 86_400_000;
const START = 1_720_000_000_000;

describe('isUpdateDue', () => {
  it.each<[string, number, boolean, boolean]>([
    ['six days before', START - 6 * DAY, false, false],
    ['just before five days before', START - 5 * DAY - 1, false, false],
    ['exactly five days before', START - 5 * DAY, false, true],
    ['the evening before', START - DAY / 4, false, true],
    ['the moment it starts', START, false, false],
    ['after it started', START + DAY, false, false],
    ['five days before, already submitted', START - 5 * DAY, true, false],
  ])('%s → %s', (_name, now, submitted, due) => {
    expect(isUpdateDue(START, now, submitted)).toBe(due);
  });

  it('is never due once submitted, and only ever in the five days before the start', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30 * DAY, max: 30 * DAY }), fc.boolean(), (offset, submitted) => {
        const due = isUpdateDue(START, START + offset, submitted);
        if (submitted) expect(due).toBe(false);
        else expect(due).toBe(offset >= -5 * DAY && offset < 0);
      }),
    );
  });
});
