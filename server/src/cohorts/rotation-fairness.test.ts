import type { PresenterTally } from '@peercircle/shared';
import { describe, expect, it } from 'vitest';
import type { HealthSession } from './cohort-health-input';
import { circleOfFour, ended, startOf } from './health-test-fixtures';
import { rotationFairness } from './rotation-fairness';

type Tally = Omit<PresenterTally, 'displayName'>;
const tally = (memberId: string, timesPresented: number, lastPresentedAt: number | null, sessionsSincePresented: number | null): Tally => ({
  memberId,
  timesPresented,
  lastPresentedAt,
  sessionsSincePresented,
});

describe('rotationFairness', () => {
  it.each<[string, HealthSession[], Tally[], string[]]>([
    ['no sessions yet', [], [tally('ana', 0, null, null), tally('bo', 0, null, null), tally('cy', 0, null, null), tally('di', 0, null, null)], ['ana', 'bo', 'cy', 'di']],
    [
      'half way through the first round',
      [ended(1, 'ana'), ended(2, 'bo')],
      [tally('ana', 1, startOf(1), 1), tally('bo', 1, startOf(2), 0), tally('cy', 0, null, null), tally('di', 0, null, null)],
      ['cy', 'di'],
    ],
    [
      'one member presenting again before another has had a turn',
      [ended(1, 'ana'), ended(2, 'bo'), ended(3, 'cy'), ended(4, 'ana'), ended(5, 'bo')],
      [tally('ana', 2, startOf(4), 1), tally('bo', 2, startOf(5), 0), tally('cy', 1, startOf(3), 2), tally('di', 0, null, null)],
      ['di'],
    ],
    [
      'sessions without a presenter, or with a guest presenting, still count as sessions since',
      [ended(1, 'ana'), ended(2, null), ended(3, 'guest')],
      [tally('ana', 1, startOf(1), 2), tally('bo', 0, null, null), tally('cy', 0, null, null), tally('di', 0, null, null)],
      ['bo', 'cy', 'di'],
    ],
  ])('%s', (_label, sessions, expected, neverPresented) => {
    const fairness = rotationFairness(circleOfFour, sessions);
    expect(fairness.members.map(({ displayName: _name, ...rest }) => rest)).toEqual(expected);
    expect(fairness.neverPresented).toEqual(neverPresented);
  });

  it('names each member for display', () => {
    expect(rotationFairness(circleOfFour, []).members.map((entry) => entry.displayName)).toEqual(['Ana', 'Bo', 'Cy', 'Di']);
  });
});
