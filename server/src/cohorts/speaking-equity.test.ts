import { describe, expect, it } from 'vitest';
import type { HealthAttendance, HealthSpeakingTime } from './cohort-health-input';
import { allCame, circleOfFour, ended, minuteMs, range, spoke } from './health-test-fixtures';
import { describeBalance, speakingEquity } from './speaking-equity';

const sessions = range(1, 3).map((n) => ended(n));
const everyoneCame = allCame(range(1, 3), ['ana', 'bo', 'cy', 'di']);
const equity = (speakingTime: HealthSpeakingTime[], attendance: HealthAttendance[] = everyoneCame) =>
  speakingEquity(circleOfFour, sessions, attendance, speakingTime);
const eachSession = (memberId: string, minutes: number) => range(1, 3).map((n) => spoke(n, memberId, minutes));

describe('speakingEquity', () => {
  it('gives each member their share of all members\' speaking time', () => {
    const result = equity([...eachSession('ana', 20), ...eachSession('bo', 10), ...eachSession('cy', 5), ...eachSession('di', 5)]);
    expect(result.totalSpeakingMs).toBe(120 * minuteMs);
    expect(result.members.map((row) => [row.memberId, row.speakingMs / minuteMs, row.sessionsAttended, row.share])).toEqual([
      ['ana', 60, 3, 0.5],
      ['bo', 30, 3, 0.25],
      ['cy', 15, 3, 0.125],
      ['di', 15, 3, 0.125],
    ]);
  });

  it.each<[string, HealthSpeakingTime[], number | null, string]>([
    ['equal voices', [...eachSession('ana', 10), ...eachSession('bo', 10), ...eachSession('cy', 10), ...eachSession('di', 10)], 0, 'even'],
    ['one voice twice as long', [...eachSession('ana', 20), ...eachSession('bo', 10), ...eachSession('cy', 10), ...eachSession('di', 10)], 0.15, 'mostly_even'],
    ['a spread', [...eachSession('ana', 20), ...eachSession('bo', 10), ...eachSession('cy', 5), ...eachSession('di', 5)], 0.3125, 'uneven'],
    ['one voice nearly alone', [...eachSession('ana', 40), ...eachSession('bo', 2), ...eachSession('cy', 1), ...eachSession('di', 1)], 118 / 176, 'very_uneven'],
    ['nobody heard yet', [], null, 'not_enough_data'],
  ])('%s', (_label, speakingTime, gini, balance) => {
    const result = equity(speakingTime);
    if (gini === null) expect(result.gini).toBeNull();
    else expect(result.gini).toBeCloseTo(gini, 3);
    expect(result.balance).toBe(balance);
  });

  it('shares out the voice heard, and reports the time holding the floor beside it', () => {
    const heldInSilence = { sessionId: 's1', participantId: 'bo', floorMs: 8 * minuteMs, voiceMs: 0 };
    const result = equity([spoke(1, 'ana', 6), heldInSilence]);
    expect(result.members.slice(0, 2).map((row) => [row.memberId, row.speakingMs / minuteMs, row.floorMs / minuteMs, row.share])).toEqual([
      ['ana', 6, 6, 1],
      ['bo', 0, 8, 0],
    ]);
  });

  it('compares per session attended, so a missed session is not silence', () => {
    const attendance = [...allCame(range(1, 3), ['ana', 'bo', 'cy']), ...allCame([1], ['di'])];
    const result = equity([...eachSession('ana', 10), ...eachSession('bo', 10), ...eachSession('cy', 10), spoke(1, 'di', 10)], attendance);
    expect(result.members.find((row) => row.memberId === 'di')).toMatchObject({ sessionsAttended: 1, share: 0.1 });
    expect(result.gini).toBe(0);
    expect(result.balance).toBe('even');
  });

  it('leaves out members who attended none of the sessions, and speaking time outside them', () => {
    const attendance = allCame(range(1, 3), ['ana', 'bo']);
    const result = equity([...eachSession('ana', 10), ...eachSession('bo', 10), spoke(9, 'cy', 60)], attendance);
    expect(result.members.find((row) => row.memberId === 'cy')).toMatchObject({ speakingMs: 0, sessionsAttended: 0, share: 0 });
    expect(result.gini).toBe(0);
  });

  it('does not count the facilitator or guests', () => {
    const result = equity([...eachSession('ana', 10), ...eachSession('bo', 10), ...eachSession('cy', 10), ...eachSession('di', 10), ...eachSession('facilitator', 90)]);
    expect(result.totalSpeakingMs).toBe(120 * minuteMs);
    expect(result.gini).toBe(0);
  });

  it('counts a member heard in a session without an attendance row as there', () => {
    const result = equity([spoke(1, 'ana', 10)], []);
    expect(result.members[0]).toMatchObject({ sessionsAttended: 1, share: 1 });
    expect(result.balance).toBe('not_enough_data');
  });

  it('has no shares before anyone has spoken', () => {
    expect(equity([]).members.map((row) => row.share)).toEqual([null, null, null, null]);
  });
});

describe('describeBalance', () => {
  it.each<[number | null, string, string]>([
    [null, 'not_enough_data', 'Not enough speaking time recorded yet to compare.'],
    [0, 'even', 'Speaking time is shared evenly.'],
    [0.099, 'even', 'Speaking time is shared evenly.'],
    [0.1, 'mostly_even', 'Speaking time is shared fairly evenly.'],
    [0.2, 'uneven', 'Some voices take noticeably more of the time than others.'],
    [0.35, 'very_uneven', 'A few voices take most of the speaking time.'],
    [0.75, 'very_uneven', 'A few voices take most of the speaking time.'],
  ])('%s → %s', (inequality, balance, summary) => {
    expect(describeBalance(inequality)).toEqual({ balance, summary });
  });
});
