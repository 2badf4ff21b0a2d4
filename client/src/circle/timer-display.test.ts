import { describe, expect, it } from 'vitest';
import { overrunDisplayFor, speakerTimerLabel, timerNote } from './timer-display';
import { act, ada, bo, circleInPhase, maya, runningCircle, viewAs } from './test-circle';

describe('timer display', () => {
  const state = runningCircle('council');
  const turnStart = state.speakerTimer.runningSince as number;
  const twoMinutes = 120_000;

  it('shows overruns to facilitators as an alert, to the speaker gently, and not to listeners', () => {
    expect(overrunDisplayFor(viewAs(state, ada), 'speaker')).toBe('alert');
    expect(overrunDisplayFor(viewAs(state, maya), 'speaker')).toBe('gentle');
    expect(overrunDisplayFor(viewAs(state, maya), 'phase')).toBe('hidden');
    expect(overrunDisplayFor(viewAs(state, bo), 'speaker')).toBe('hidden');
  });

  it.each([
    ['alert', 60_000, null],
    ['gentle', 100_000, { text: 'Wrap up', tone: 'warning' }],
    ['alert', twoMinutes, { text: 'Time is up', tone: 'overrun' }],
    ['gentle', twoMinutes + 30_000, { text: "Time's up — finish your thought", tone: 'time-up' }],
    ['hidden', twoMinutes + 30_000, null],
  ] as const)('notes a %s speaker timer %i ms into the turn', (display, elapsed, expected) => {
    expect(timerNote(state.speakerTimer, turnStart + elapsed, display)).toEqual(expected);
  });

  it('notes a paused timer', () => {
    const paused = act(state, { type: 'timer.pause', timer: 'speaker' }, ada, turnStart + 30_000);
    expect(timerNote(paused.speakerTimer, turnStart + 60_000, 'alert')).toEqual({ text: 'Paused', tone: 'paused' });
  });

  it("labels the speaker timer by whose turn it is, and hides it when nobody's turn is timed", () => {
    expect(speakerTimerLabel(viewAs(state, maya))).toBe('Your turn');
    expect(speakerTimerLabel(viewAs(state, bo))).toBe("Maya's turn");
    expect(speakerTimerLabel(viewAs(circleInPhase('clarifying-questions'), bo))).toBeNull();
  });
});
