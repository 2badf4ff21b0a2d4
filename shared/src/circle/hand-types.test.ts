import { describe, expect, it } from 'vitest';
import type { CircleCommandInput } from './commands';
import { handQueueOrder, waitingHands } from './hand-queue';
import { admitsHand, defaultHandType } from './hand-types';
import { reduce } from './reduce';
import type { AgendaPhase, CircleSession, HandType, RaisedHand } from './session-state';
import {
  accept,
  actorFor,
  circleInPhase,
  facilitatorId,
  fourthMemberId as ed,
  phaseIndexOf,
  secondMemberId as cy,
  thirdMemberId as di,
} from './test-fixtures';
import { formatTemplates } from './templates';
import { viewFor } from './view-for';

const raise = (state: CircleSession, participantId: string, handType?: HandType) =>
  accept(state, handType ? { type: 'hand.raise', handType } : { type: 'hand.raise' }, actorFor(participantId));
const ids = (hands: { participantId: string }[]) => hands.map((hand) => hand.participantId);
const goTo = (state: CircleSession, phaseId: string) => accept(state, { type: 'phase.goTo', phaseIndex: phaseIndexOf(state, phaseId) });

describe('hand types admitted by the template phases', () => {
  const phaseOf = (templateId: string, phaseId: string) =>
    formatTemplates.find((template) => template.templateId === templateId)?.phases.find((phase) => phase.phaseId === phaseId) ?? null;

  it.each<[string, string, HandType[]]>([
    ['consultancy', 'check-in', ['process']],
    ['consultancy', 'dilemma', ['process']],
    ['consultancy', 'clarifying-questions', ['clarifying', 'process']],
    ['consultancy', 'curious-questions', ['clarifying', 'process']],
    ['consultancy', 'break', []],
    ['consultancy', 'reflections', ['experience', 'reply', 'process']],
    ['consultancy', 'response', ['reply', 'process']],
    ['consultancy', 'closing', ['experience', 'reply', 'process']],
    ['council', 'council-1', ['experience', 'process']],
    ['council', 'silence', []],
    ['structured-inquiry', 'situation', ['process']],
    ['structured-inquiry', 'curious-questions', ['clarifying', 'process']],
    ['structured-inquiry', 'dialogue', ['clarifying', 'experience', 'reply', 'process']],
    ['peer-consultancy', 'challenge', ['process']],
    ['peer-consultancy', 'curious-questions', ['clarifying', 'process']],
    ['peer-consultancy', 'reflections', ['experience', 'reply', 'process']],
  ])('%s / %s admits %j', (templateId, phaseId, admitted) => {
    const phase = phaseOf(templateId, phaseId);
    expect(phase?.admittedHandTypes).toEqual(admitted);
    for (const handType of ['clarifying', 'experience', 'reply', 'process'] as const) {
      expect(admitsHand(phase, { participantId: cy, raisedAt: 0, handType })).toBe(admitted.includes(handType));
    }
    expect(defaultHandType(phase)).toBe(admitted[0] ?? 'process');
  });
});

describe('raising a typed hand', () => {
  it.each<[string, HandType | undefined, HandType, 'queue' | 'waiting']>([
    ['a clarifying question in the clarifying phase', 'clarifying', 'clarifying', 'queue'],
    ['a process point in the clarifying phase', 'process', 'process', 'queue'],
    ['an experience share in the clarifying phase', 'experience', 'experience', 'waiting'],
    ['a reply in the clarifying phase', 'reply', 'reply', 'waiting'],
    ['no type: the phase\'s first admitted type', undefined, 'clarifying', 'queue'],
  ])('%s', (_name, requested, stored, where) => {
    const state = raise(circleInPhase('clarifying-questions'), cy, requested);
    expect(state.handQueue.raised).toEqual([{ participantId: cy, raisedAt: state.clock, handType: stored }]);
    expect(ids(handQueueOrder(state))).toEqual(where === 'queue' ? [cy] : []);
    expect(ids(waitingHands(state))).toEqual(where === 'waiting' ? [cy] : []);
  });

  it.each<[string, unknown]>([
    ['an unknown type', 'rant'],
    ['a label instead of the id', 'clarifying question'],
    ['a number', 3],
    ['null', null],
    ['a list', ['clarifying']],
  ])('refuses %s as invalid_payload', (_name, handType) => {
    const result = reduce(circleInPhase('clarifying-questions'), { type: 'hand.raise', handType } as CircleCommandInput, actorFor(cy), 1);
    expect(result.ok ? 'accepted' : result.error.code).toBe('invalid_payload');
  });

  it('refuses a second hand while one waits', () => {
    const state = raise(circleInPhase('clarifying-questions'), cy, 'experience');
    const result = reduce(state, { type: 'hand.raise', handType: 'clarifying' }, actorFor(cy), state.clock + 1);
    expect(result.ok ? 'accepted' : result.error.code).toBe('conflict');
  });
});

