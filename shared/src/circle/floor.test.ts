import { describe, expect, it } from 'vitest';
import type { CircleCommandInput } from './commands';
import { handQueueOrder } from './hand-queue';
import { reduce, type Actor } from './reduce';
import type { CircleSession } from './session-state';
import {
  accept,
  actorFor,
  circleInPhase,
  facilitator,
  facilitatorId,
  fourthMemberId as ed,
  presenterId as bo,
  seatedCircle,
  secondMemberId as cy,
  systemActor,
  thirdMemberId as di,
} from './test-fixtures';

function rejectionCode(state: CircleSession, command: CircleCommandInput, actor: Actor = facilitator) {
  const result = reduce(state, command, actor, state.clock + 1_000);
  return result.ok ? 'accepted' : result.error.code;
}

function raise(state: CircleSession, ...participantIds: string[]): CircleSession {
  return participantIds.reduce((current, id) => accept(current, { type: 'hand.raise' }, actorFor(id)), state);
}

const queueIds = (state: CircleSession) => handQueueOrder(state).map((hand) => hand.participantId);

describe('floor in a queue phase', () => {
  it('gives the floor, counts the turn and lowers the speaker\'s hand', () => {
    let state = raise(circleInPhase('clarifying-questions'), cy, di);
    state = accept(state, { type: 'floor.give', participantId: di });
    expect(state.floor).toEqual({ holderId: di, since: state.clock });
    expect(state.ledger[di]?.turns).toBe(1);
    expect(queueIds(state)).toEqual([cy]);
  });

  it('credits floor time to the previous holder on every change', () => {
    let state = circleInPhase('clarifying-questions');
    state = accept(state, { type: 'floor.give', participantId: cy }, facilitator, state.clock + 1_000);
    state = accept(state, { type: 'floor.give', participantId: di }, facilitator, state.clock + 45_000);
    state = accept(state, { type: 'floor.clear' }, facilitator, state.clock + 15_000);
    expect(state.ledger[cy]?.floorMs).toBe(45_000);
    expect(state.ledger[di]?.floorMs).toBe(15_000);
    expect(state.floor).toEqual({ holderId: null, since: null });
  });

  it('ends the turn when the holder says they are done', () => {
    let state = accept(circleInPhase('clarifying-questions'), { type: 'floor.give', participantId: cy });
    state = accept(state, { type: 'turn.done' }, actorFor(cy), state.clock + 20_000);
    expect(state.floor.holderId).toBeNull();
    expect(state.ledger[cy]?.floorMs).toBe(20_000);
  });

  it('gives the presenter the floor on entering a phase where they hold it', () => {
    const state = circleInPhase('dilemma');
    expect(state.floor.holderId).toBe(bo);
  });

  it('gives nobody the floor when the presenter is not here', () => {
    let state = circleInPhase('clarifying-questions');
    state = accept(state, { type: 'participant.presence', participantId: bo, presence: 'away' }, systemActor);
    state = accept(state, { type: 'phase.goTo', phaseIndex: 1 });
    expect(state.floor.holderId).toBeNull();
  });

  it('restarts the speaker timer only when the phase has a time per turn', () => {
    let state = circleInPhase('clarifying-questions');
    state = accept(state, {
      type: 'agenda.updatePhases',
      phases: state.agenda.phases.map((phase) => (phase.phaseId === 'clarifying-questions' ? { ...phase, speakerMs: 60_000 } : phase)),
    });
    const timed = accept(state, { type: 'floor.give', participantId: cy });
    expect(timed.speakerTimer).toMatchObject({ durationMs: 60_000, runningSince: timed.clock, accumulatedMs: 0 });
    const untimed = accept(circleInPhase('clarifying-questions'), { type: 'floor.give', participantId: cy });
    expect(untimed.speakerTimer).toMatchObject({ durationMs: 0, runningSince: null });
  });

  it.each<[string, CircleCommandInput, (state: CircleSession) => CircleSession, string]>([
    ['an unknown participant', { type: 'floor.give', participantId: 'mem-nobody' }, (s) => s, 'not_found'],
    ['someone away', { type: 'floor.give', participantId: cy }, (s) => accept(s, { type: 'participant.presence', participantId: cy, presence: 'away' }, systemActor), 'conflict'],
    ['the current holder', { type: 'floor.give', participantId: cy }, (s) => accept(s, { type: 'floor.give', participantId: cy }), 'conflict'],
    ['nobody, when no hand is raised', { type: 'floor.giveNextInQueue' }, (s) => s, 'conflict'],
    ['a clear with nobody holding it', { type: 'floor.clear' }, (s) => s, 'conflict'],
  ])('refuses the floor to %s', (_label, command, arrange, code) => {
    expect(rejectionCode(arrange(circleInPhase('clarifying-questions')), command)).toBe(code);
  });

  it.each(['break', 'silence'])('has no floor to give in a %s phase', (phaseId) => {
    const state = phaseId === 'silence' ? circleInPhase('silence', 'council') : circleInPhase(phaseId);
    expect(rejectionCode(state, { type: 'floor.give', participantId: cy })).toBe('wrong_phase');
    expect(rejectionCode(state, { type: 'floor.giveNextInQueue' })).toBe('wrong_phase');
    expect(rejectionCode(state, { type: 'floor.clear' })).toBe('wrong_phase');
  });

  it('is cleared, with hands and round, on leaving the phase', () => {
    let state = raise(circleInPhase('clarifying-questions'), cy, di);
    state = accept(state, { type: 'floor.give', participantId: ed }, facilitator, state.clock + 1_000);
    state = accept(state, { type: 'phase.next' }, facilitator, state.clock + 30_000);
    expect(state.floor.holderId).toBeNull();
    expect(state.handQueue.raised).toEqual([]);
    expect(state.ledger[ed]?.floorMs).toBe(30_000);
  });
});

