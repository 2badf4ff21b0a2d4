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
  sampleUpdateCard,
  seatedCircle,
  secondMemberId,
  systemActor,
} from './test-fixtures';
import type { CircleCommandInput } from './commands';
import type { CircleSession } from './session-state';

const everyone = [facilitatorId, ...memberIds];
// Two members submitted; the others did not.
const load: CircleCommandInput = { type: 'updateCards.load', cards: [sampleUpdateCard(presenterId), sampleUpdateCard(secondMemberId)] };
const cardsSeen = (state: CircleSession) => everyone.map((viewerId) => viewFor(state, viewerId).floorUpdateCard);
const loadedCheckIn = () => accept(runningCircle(), load, systemActor);

describe('update cards in the check-in round', () => {
  it.each([
    ['before the start', () => seatedCircle()],
    ['during the dilemma', () => circleInPhase('dilemma')],
    ['during the closing', () => circleInPhase('closing')],
  ])('cannot enter the circle %s', (_when, circle) => {
    expect(reduce(circle(), load, systemActor, Date.now()).ok).toBe(false);
  });

  it.each([
    ['the facilitator', facilitator],
    ['a member', actorFor(presenterId)],
  ])('%s cannot load cards', (_who, actor) => {
    const state = runningCircle();
    expect(reduce(state, load, actor, state.clock + 1).ok).toBe(false);
  });

  it.each([
    ['a replay', () => loadedCheckIn(), load],
    ['two cards for one member', () => runningCircle(), { ...load, cards: [sampleUpdateCard(presenterId), sampleUpdateCard(presenterId)] }],
    ['a rating of 11', () => runningCircle(), { ...load, cards: [{ ...sampleUpdateCard(presenterId), areas: sampleUpdateCard(presenterId).areas.map((a) => ({ ...a, rating: 11 })) }] }],
    ['a control character', () => runningCircle(), { ...load, cards: [{ ...sampleUpdateCard(presenterId), topics: ['bell\u0007'] }] }],
    ['four topics', () => runningCircle(), { ...load, cards: [{ ...sampleUpdateCard(presenterId), topics: ['a', 'b', 'c', 'd'] }] }],
    ['an oversize line', () => runningCircle(), { ...load, cards: [{ ...sampleUpdateCard(presenterId), areas: sampleUpdateCard(presenterId).areas.map((a) => ({ ...a, line: 'x'.repeat(201) })) }] }],
    ['whether a topic might be presented', () => runningCircle(), { ...load, cards: [{ ...sampleUpdateCard(presenterId), mightPresent: [true] }] }],
  ])('refuses %s with no state change', (_what, circle, command) => {
    const state = circle();
    const result = reduce(state, command as never, systemActor, state.clock + 1);
    expect(result.ok).toBe(false);
  });

  it("shows each member's card to everyone during their turn only", () => {
    let state = loadedCheckIn();
    const order = state.round!.order;
    for (const speakerId of order) {
      expect(state.floor.holderId).toBe(speakerId);
      const expected = speakerId === presenterId || speakerId === secondMemberId ? sampleUpdateCard(speakerId) : null;
      expect(cardsSeen(state)).toEqual(everyone.map(() => expected));
      state = accept(state, { type: 'round.advance' });
    }
    expect(cardsSeen(state).every((card) => card === null)).toBe(true);
  });

  it('shows no card while the circle is paused (nobody holds the floor)', () => {
    const state = accept(loadedCheckIn(), { type: 'pause.call' });
    expect(cardsSeen(state).every((card) => card === null)).toBe(true);
  });

  it('deletes the cards when the check-in is left, and at the end', () => {
    const left = accept(loadedCheckIn(), { type: 'phase.next' });
    expect(left.updateCards).toBeNull();
    const ended = accept(loadedCheckIn(), { type: 'session.end' });
    expect(ended.updateCards).toBeNull();
    // Back in the check-in, they can be loaded again.
    const back = accept(left, { type: 'phase.goTo', phaseIndex: phaseIndexOf(left, 'check-in') });
    expect(accept(back, load, systemActor).updateCards).not.toBeNull();
  });

  it('a state saved before cards existed shows none', () => {
    const { updateCards: _absent, ...old } = runningCircle();
    expect(viewFor(old as CircleSession, presenterId).floorUpdateCard).toBeNull();
  });

  it('property: no view ever carries the card of a member who does not hold the floor in a check-in round', () => {
    const phaseIds = ['check-in', 'dilemma', 'closing'];
    const step = fc.oneof(
      fc.constantFrom(...phaseIds).map((phaseId) => ({ kind: 'phase' as const, phaseId })),
      fc.constantFrom(...memberIds).map((participantId) => ({ kind: 'give' as const, participantId })),
      fc.constantFrom('load', 'advance', 'clear', 'pass', 'done', 'end').map((kind) => ({ kind })),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 16 }), (steps) => {
        let state = runningCircle();
        for (const s of steps) {
          const [command, actor]: [CircleCommandInput, typeof facilitator] =
            s.kind === 'phase' ? [{ type: 'phase.goTo' as const, phaseIndex: phaseIndexOf(state, s.phaseId) }, facilitator]
            : s.kind === 'give' ? [{ type: 'floor.give' as const, participantId: s.participantId }, facilitator]
            : s.kind === 'load' ? [load, systemActor]
            : s.kind === 'advance' ? [{ type: 'round.advance' as const }, facilitator]
            : s.kind === 'clear' ? [{ type: 'floor.clear' as const }, facilitator]
            : s.kind === 'pass' ? [{ type: 'turn.pass' as const }, actorFor(state.floor.holderId ?? presenterId)]
            : s.kind === 'done' ? [{ type: 'turn.done' as const }, actorFor(state.floor.holderId ?? presenterId)]
            : [{ type: 'session.end' as const }, facilitator];
          const result = reduce(state, command, actor, state.clock + 1_000);
          if (result.ok) state = result.state;
          const phase = state.currentPhaseIndex === null ? null : state.agenda.phases[state.currentPhaseIndex];
          const inCheckIn = state.status === 'running' && phase?.kind === 'check-in';
          if (!inCheckIn) expect(state.updateCards ?? null).toBeNull();
          for (const card of cardsSeen(state)) {
            if (card === null) continue;
            expect(inCheckIn && phase?.floorRule === 'round').toBe(true);
            expect(card.participantId).toBe(state.floor.holderId);
            // Never what the member might present, nor urgency: the card has only these keys.
            expect(Object.keys(card).sort()).toEqual(['areas', 'participantId', 'topics']);
          }
        }
      }),
    );
  });
});