describe('the callable queue holds only admitted hands', () => {
  function mixedQueue(): CircleSession {
    let state = circleInPhase('clarifying-questions');
    state = accept(state, { type: 'queue.setPolicy', policy: 'least-heard-first' });
    state = raise(state, di, 'clarifying');
    state = accept(state, { type: 'floor.giveNextInQueue' }, actorFor(facilitatorId), state.clock + 1_000);
    state = accept(state, { type: 'floor.clear' }, actorFor(facilitatorId), state.clock + 60_000);
    state = raise(state, di, 'clarifying');
    state = raise(state, ed, 'experience');
    return raise(state, cy, 'process');
  }

  it('calls least heard first among the admitted hands, skipping waiting ones', () => {
    let state = mixedQueue();
    expect(ids(handQueueOrder(state))).toEqual([cy, di]);
    state = accept(state, { type: 'floor.giveNextInQueue' });
    expect(state.floor.holderId).toBe(cy);
    state = accept(state, { type: 'floor.giveNextInQueue' });
    expect(state.floor.holderId).toBe(di);
    const result = reduce(state, { type: 'floor.giveNextInQueue' }, actorFor(facilitatorId), state.clock + 1_000);
    expect(result.ok ? 'accepted' : result.error.code).toBe('conflict');
    expect(ids(waitingHands(state))).toEqual([ed]);
  });

  it('keeps a waiting hand when its owner is given the floor by name', () => {
    const state = accept(mixedQueue(), { type: 'floor.give', participantId: ed });
    expect(ids(waitingHands(state))).toEqual([ed]);
  });

  it('admits waiting hands at once when the facilitator edits the current phase to take their type', () => {
    const state = mixedQueue();
    const phases = state.agenda.phases.map((phase) =>
      phase.phaseId === 'clarifying-questions' ? { ...phase, admittedHandTypes: ['clarifying' as const, 'experience' as const] } : phase,
    );
    const edited = accept(state, { type: 'agenda.updatePhases', phases });
    expect(ids(handQueueOrder(edited))).toEqual([ed, di]);
    expect(ids(waitingHands(edited))).toEqual([cy]);
  });
});

describe('waiting hands across phases', () => {
  function clarifyingWithWaitingHands(): CircleSession {
    let state = circleInPhase('clarifying-questions');
    state = raise(state, ed, 'reply');
    state = raise(state, cy, 'clarifying');
    state = raise(state, di, 'experience');
    return state;
  }

  it.each<[string, string[], string[], string[]]>([
    // Phases passed through, the callable queue at the end, the hands still waiting (first come).
    // The reflections round opens with mem-cy's turn, so raising order shows against seating order.
    ['curious-questions', ['curious-questions'], [], [ed, di]],
    ['break', ['curious-questions', 'break'], [], [ed, di]],
    ['reflections, in their original order', ['curious-questions', 'break', 'reflections'], [ed, di], []],
    ['reflections directly', ['reflections'], [ed, di], []],
    ['the closing, after reflections let them go', ['reflections', 'response', 'closing'], [], []],
  ])('carries them into %s', (_name, path, queue, waiting) => {
    let state = clarifyingWithWaitingHands();
    for (const phaseId of path) state = goTo(state, phaseId);
    expect(ids(handQueueOrder(state))).toEqual(queue);
    expect(ids(waitingHands(state))).toEqual(waiting);
  });

  it('lowers a carried hand when its owner\'s turn in the reflections round comes', () => {
    let state = goTo(clarifyingWithWaitingHands(), 'reflections');
    while (state.round?.status === 'active' && state.floor.holderId !== di) state = accept(state, { type: 'round.advance' });
    expect(ids(handQueueOrder(state))).toEqual([ed]);
  });

  it('lowers every hand, waiting or not, when the session ends', () => {
    const state = accept(clarifyingWithWaitingHands(), { type: 'session.end' });
    expect(state.handQueue.raised).toEqual([]);
  });
});