describe('hand queue', () => {
  it('raises and lowers the actor\'s own hand', () => {
    let state = raise(circleInPhase('clarifying-questions'), cy);
    expect(state.handQueue.raised).toEqual([{ participantId: cy, raisedAt: state.clock, handType: 'clarifying' }]);
    state = accept(state, { type: 'hand.lower' }, actorFor(cy));
    expect(state.handQueue.raised).toEqual([]);
  });

  it.each<[string, (state: CircleSession) => CircleSession, CircleCommandInput, string]>([
    ['raising twice', (s) => raise(s, cy), { type: 'hand.raise' }, 'conflict'],
    ['lowering a hand that is not raised', (s) => s, { type: 'hand.lower' }, 'conflict'],
    ['raising while holding the floor', (s) => accept(s, { type: 'floor.give', participantId: cy }), { type: 'hand.raise' }, 'conflict'],
  ])('refuses %s', (_label, arrange, command, code) => {
    expect(rejectionCode(arrange(circleInPhase('clarifying-questions')), command, actorFor(cy))).toBe(code);
  });

  it.each(['dilemma', 'response'])('refuses a hand while the presenter holds the floor (%s)', (phaseId) => {
    const state = circleInPhase(phaseId);
    expect(state.floor.holderId).toBe(bo);
    expect(rejectionCode(state, { type: 'hand.raise' }, actorFor(cy))).toBe('wrong_phase');
  });

  it('lowers the hand of someone who leaves', () => {
    let state = raise(circleInPhase('clarifying-questions'), cy, di);
    state = accept(state, { type: 'participant.presence', participantId: cy, presence: 'left' }, systemActor);
    expect(queueIds(state)).toEqual([di]);
  });

  it('lets a facilitator raise a hand too', () => {
    expect(queueIds(raise(circleInPhase('clarifying-questions'), facilitatorId))).toEqual([facilitatorId]);
  });

  describe('policies', () => {
    /** cy has spoken 60 s, di 10 s, ed not at all; they raise hands in the order cy, di, ed. */
    function heardUnevenly(): CircleSession {
      let state = circleInPhase('clarifying-questions');
      state = accept(state, { type: 'floor.give', participantId: cy }, facilitator, state.clock + 1_000);
      state = accept(state, { type: 'floor.give', participantId: di }, facilitator, state.clock + 60_000);
      state = accept(state, { type: 'floor.clear' }, facilitator, state.clock + 10_000);
      for (const id of [cy, di, ed]) state = accept(state, { type: 'hand.raise' }, actorFor(id), state.clock + 1_000);
      return state;
    }

    it.each<['first-come' | 'least-heard-first', string[]]>([
      ['first-come', [cy, di, ed]],
      ['least-heard-first', [ed, di, cy]],
    ])('%s calls %j', (policy, expected) => {
      const state = accept(heardUnevenly(), { type: 'queue.setPolicy', policy });
      expect(queueIds(state)).toEqual(expected);
      const next = accept(state, { type: 'floor.giveNextInQueue' });
      expect(next.floor.holderId).toBe(expected[0]);
      expect(queueIds(next)).toEqual(expected.slice(1));
    });

    it('breaks least-heard ties by who raised first', () => {
      let state = accept(circleInPhase('clarifying-questions'), { type: 'queue.setPolicy', policy: 'least-heard-first' });
      state = raise(state, ed, cy, di);
      expect(queueIds(state)).toEqual([ed, cy, di]);
    });

    it('skips raised hands of people who are away when calling the next', () => {
      let state = raise(circleInPhase('clarifying-questions'), cy, di);
      state = accept(state, { type: 'participant.presence', participantId: cy, presence: 'away' }, systemActor);
      state = accept(state, { type: 'floor.giveNextInQueue' });
      expect(state.floor.holderId).toBe(di);
      expect(queueIds(state)).toEqual([cy]);
    });
  });
});

describe('facilitatorMaySpeak', () => {
  it('is on from the start, and a facilitator switches it off and on again', () => {
    expect(seatedCircle().facilitatorMaySpeak).toBe(true);
    const state = accept(circleInPhase('clarifying-questions'), { type: 'facilitatorMaySpeak.set', enabled: false });
    expect(state.facilitatorMaySpeak).toBe(false);
    expect(accept(state, { type: 'facilitatorMaySpeak.set', enabled: true }).facilitatorMaySpeak).toBe(true);
  });
});
