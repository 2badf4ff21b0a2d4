import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audibleParticipantIds } from './audible';
import { commandAuthority, type CircleCommandInput, type CircleCommandType } from './commands';
import { reduce, type Actor } from './reduce';
import { holdsRole } from './forum-roles';
import { floorMsAt } from './ledger';
import { remainingMs } from './timers';
import { roleDelegations } from './role-authority';
import type { CircleSession } from './session-state';
import {
  accept,
  circleInPhase,
  actorFor,
  facilitator,
  facilitatorId,
  memberIds,
  runningCircle,
  systemActor,
} from './test-fixtures';
import { viewFor } from './view-for';
import {
  knownIds,
  anyId,
  questionId,
  questionText,
  noteTexts,
  actorArbitrary,
  stepArbitrary,
  type Step,
  actorForStep,
  initialState,
  withRoles,
  deepFreeze,
} from './properties/command-sequences';
import { checkMemberCommand, checkFloor, checkRolePrivacy, checkSilence } from './properties/invariant-checks';

/** The forum protocols' rules (roles, the clearness committee's silence, the pause, who reads what) over random sequences. */
describe('forum protocols over random command sequences', () => {
  it('refuse every role command from a member not holding the role, changing nothing', () => {
    const delegated = Object.entries(roleDelegations).map(([type, delegation]) => ({ type: type as CircleCommandType, role: delegation.role }));
    const roleCommands: Partial<Record<CircleCommandType, CircleCommandInput>> = {
      'timeSignal.send': { type: 'timeSignal.send', kind: 'wrap-up' },
      'timer.extend': { type: 'timer.extend', timer: 'speaker', ms: 60_000 },
      'nudge.send': { type: 'nudge.send', kind: 'sounded-like-advice' },
      'scribeNote.add': { type: 'scribeNote.add', text: 'A note' },
      'scribeNote.remove': { type: 'scribeNote.remove', noteId: 'note-1' },
    };
    const example = (type: CircleCommandType): CircleCommandInput => roleCommands[type] ?? ({ type, timer: 'speaker' } as CircleCommandInput);
    fc.assert(
      fc.property(fc.constantFrom(...delegated), fc.constantFrom(...memberIds), fc.constantFrom(...memberIds, null), ({ type, role }, actorId, holderId) => {
        fc.pre(actorId !== holderId);
        let state = accept(circleInPhase('clarifying-questions'), { type: 'floor.give', participantId: memberIds[3] });
        state = deepFreeze(accept(state, { type: 'roles.assign', role, participantId: holderId }));
        const snapshot = structuredClone(state);
        const result = reduce(state, example(type), actorFor(actorId), state.clock + 1_000);
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        expect(state).toEqual(snapshot);
      }),
      { numRuns: 300 },
    );
  });

  it('keep the silence between questions in the clearness committee, however the circle moves', () => {
    const presenter = memberIds[0];
    const pacedStep = fc.record({
      command: fc.oneof(
        { weight: 3, arbitrary: fc.record({ type: fc.constant('floor.give'), participantId: fc.constantFrom(presenter, ...memberIds, facilitatorId) }) },
        { weight: 2, arbitrary: fc.constantFrom<CircleCommandInput>({ type: 'floor.giveNextInQueue' }, { type: 'floor.clear' }, { type: 'turn.done' }, { type: 'hand.raise' }) },
        { weight: 2, arbitrary: fc.record({ type: fc.constant('question.submit'), text: questionText, anonymous: fc.boolean() }) },
        { weight: 3, arbitrary: fc.record({ type: fc.constantFrom('questions.release', 'questions.markAnswered', 'questions.pin'), questionId }) },
        { weight: 3, arbitrary: fc.record({ type: fc.constant('question.pass'), questionId: fc.option(questionId, { nil: undefined }) }) },
        fc.constantFrom<CircleCommandInput>({ type: 'phase.next' }, { type: 'phase.goTo', phaseIndex: 2 }, { type: 'phase.goTo', phaseIndex: 1 }),
        fc.record({ type: fc.constant('participant.presence'), participantId: anyId, presence: fc.constantFrom('present', 'away') }),
      ),
      // Mostly the one the command is for (the presenter answers and passes); sometimes anyone at all.
      actor: fc.oneof(fc.constant('fitting' as const), actorArbitrary),
      memberId: fc.constantFrom(...memberIds),
      delayMs: fc.oneof(fc.integer({ min: -2_000, max: 35_000 }), fc.constantFrom(29_999, 30_000, 30_001)),
    });
    let opened = 0;
    let heldBack = 0;
    fc.assert(
      fc.property(fc.array(pacedStep, { maxLength: 50, size: 'max' }), (steps) => {
        let state = deepFreeze(accept(runningCircle('clearness-committee'), { type: 'phase.goTo', phaseIndex: 2 }));
        for (const step of steps) {
          const type = (step.command as { type: CircleCommandType }).type;
          const authority = commandAuthority(type);
          const fitting: Actor =
            authority === 'system' ? systemActor : authority === 'facilitator' ? facilitator : actorFor(type === 'question.pass' || type === 'turn.done' ? presenter : step.memberId);
          const actor = step.actor === 'fitting' ? fitting : step.actor;
          const now = state.clock + step.delayMs;
          const result = reduce(state, step.command, actor, now);
          if (!result.ok) {
            if (result.error.code === 'silence_gap') heldBack += 1;
            continue;
          }
          const next = deepFreeze(result.state);
          if (actor.kind === 'participant' && state.participants[actor.participantId]?.role === 'member') checkMemberCommand(state, next, actor.participantId);
          checkFloor(next);
          checkSilence(state, next, step.command, now);
          if (next.silenceGap && next.silenceGap !== state.silenceGap) opened += 1;
          state = next;
        }
      }),
      { numRuns: 300 },
    );
    // The sequences reach the silence often enough for the checks to mean something.
    expect(opened).toBeGreaterThan(50);
    expect(heldBack).toBeGreaterThan(20);
  });

  it('give back after a pause exactly the turn, round position and time left it interrupted, whatever came in between', () => {
    const guardianId = memberIds[1];
    fc.assert(
      fc.property(
        initialState,
        fc.array(stepArbitrary, { maxLength: 30 }),
        fc.array(stepArbitrary, { maxLength: 30 }),
        fc.integer({ min: 0, max: 3_600_000 }),
        (makeState, before, during, pauseMs) => {
          const walk = (start: CircleSession, steps: Step[]) =>
            steps.reduce((state, step) => {
              const result = reduce(state, step.command, actorForStep(state, step), state.clock + Math.max(0, step.delayMs));
              return result.ok ? deepFreeze(result.state) : state;
            }, start);
          let state = walk(deepFreeze(withRoles(makeState())), before);
          fc.pre(state.status === 'running' && state.pause === null && holdsRole(state, guardianId, 'guardian'));
          const calledAt = state.clock + 1_000;
          const beforeCall = state;
          const paused = reduce(state, { type: 'pause.call' }, actorFor(guardianId), calledAt);
          if (!paused.ok) throw paused.error;
          state = walk(paused.state, during.filter((step) => !['pause.resume', 'session.end'].includes((step.command as { type?: string } | null)?.type ?? '')));
          expect(state.pause).not.toBeNull();
          expect(audibleParticipantIds(state)).toEqual(new Set());
          const resumedAt = Math.max(state.clock, calledAt + pauseMs);
          // The facilitator may have handed the role over in the meantime: whoever facilitates now resumes.
          const resumer = Object.values(state.participants).find((participant) => participant.role === 'facilitator');
          const resumed = reduce(state, { type: 'pause.resume' }, actorFor(resumer?.participantId ?? facilitatorId), resumedAt);
          if (!resumed.ok) throw resumed.error;
          const original = paused.state.pause!;
          const { floor, round, currentPhaseIndex, phaseTimer, speakerTimer } = resumed.state;
          expect(floor.holderId).toBe(original.floor.holderId);
          expect(floorMsAt(resumed.state, floor.holderId ?? '', resumedAt)).toBe(floorMsAt(beforeCall, original.floor.holderId ?? '', calledAt));
          expect(round?.position).toBe(paused.state.round?.position);
          expect(currentPhaseIndex).toBe(paused.state.currentPhaseIndex);
          expect(remainingMs(phaseTimer, resumedAt)).toBe(remainingMs(paused.state.phaseTimer, calledAt));
          expect(remainingMs(speakerTimer, resumedAt)).toBe(remainingMs(paused.state.speakerTimer, calledAt));
          expect([phaseTimer.runningSince !== null, speakerTimer.runningSince !== null]).toEqual([original.phaseTimerRunning, original.speakerTimerRunning]);
          expect(resumed.state.pauses.at(-1)).toEqual({ startedAt: calledAt, endedAt: resumedAt });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keep notes, nudges and Gestalt flags with their readers, whoever holds the roles', () => {
    const [presenter, author, observer, scribe] = memberIds;
    let start = accept(circleInPhase('curious-questions'), { type: 'roles.assign', role: 'process-observer', participantId: observer });
    start = accept(start, { type: 'roles.assign', role: 'scribe', participantId: scribe });
    start = accept(start, { type: 'question.submit', text: 'You should just delegate.', anonymous: true }, actorFor(author));
    start = accept(start, { type: 'question.submit', text: 'Have you considered hiring?', anonymous: false }, actorFor(scribe));
    start = accept(start, { type: 'floor.give', participantId: author });
    start = accept(start, { type: 'nudge.send', kind: 'sounded-like-advice' }, actorFor(observer));
    for (const text of noteTexts) start = accept(start, { type: 'scribeNote.add', text }, actorFor(scribe));
    start = deepFreeze(start);
    expect(start.questions.every((q) => q.adviceFlag?.looksLikeAdvice)).toBe(true);
    expect([start.nudge?.toId, start.scribeNotes.length, start.presenterId]).toEqual([author, noteTexts.length, presenter]);

    const reshuffle = fc.oneof(
      fc.record({ type: fc.constant('roles.assign'), role: fc.constantFrom('process-observer', 'scribe'), participantId: fc.option(fc.constantFrom(...memberIds), { nil: null }) }),
      fc.record({ type: fc.constant('floor.give'), participantId: fc.constantFrom(...memberIds) }),
      fc.record({ type: fc.constant('role.handOver'), participantId: fc.constantFrom(...memberIds) }),
      fc.record({ type: fc.constant('presenter.set'), participantId: fc.option(fc.constantFrom(...memberIds), { nil: null }) }),
      fc.record({ type: fc.constant('participant.presence'), participantId: fc.constantFrom(...memberIds), presence: fc.constantFrom('present', 'left') }),
    ) as fc.Arbitrary<CircleCommandInput>;
    fc.assert(
      fc.property(fc.array(reshuffle, { maxLength: 8 }), (commands) => {
        let state = start;
        for (const command of commands) {
          // Facilitator commands from whoever facilitates now (a hand-over moves the role).
          const facilitatorNow = Object.values(state.participants).find((p) => p.role === 'facilitator')!.participantId;
          const actor = command.type === 'participant.presence' ? systemActor : actorFor(facilitatorNow);
          const result = reduce(state, command, actor, state.clock + 1_000);
          if (result.ok) state = deepFreeze(result.state);
          for (const viewerId of [...knownIds, 'stranger']) {
            const isFacilitator = state.participants[viewerId]?.role === 'facilitator';
            checkRolePrivacy(state, viewFor(state, viewerId), viewerId, isFacilitator);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
