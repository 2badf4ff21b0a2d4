import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reduce } from './reduce';
import { viewFor } from './view-for';
import {
  accept,
  actorFor,
  circleInPhase,
  facilitator,
  facilitatorId,
  memberIds,
  phaseIndexOf,
  presenterId,
  runningCircle,
  sampleBriefContent,
  seatedCircle,
  secondMemberId,
  systemActor,
} from './test-fixtures';
import type { CircleSession } from './session-state';

const reveal = { type: 'presenterBrief.reveal', brief: sampleBriefContent } as const;
const everyone = [facilitatorId, ...memberIds];
const briefsSeen = (state: CircleSession) => everyone.map((viewerId) => viewFor(state, viewerId).presenterBrief);

describe("the presenter's brief in the circle", () => {
  it.each([
    ['before the start', () => seatedCircle()],
    ['during the check-in', () => circleInPhase('check-in')],
    ['during the closing', () => circleInPhase('closing')],
  ])('cannot enter the circle %s', (_when, circle) => {
    const result = reduce(circle(), reveal, systemActor, Date.now());
    expect(result.ok).toBe(false);
  });

  it.each(['dilemma', 'clarifying-questions', 'curious-questions', 'break', 'reflections', 'response'])(
    'enters in the %s phase and everyone in the circle reads it',
    (phaseId) => {
      const state = accept(circleInPhase(phaseId), reveal, systemActor);
      expect(briefsSeen(state)).toEqual(everyone.map(() => ({ ...sampleBriefContent, presenterId })));
    },
  );

  it('is in views through the consultancy phases, out of them at the closing and gone at the end', () => {
    let state = accept(circleInPhase('dilemma'), reveal, systemActor);
    for (const phaseId of ['clarifying-questions', 'curious-questions', 'reflections', 'response']) {
      state = accept(state, { type: 'phase.goTo', phaseIndex: phaseIndexOf(state, phaseId) });
      expect(viewFor(state, secondMemberId).presenterBrief?.issue).toBe(sampleBriefContent.issue);
    }
    state = accept(state, { type: 'phase.goTo', phaseIndex: phaseIndexOf(state, 'closing') });
    expect(briefsSeen(state).every((brief) => brief === null)).toBe(true);
    state = accept(state, { type: 'session.end' });
    expect(state.presenterBrief).toBeNull();
  });

  it("is the presenter's only: a new presenter removes it", () => {
    const state = accept(accept(circleInPhase('dilemma'), reveal, systemActor), { type: 'presenter.set', participantId: secondMemberId });
    expect(state.presenterBrief).toBeNull();
    expect(briefsSeen(state).every((brief) => brief === null)).toBe(true);
    // The new presenter's brief may come in.
    expect(accept(state, reveal, systemActor).presenterBrief?.presenterId).toBe(secondMemberId);
  });

  it('refuses a replay, a participant sending it and malformed content, with no state change', () => {
    const shown = accept(circleInPhase('dilemma'), reveal, systemActor);
    expect(reduce(shown, reveal, systemActor, shown.clock + 1).ok).toBe(false);
    const fresh = circleInPhase('dilemma');
    for (const actor of [facilitator, actorFor(presenterId)]) expect(reduce(fresh, reveal, actor, fresh.clock + 1).ok).toBe(false);
    const malformed = [
      { ...reveal, brief: { ...sampleBriefContent, issue: 'x'.repeat(301) } },
      { ...reveal, brief: { ...sampleBriefContent, feelings: 'bell\u0007' } },
      { ...reveal, brief: { ...sampleBriefContent, presenterId: secondMemberId } },
      { ...reveal, brief: { issue: 'Only the issue' } },
    ];
    for (const command of malformed) expect(reduce(fresh, command as never, systemActor, fresh.clock + 1).ok).toBe(false);
  });

  it('a state saved before briefs existed shows none', () => {
    const { presenterBrief: _absent, ...old } = runningCircle();
    expect(viewFor(old as CircleSession, secondMemberId).presenterBrief).toBeNull();
  });

  it('property: no view carries a brief unless a consultancy phase is running with its presenter', () => {
    const phaseIds = ['check-in', 'dilemma', 'clarifying-questions', 'curious-questions', 'break', 'reflections', 'response', 'closing'];
    const shownIn = new Set(['dilemma', 'clarifying-questions', 'curious-questions', 'break', 'reflections', 'response']);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...phaseIds), fc.constant('reveal'), fc.constant('end')), { maxLength: 12 }), (steps) => {
        let state = runningCircle();
        for (const step of steps) {
          const command = step === 'reveal' ? reveal : step === 'end' ? { type: 'session.end' as const } : { type: 'phase.goTo' as const, phaseIndex: phaseIndexOf(state, step) };
          const result = reduce(state, command, step === 'reveal' ? systemActor : facilitator, state.clock + 1_000);
          if (result.ok) state = result.state;
          const phaseId = state.status === 'running' && state.currentPhaseIndex !== null ? state.agenda.phases[state.currentPhaseIndex]!.phaseId : null;
          if (phaseId === null || !shownIn.has(phaseId)) expect(briefsSeen(state).every((brief) => brief === null)).toBe(true);
        }
      }),
    );
  });
});
