import { describe, expect, it } from 'vitest';
import type { CircleCommandInput } from './commands';
import { reduce } from './reduce';
import type { CircleSession, Timer } from './session-state';
import { accept, actorFor, circleInPhase, facilitator, facilitatorId, runningCircle } from './test-fixtures';
import { elapsedMs, idleTimer, isOverrun, isWarning, remainingMs, runningTimer, warningLeadFor } from './timers';

const minute = 60_000;

describe('timer arithmetic', () => {
  const t0 = 1_000_000;
  const tenMinutes = runningTimer(10 * minute, t0);

  it.each<[string, Timer, number, { remaining: number; warning: boolean; overrun: boolean }]>([
    ['just started', tenMinutes, t0, { remaining: 10 * minute, warning: false, overrun: false }],
    ['half way', tenMinutes, t0 + 5 * minute, { remaining: 5 * minute, warning: false, overrun: false }],
    ['at the warning mark', tenMinutes, t0 + 8 * minute, { remaining: 2 * minute, warning: true, overrun: false }],
    ['in the last seconds', tenMinutes, t0 + 10 * minute - 1, { remaining: 1, warning: true, overrun: false }],
    ['at the deadline', tenMinutes, t0 + 10 * minute, { remaining: 0, warning: false, overrun: true }],
    ['overrunning', tenMinutes, t0 + 12 * minute, { remaining: -2 * minute, warning: false, overrun: true }],
    ['paused with time banked', { ...idleTimer(10 * minute), accumulatedMs: 9 * minute }, t0 + 60 * minute, { remaining: minute, warning: true, overrun: false }],
    ['idle without duration', idleTimer(), t0, { remaining: 0, warning: false, overrun: false }],
    ['asked about a time before it started', tenMinutes, t0 - minute, { remaining: 10 * minute, warning: false, overrun: false }],
  ])('%s', (_label, timer, now, expected) => {
    expect(remainingMs(timer, now)).toBe(expected.remaining);
    expect(isWarning(timer, now)).toBe(expected.warning);
    expect(isOverrun(timer, now)).toBe(expected.overrun);
  });

  it.each([
    [30 * minute, 2 * minute],
    [5 * minute, minute],
    [2 * minute, 24_000],
    [0, 0],
  ])('warns %i ms timers %i ms before the end', (duration, lead) => {
    expect(warningLeadFor(duration)).toBe(lead);
  });
});

