import { describe, expect, it } from 'vitest';
import { roundTurns, upcomingSpeakers } from './council-order';
import { act, bo, cy, di, maya, runningCircle } from './test-circle';

const outcomes = (state: ReturnType<typeof runningCircle>) =>
  roundTurns(state.round!).map((turn) => `${turn.participantId}:${turn.outcome}`);

describe('roundTurns', () => {
  it('marks the current speaker and those still to come', () => {
    expect(outcomes(runningCircle())).toEqual([`${maya}:speaking`, `${bo}:upcoming`, `${cy}:upcoming`, `${di}:upcoming`]);
  });

  it('shows who spoke, who passed and the come-back turn a first pass adds', () => {
    let state = runningCircle();
    state = act(state, { type: 'turn.pass' }, maya);
    state = act(state, { type: 'turn.done' }, bo);
    expect(outcomes(state)).toEqual([
      `${maya}:passed`,
      `${bo}:spoke`,
      `${cy}:speaking`,
      `${di}:upcoming`,
      `${maya}:coming-back`,
    ]);
    state = act(state, { type: 'turn.done' }, cy);
    state = act(state, { type: 'turn.done' }, di);
    state = act(state, { type: 'turn.pass' }, maya);
    expect(outcomes(state)).toEqual([`${maya}:passed`, `${bo}:spoke`, `${cy}:spoke`, `${di}:spoke`, `${maya}:passed`]);
  });

  it('shows a speaker who was away when their turn came', () => {
    let state = runningCircle();
    state = { ...state, participants: { ...state.participants, [bo]: { ...state.participants[bo]!, presence: 'away' } } };
    state = act(state, { type: 'turn.done' }, maya);
    expect(outcomes(state)).toEqual([`${maya}:spoke`, `${bo}:skipped`, `${cy}:speaking`, `${di}:upcoming`]);
  });
});

describe('upcomingSpeakers', () => {
  it('lists who follows the current speaker, which is what round.setOrder takes', () => {
    let state = runningCircle();
    expect(upcomingSpeakers(state.round!)).toEqual([bo, cy, di]);
    state = act(state, { type: 'turn.pass' }, maya);
    state = act(state, { type: 'round.setOrder', order: [maya, di, cy] });
    expect(upcomingSpeakers(state.round!)).toEqual([maya, di, cy]);
  });

  it('is empty once the round is complete', () => {
    let state = runningCircle();
    for (const speaker of [maya, bo, cy, di]) state = act(state, { type: 'turn.done' }, speaker);
    expect(upcomingSpeakers(state.round!)).toEqual([]);
  });
});
