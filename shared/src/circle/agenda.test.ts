import { describe, expect, it } from 'vitest';
import type { CircleCommandInput } from './commands';
import { reduce } from './reduce';
import type { AgendaPhase, CircleSession } from './session-state';
import { accept, actorFor, circleInPhase, facilitator, runningCircle, seatedCircle, secondMemberId as cy } from './test-fixtures';
import { findTemplate } from './templates';
import { elapsedMs } from './timers';

function rejectionCode(state: CircleSession, command: CircleCommandInput) {
  const result = reduce(state, command, facilitator, state.clock + 1_000);
  return result.ok ? 'accepted' : result.error.code;
}

const withPhases = (phases: AgendaPhase[]): CircleCommandInput => ({ type: 'agenda.updatePhases', phases });
const phaseIds = (state: CircleSession) => state.agenda.phases.map((phase) => phase.phaseId);

describe('templates on the agenda', () => {
  it('applies an editable copy before the start', () => {
    const state = accept(seatedCircle(), { type: 'agenda.applyTemplate', templateId: 'council' });
    expect(state.agenda.templateId).toBe('council');
    expect(state.agenda.phases).toEqual(findTemplate('council')?.phases);
    const edited = accept(state, withPhases(state.agenda.phases.map((phase) => ({ ...phase, title: 'Changed' }))));
    expect(findTemplate('council')?.phases[0]?.title).toBe('Check-in');
    expect(edited.agenda.templateId).toBe('council');
  });

  it('refuses unknown templates and templates once running', () => {
    expect(rejectionCode(seatedCircle(), { type: 'agenda.applyTemplate', templateId: 'speed-dating' })).toBe('not_found');
    expect(rejectionCode(runningCircle(), { type: 'agenda.applyTemplate', templateId: 'council' })).toBe('conflict');
  });
});

describe('editing phases', () => {
  it('replaces the whole agenda before the start, filling in defaults', () => {
    const state = accept(seatedCircle(), {
      type: 'agenda.updatePhases',
      phases: [{ phaseId: 'talk', title: ' Talk ', kind: 'dialogue', floorRule: 'open', plannedMs: 1_800_000 }],
    });
    expect(state.agenda.phases).toEqual([
      { phaseId: 'talk', title: 'Talk', kind: 'dialogue', floorRule: 'open', plannedMs: 1_800_000, curiousQuestionsOnly: false, presenterPart: 'joins-in', admittedHandTypes: ['clarifying', 'experience', 'reply', 'process'], guidance: '' },
    ]);
  });

  it('follows the current phase when phases move around it mid-session', () => {
    const state = circleInPhase('clarifying-questions');
    const [checkIn, dilemma, clarifying, ...rest] = state.agenda.phases as [AgendaPhase, AgendaPhase, AgendaPhase, ...AgendaPhase[]];
    const next = accept(state, withPhases([clarifying, ...rest, checkIn]));
    expect(next.currentPhaseIndex).toBe(0);
    expect(phaseIds(next)).not.toContain(dilemma.phaseId);
    expect(next.agenda.phases[next.currentPhaseIndex ?? -1]?.phaseId).toBe('clarifying-questions');
  });

  it('shifts the running timers by the change in plan, keeping extensions', () => {
    let state = runningCircle();
    state = accept(state, { type: 'timer.extend', timer: 'phase', ms: 60_000 });
    const phases = state.agenda.phases.map((phase, index) => (index === 0 ? { ...phase, plannedMs: phase.plannedMs + 300_000, speakerMs: 180_000 } : phase));
    const next = accept(state, withPhases(phases), facilitator, state.clock + 2_000);
    expect(next.phaseTimer.durationMs).toBe(15 * 60_000 + 60_000 + 300_000);
    expect(next.speakerTimer.durationMs).toBe(180_000);
    expect(elapsedMs(next.phaseTimer, next.clock)).toBe(elapsedMs(state.phaseTimer, next.clock));
  });

  it('lets later phases change freely while one is running', () => {
    const state = runningCircle();
    const phases = state.agenda.phases.map((phase) => (phase.phaseId === 'break' ? { ...phase, floorRule: 'silence' as const } : phase));
    expect(accept(state, withPhases(phases)).agenda.phases[4]?.floorRule).toBe('silence');
  });

  it.each<[string, (phases: AgendaPhase[]) => AgendaPhase[], string]>([
    ['dropping the current phase', (phases) => phases.slice(1), 'conflict'],
    ['changing the current phase\'s floor rule', (phases) => phases.map((p, i) => (i === 0 ? { ...p, floorRule: 'queue' } : p)), 'conflict'],
    ['two phases with one id', (phases) => [...phases, phases[1] as AgendaPhase], 'invalid_payload'],
    ['giving the presenter the floor in a round', (phases) => phases.map((p, i) => (i === 1 ? { ...p, floorRule: 'round' } : p)), 'invalid_payload'],
    ['a per-turn time under a second', (phases) => phases.map((p) => ({ ...p, speakerMs: 10 })), 'invalid_payload'],
    ['65 phases', (phases) => Array.from({ length: 65 }, (_, i) => ({ ...(phases[0] as AgendaPhase), phaseId: `p${i}` })), 'invalid_payload'],
  ])('refuses %s', (_label, edit, code) => {
    const state = runningCircle();
    expect(rejectionCode(state, withPhases(edit(state.agenda.phases)))).toBe(code);
  });
});

describe('moving between phases', () => {
  it('walks the agenda with phase.next and refuses to go past the end', () => {
    let state = runningCircle();
    for (let i = 1; i < state.agenda.phases.length; i += 1) {
      state = accept(state, { type: 'phase.next' });
      expect(state.currentPhaseIndex).toBe(i);
    }
    expect(rejectionCode(state, { type: 'phase.next' })).toBe('conflict');
  });

  it('jumps to any phase and refuses one that does not exist', () => {
    expect(accept(runningCircle(), { type: 'phase.goTo', phaseIndex: 7 }).currentPhaseIndex).toBe(7);
    expect(rejectionCode(runningCircle(), { type: 'phase.goTo', phaseIndex: 8 })).toBe('not_found');
  });

  it('restarts the current phase when going to it again', () => {
    let state = accept(runningCircle(), { type: 'turn.done' }, actorFor('mem-bo'));
    state = accept(state, { type: 'phase.goTo', phaseIndex: 0 }, facilitator, state.clock + 60_000);
    expect(state.round).toMatchObject({ position: 0, spoken: [] });
    expect(state.phaseTimer).toMatchObject({ accumulatedMs: 0, runningSince: state.clock });
  });

  it('starts each phase timer with its plan and resets the speaker timer', () => {
    const state = circleInPhase('curious-questions');
    expect(state.phaseTimer).toMatchObject({ durationMs: 20 * 60_000, runningSince: state.clock, accumulatedMs: 0 });
    expect(state.speakerTimer).toMatchObject({ durationMs: 0, runningSince: null });
    expect(state.round).toBeNull();
  });

  it('ends the round of the phase it leaves', () => {
    const state = accept(runningCircle(), { type: 'phase.next' });
    expect(state.round).toBeNull();
    expect(state.ledger['mem-bo']?.floorMs).toBe(1_000);
  });

  it('keeps hands from one queue phase out of the next', () => {
    let state = accept(circleInPhase('clarifying-questions'), { type: 'hand.raise' }, actorFor(cy));
    state = accept(state, { type: 'phase.next' });
    expect(state.handQueue.raised).toEqual([]);
  });
});