describe('what each viewer sees of waiting hands', () => {
  const state = raise(raise(raise(circleInPhase('clarifying-questions'), cy, 'experience'), di, 'clarifying'), ed, 'reply');

  it.each<[string, string, string[]]>([
    ['the facilitator', facilitatorId, [cy, ed]],
    ['the owner of a waiting hand', cy, [cy]],
    ['a member whose hand is in the queue', di, []],
  ])('%s', (_name, viewerId, waiting) => {
    const view = viewFor(state, viewerId);
    expect(ids(view.handQueue.raised)).toEqual([di]);
    expect(ids(view.handQueue.waiting)).toEqual(waiting);
    for (const hand of view.handQueue.waiting) expect(hand.waitingFor).toBe('reflections');
  });
});

describe('states saved before hands had types', () => {
  it('admit an untyped hand in any phase and show it with the phase\'s first type', () => {
    const state = circleInPhase('clarifying-questions');
    const saved = { ...state, handQueue: { ...state.handQueue, raised: [{ participantId: cy, raisedAt: state.clock } as RaisedHand] } };
    expect(ids(handQueueOrder(saved))).toEqual([cy]);
    expect(viewFor(saved, facilitatorId).handQueue.raised).toEqual([{ participantId: cy, raisedAt: state.clock, handType: 'clarifying' }]);
  });

  it('let a phase without a list admit its kind\'s default types', () => {
    const { admittedHandTypes: _dropped, ...untyped } = circleInPhase('reflections').agenda.phases[5]!;
    expect(admitsHand(untyped as AgendaPhase, { participantId: cy, raisedAt: 0, handType: 'experience' })).toBe(true);
    expect(admitsHand(untyped as AgendaPhase, { participantId: cy, raisedAt: 0, handType: 'clarifying' })).toBe(false);
  });
});

describe('editing the admitted hand types', () => {
  const phase = { phaseId: 'talk', title: 'Talk', kind: 'reflections', floorRule: 'queue', plannedMs: 600_000 } as const;
  const update = (admittedHandTypes: unknown) =>
    reduce(circleInPhase('check-in'), { type: 'agenda.updatePhases', phases: [{ ...phase, phaseId: 'check-in', kind: 'check-in', floorRule: 'round' }, { ...phase, admittedHandTypes }] } as CircleCommandInput, actorFor(facilitatorId), 1e15);

  it.each<[string, unknown, HandType[] | 'invalid_payload']>([
    ['left out: the kind\'s default', undefined, ['experience', 'reply', 'process']],
    ['none: every hand waits', [], []],
    ['a chosen list', ['reply'], ['reply']],
    ['a type twice', ['reply', 'reply'], 'invalid_payload'],
    ['an unknown type', ['rant'], 'invalid_payload'],
    ['not a list', 'reply', 'invalid_payload'],
  ])('%s', (_name, admittedHandTypes, expected) => {
    const result = update(admittedHandTypes);
    if (expected === 'invalid_payload') expect(result.ok ? 'accepted' : result.error.code).toBe('invalid_payload');
    else expect(result.ok && result.state.agenda.phases[1]?.admittedHandTypes).toEqual(expected);
  });
});