describe('timer commands', () => {
  function at(state: CircleSession, offsetMs: number, command: CircleCommandInput): CircleSession {
    return accept(state, command, facilitator, state.clock + offsetMs);
  }

  it('starts the phase timer with the phase\'s planned duration on entering it', () => {
    const state = runningCircle();
    expect(state.phaseTimer).toEqual({ durationMs: 15 * minute, accumulatedMs: 0, runningSince: state.clock, warnAtRemainingMs: 2 * minute });
  });

  it('pauses, resumes and keeps time across both', () => {
    let state = runningCircle();
    const started = state.clock;
    state = at(state, 4 * minute, { type: 'timer.pause', timer: 'phase' });
    expect(state.phaseTimer).toMatchObject({ accumulatedMs: 4 * minute, runningSince: null });
    state = at(state, 30 * minute, { type: 'timer.resume', timer: 'phase' });
    expect(state.phaseTimer.runningSince).toBe(started + 34 * minute);
    expect(remainingMs(state.phaseTimer, state.clock + minute)).toBe(10 * minute);
  });

  it('extends a running countdown without restarting it', () => {
    let state = runningCircle();
    state = at(state, 14 * minute, { type: 'timer.extend', timer: 'phase', ms: 5 * minute });
    expect(state.phaseTimer.durationMs).toBe(20 * minute);
    expect(elapsedMs(state.phaseTimer, state.clock)).toBe(14 * minute);
    expect(isWarning(state.phaseTimer, state.clock)).toBe(false);
  });

  it('reports an overrun and lets the facilitator add time', () => {
    let state = runningCircle();
    const late = state.clock + 17 * minute;
    expect(isOverrun(state.phaseTimer, late)).toBe(true);
    state = accept(state, { type: 'timer.extend', timer: 'phase', ms: 5 * minute }, facilitator, late);
    expect(remainingMs(state.phaseTimer, late)).toBe(3 * minute);
  });

  it('restarts from the top on start, and resets to the plan, stopped', () => {
    let state = runningCircle();
    state = at(state, 5 * minute, { type: 'timer.extend', timer: 'phase', ms: minute });
    state = at(state, minute, { type: 'timer.start', timer: 'phase' });
    expect(state.phaseTimer).toMatchObject({ durationMs: 16 * minute, accumulatedMs: 0, runningSince: state.clock });
    state = at(state, minute, { type: 'timer.reset', timer: 'phase' });
    expect(state.phaseTimer).toMatchObject({ durationMs: 15 * minute, accumulatedMs: 0, runningSince: null });
  });

  it('resets the speaker timer to the phase\'s time per turn', () => {
    const state = at(runningCircle(), minute, { type: 'timer.reset', timer: 'speaker' });
    expect(state.speakerTimer).toMatchObject({ durationMs: 2 * minute, runningSince: null, accumulatedMs: 0 });
  });

  it('lets the facilitator time a turn in a phase without a time per turn', () => {
    let state = accept(circleInPhase('clarifying-questions'), { type: 'floor.give', participantId: 'mem-cy' });
    state = at(state, 0, { type: 'timer.extend', timer: 'speaker', ms: 90_000 });
    state = at(state, 0, { type: 'timer.start', timer: 'speaker' });
    expect(remainingMs(state.speakerTimer, state.clock + 30_000)).toBe(60_000);
  });

  it.each<[string, (state: CircleSession) => CircleSession, CircleCommandInput]>([
    ['pausing a paused timer', (s) => at(s, 1, { type: 'timer.pause', timer: 'phase' }), { type: 'timer.pause', timer: 'phase' }],
    ['resuming a running timer', (s) => s, { type: 'timer.resume', timer: 'phase' }],
    ['starting a timer without duration', (s) => accept(s, { type: 'phase.goTo', phaseIndex: 2 }), { type: 'timer.start', timer: 'speaker' }],
    ['resuming a timer without duration', (s) => accept(s, { type: 'phase.goTo', phaseIndex: 2 }), { type: 'timer.resume', timer: 'speaker' }],
  ])('refuses %s', (_label, arrange, command) => {
    const state = arrange(runningCircle());
    const result = reduce(state, command, facilitator, state.clock + 1);
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it.each<[string, CircleCommandInput, string]>([
    ['the floor is cleared', { type: 'floor.clear' }, facilitatorId],
    ['the speaker says they are done', { type: 'turn.done' }, 'mem-cy'],
  ])('resets the speaker timer, stopped, when %s: an overrun does not outlive the turn', (_label, command, actorId) => {
    let state = accept(circleInPhase('clarifying-questions'), {
      type: 'agenda.updatePhases',
      phases: runningCircle().agenda.phases.map((phase) => ({ ...phase, speakerMs: minute })),
    });
    state = accept(state, { type: 'floor.give', participantId: 'mem-cy' });
    state = accept(state, command, actorFor(actorId), state.clock + 90_000);
    expect(state.speakerTimer).toEqual(idleTimer(minute));
    expect(isOverrun(state.speakerTimer, state.clock + minute)).toBe(false);
  });

  it('resets the speaker timer when the round completes, after the last speaker overran', () => {
    let state = runningCircle();
    for (let turn = 1; turn < 4; turn += 1) state = accept(state, { type: 'round.advance' });
    state = accept(state, { type: 'round.advance' }, facilitator, state.clock + 5 * minute);
    expect(state.round?.status).toBe('complete');
    expect(state.speakerTimer).toEqual(idleTimer(state.agenda.phases[0]?.speakerMs));
    expect(isOverrun(state.speakerTimer, state.clock)).toBe(false);
  });

  it('keeps a turn that is handed on running from the top for the next speaker', () => {
    const state = accept(runningCircle(), { type: 'round.advance' }, facilitator, runningCircle().clock + 5 * minute);
    expect(state.speakerTimer).toMatchObject({ runningSince: state.clock, accumulatedMs: 0 });
  });
});
