import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../errors';
import { audibleParticipantIds } from './audible';
import type { CircleCommandInput } from './commands';
import { reduce, type Actor } from './reduce';
import { currentSpeakerId, nextSpeakerId } from './round';
import type { CouncilRound } from './session-state';
import { actorFor, facilitator, facilitatorId, memberIds, runningCircle, seatedCircle, systemActor } from './test-fixtures';
import { actorArbitrary, stepArbitrary, actorForStep, initialState, deepFreeze } from './properties/command-sequences';
import {
  checkMemberCommand,
  checkFloor,
  checkCompletedRound,
  checkSpokenLog,
  checkViews,
  checkNudgesAndNotes,
  checkFacilitatorVoice,
  checkPause,
  checkPerPhaseDisplay,
  checkHands,
  checkSilence,
} from './properties/invariant-checks';

/**
 * Random command sequences from random actors, valid and invalid, against the invariants the server
 * relies on. Every state is deep-frozen, so a mutation anywhere in the reducer throws.
 */
describe('circle invariants over random command sequences', () => {
  it('start with the facilitator audible', () => {
    for (const makeState of [seatedCircle, runningCircle]) {
      const state = makeState();
      const audible = audibleParticipantIds(state);
      expect(state.facilitatorMaySpeak).toBe(true);
      expect(audible === 'everyone' || audible.has(facilitatorId)).toBe(true);
    }
  });

  it('hold after every accepted or rejected command', () => {
    fc.assert(
      fc.property(initialState, fc.array(stepArbitrary, { maxLength: 60, size: 'max' }), (makeState, steps) => {
        let state = deepFreeze(makeState());
        for (const step of steps) {
          const { command, delayMs } = step;
          const actor = actorForStep(state, step);
          const snapshot = structuredClone(state);
          const now = state.clock + delayMs;
          const result = reduce(state, command, actor, now);
          if (!result.ok) {
            expect(errorCodes).toContain(result.error.code);
            expect(result.error.code).not.toBe('internal');
            expect(result.error.message.length).toBeGreaterThan(0);
            expect(state).toEqual(snapshot);
            continue;
          }
          const next = deepFreeze(result.state);
          expect(next.version).toBe(state.version + 1);
          expect(next.clock).toBe(Math.max(state.clock, now));
          const actorRole = actor.kind === 'participant' ? state.participants[actor.participantId]?.role : undefined;
          if (actor.kind === 'participant' && actorRole === 'member') checkMemberCommand(state, next, actor.participantId);
          checkSpokenLog(state, next);
          checkFloor(next);
          checkHands(state, next, command, actor);
          checkFacilitatorVoice(state, next, command);
          checkPerPhaseDisplay(state, next, command);
          checkSilence(state, next, command, now);
          checkPause(state, next);
          checkNudgesAndNotes(state, next);
          if (next.round?.status === 'complete') checkCompletedRound(next.round);
          checkViews(next);
          state = next;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        actorArbitrary,
        fc.oneof(fc.integer(), fc.double()),
        (command, actor, now) => {
          const state = deepFreeze(runningCircle());
          const result = reduce(state, command as CircleCommandInput, actor as Actor, now);
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('complete every round fairly, however speakers pass, drop out and return', () => {
    const roundStep = fc.oneof(
      fc.record({ kind: fc.constant('done' as const), who: fc.constantFrom(...memberIds) }),
      fc.record({ kind: fc.constant('pass' as const), who: fc.constantFrom(...memberIds) }),
      fc.record({ kind: fc.constantFrom('advance' as const, 'passFor' as const) }),
      fc.record({ kind: fc.constant('presence' as const), who: fc.constantFrom(...memberIds), presence: fc.constantFrom('present', 'away', 'left') }),
      fc.record({ kind: fc.constant('setOrder' as const), order: fc.shuffledSubarray([...memberIds, facilitatorId]) }),
    );
    fc.assert(
      fc.property(fc.array(roundStep, { maxLength: 40, size: 'max' }), (steps) => {
        let state = deepFreeze(runningCircle());
        const apply = (command: CircleCommandInput, actor: Actor) => {
          const result = reduce(state, command, actor, state.clock + 1_000);
          if (result.ok) {
            checkSpokenLog(state, result.state);
            state = deepFreeze(result.state);
            checkFloor(state);
          }
        };
        for (const step of steps) {
          // The speaker everyone is shown as next is the one who gets the floor when a turn ends by speaking.
          const shownNext = nextSpeakerId(state.round, state.participants);
          const spokeBy = step.kind === 'advance' || (step.kind === 'done' && step.who === currentSpeakerId(state.round));
          if (spokeBy && state.round?.status === 'active') {
            apply(step.kind === 'done' ? { type: 'turn.done' } : { type: 'round.advance' }, step.kind === 'done' ? actorFor(step.who) : facilitator);
            expect(state.floor.holderId).toBe(shownNext);
            continue;
          }
          if (step.kind === 'done') apply({ type: 'turn.done' }, actorFor(step.who));
          if (step.kind === 'pass') apply({ type: 'turn.pass' }, actorFor(step.who));
          if (step.kind === 'advance') apply({ type: 'round.advance' }, facilitator);
          if (step.kind === 'passFor') apply({ type: 'round.passFor' }, facilitator);
          if (step.kind === 'presence') apply({ type: 'participant.presence', participantId: step.who, presence: step.presence }, systemActor);
          if (step.kind === 'setOrder') apply({ type: 'round.setOrder', order: step.order }, facilitator);
        }
        for (let guard = 0; state.round?.status === 'active' && guard < 40; guard += 1) apply({ type: 'round.advance' }, facilitator);
        expect(state.round?.status).toBe('complete');
        expect(state.floor.holderId).toBeNull();
        checkCompletedRound(state.round as CouncilRound);
      }),
      { numRuns: 400 },
    );
  });
});
