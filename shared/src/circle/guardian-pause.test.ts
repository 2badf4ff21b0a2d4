import { describe, expect, it } from 'vitest';
import { audibleParticipantIds } from './audible';
import type { CircleCommandInput } from './commands';
import { maxPausesPerSession } from './guardian-pause';
import { floorMsAt } from './ledger';
import { reduce, type Actor } from './reduce';
import { currentSpeakerId } from './round';
import { createCircleSession } from './session';
import type { CircleSession } from './session-state';
import {
  accept,
  actorFor,
  circleInPhase,
  facilitator,
  facilitatorId,
  fourthMemberId,
  join,
  memberIds,
  presenterId,
  secondMemberId,
  startTime,
  systemActor,
  thirdMemberId,
} from './test-fixtures';
import { remainingMs } from './timers';
import { viewFor } from './view-for';

const guardian = actorFor(fourthMemberId);
const speaker = actorFor(secondMemberId);
const bystander = actorFor(thirdMemberId);

function withGuardian(state: CircleSession): CircleSession {
  return accept(state, { type: 'roles.assign', role: 'guardian', participantId: fourthMemberId });
}

/** Clarifying questions (a queue phase): the second member speaks with three minutes on the speaker timer. */
function speakingInQueue(): CircleSession {
  const state = accept(withGuardian(circleInPhase('clarifying-questions')), { type: 'floor.give', participantId: secondMemberId });
  return accept(accept(state, { type: 'timer.extend', timer: 'speaker', ms: 180_000 }), { type: 'timer.start', timer: 'speaker' });
}

/** The check-in round, its first turn under way (the presenter speaks, two minutes a turn). */
function speakingInRound(): CircleSession {
  const state = withGuardian(circleInPhase('check-in'));
  return accept(state, { type: 'round.advance' });
}

function refusal(state: CircleSession, command: CircleCommandInput, actor: Actor = facilitator, now = state.clock + 1_000) {
  const result = reduce(state, command, actor, now);
  if (result.ok) throw new Error(`${command.type} was accepted`);
  return result.error.code;
}

const at = (state: CircleSession, ms: number) => state.clock + ms;

describe('calling a pause', () => {
  it('clears the floor, silences every microphone (the facilitator too) and freezes both timers', () => {
    const before = speakingInQueue();
    const now = at(before, 20_000);
    const paused = accept(before, { type: 'pause.call' }, guardian, now);
    expect(paused.floor).toEqual({ holderId: null, since: null });
    expect(paused.facilitatorMaySpeak).toBe(true);
    expect(audibleParticipantIds(paused)).toEqual(new Set());
    expect(paused.phaseTimer.runningSince).toBeNull();
    expect(paused.speakerTimer.runningSince).toBeNull();
    expect(remainingMs(paused.speakerTimer, now + 60_000)).toBe(remainingMs(before.speakerTimer, now));
    expect(paused.pause).toEqual({ startedAt: now, floor: before.floor, phaseTimerRunning: true, speakerTimerRunning: true });
    for (const viewerId of [facilitatorId, ...memberIds]) expect(viewFor(paused, viewerId).audible).toEqual([]);
  });

  it.each([
    ['in an open phase', () => withGuardian(circleInPhase('break'))],
    ['in a silent phase', () => withGuardian(circleInPhase('silence', 'council'))],
    ['with the floor free', () => withGuardian(circleInPhase('clarifying-questions'))],
  ])('silences everyone %s too', (_label, makeState) => {
    expect(audibleParticipantIds(accept(makeState(), { type: 'pause.call' }, guardian))).toEqual(new Set());
  });

  it.each<[string, Actor, (state: CircleSession) => CircleSession, string | null]>([
    ['the guardian', guardian, (s) => s, null],
    ['a facilitator', facilitator, (s) => s, null],
    ['another member', bystander, (s) => s, 'forbidden'],
    ['the speaker', speaker, (s) => s, 'forbidden'],
    ['someone outside the circle', actorFor('mem-stranger'), (s) => s, 'forbidden'],
    ['the server', systemActor, (s) => s, 'forbidden'],
    ['another member, when the cohort lets anyone pause', bystander, (s) => ({ ...s, anyMemberMayPause: true }), null],
    ['someone outside the circle, when the cohort lets anyone pause', actorFor('mem-stranger'), (s) => ({ ...s, anyMemberMayPause: true }), 'forbidden'],
  ])('by %s: %s', (_label, actor, adjust, expected) => {
    const state = adjust(speakingInQueue());
    const result = reduce(state, { type: 'pause.call' }, actor, at(state, 1_000));
    expect(result.ok ? null : result.error.code).toBe(expected);
  });

  it('needs a running session and no pause already under way', () => {
    const seated = createCircleSession({ sessionId: 's', title: 'May', templateId: 'consultancy', now: startTime });
    expect(refusal(join(seated, facilitatorId, 'facilitator'), { type: 'pause.call' })).toBe('session_not_running');
    const paused = accept(speakingInQueue(), { type: 'pause.call' }, guardian);
    expect(refusal(paused, { type: 'pause.call' }, guardian)).toBe('conflict');
    expect(refusal(paused, { type: 'pause.call' })).toBe('conflict');
    expect(refusal(accept(speakingInQueue(), { type: 'session.end' }), { type: 'pause.call' }, guardian)).toBe('session_ended');
  });

  it('keeps nobody’s id: the pause changes only the pause, the floor and the timers', () => {
    const before = speakingInQueue();
    const paused = accept(before, { type: 'pause.call' }, guardian);
    const changed = Object.keys(paused).filter((key) => paused[key as keyof CircleSession] !== before[key as keyof CircleSession]);
    expect(changed.sort()).toEqual(['clock', 'floor', 'pause', 'phaseTimer', 'speakerTimer', 'version']);
    const resumed = accept(paused, { type: 'pause.resume' }, guardian);
    expect(JSON.stringify([paused.pause, resumed.pauses, viewFor(resumed, facilitatorId).pauses])).not.toContain(fourthMemberId);
  });

  it(`stops at ${maxPausesPerSession} pauses in a session`, () => {
    let state = speakingInQueue();
    state = { ...state, pauses: Array.from({ length: maxPausesPerSession }, (_, i) => ({ startedAt: startTime + i, endedAt: startTime + i + 1 })) };
    expect(refusal(state, { type: 'pause.call' }, guardian)).toBe('conflict');
  });
});

describe('while paused', () => {
  const paused = () => accept(speakingInQueue(), { type: 'pause.call' }, guardian);
  const pausedRound = () => accept(speakingInRound(), { type: 'pause.call' }, guardian);

  it.each<[string, () => CircleSession, CircleCommandInput, Actor]>([
    ['next phase', paused, { type: 'phase.next' }, facilitator],
    ['another phase', paused, { type: 'phase.goTo', phaseIndex: 0 }, facilitator],
    ['a new template', paused, { type: 'agenda.applyTemplate', templateId: 'council' }, facilitator],
    ['giving the floor', paused, { type: 'floor.give', participantId: thirdMemberId }, facilitator],
    ['giving it to the next hand', paused, { type: 'floor.giveNextInQueue' }, facilitator],
    ['clearing it', paused, { type: 'floor.clear' }, facilitator],
    ['the speaker finishing', paused, { type: 'turn.done' }, speaker],
    ['starting the speaker timer', paused, { type: 'timer.start', timer: 'speaker' }, facilitator],
    ['resuming the phase timer', paused, { type: 'timer.resume', timer: 'phase' }, facilitator],
    ['extending a timer', paused, { type: 'timer.extend', timer: 'speaker', ms: 60_000 }, facilitator],
    ['resetting a timer', paused, { type: 'timer.reset', timer: 'phase' }, facilitator],
    ['a time signal', paused, { type: 'timeSignal.send', kind: 'wrap-up' }, facilitator],
    ['the next speaker in a round', pausedRound, { type: 'round.advance' }, facilitator],
    ['a pass for the speaker', pausedRound, { type: 'round.passFor' }, facilitator],
    ['the speaker passing', pausedRound, { type: 'turn.pass' }, speaker],
    ['a new round', pausedRound, { type: 'round.start', orderMode: 'seating' }, facilitator],
    ['a new round order', pausedRound, { type: 'round.setOrder', order: [fourthMemberId] }, facilitator],
  ])('refuses %s as paused, changing nothing', (_label, makeState, command, actor) => {
    const state = makeState();
    const snapshot = structuredClone(state);
    expect(refusal(state, command, actor)).toBe('paused');
    expect(state).toEqual(snapshot);
  });

  it.each<[string, CircleCommandInput, Actor]>([
    ['a raised hand', { type: 'hand.raise' }, bystander],
    ['a question for the presenter', { type: 'question.submit', text: 'What matters most here?', anonymous: true }, bystander],
    ['a change of guardian', { type: 'roles.assign', role: 'guardian', participantId: thirdMemberId }, facilitator],
  ])('still takes %s, quietly', (_label, command, actor) => {
    const state = paused();
    const next = accept(state, command, actor);
    expect(next.floor).toEqual(state.floor);
    expect(next.pause).toEqual(state.pause);
    expect(audibleParticipantIds(next)).toEqual(new Set());
  });

  it('lets the facilitator end the session: the pause is recorded and the turn before it counted', () => {
    const before = speakingInQueue();
    const spoken = floorMsAt(before, secondMemberId, at(before, 30_000));
    const state = accept(before, { type: 'pause.call' }, guardian, at(before, 30_000));
    const ended = accept(state, { type: 'session.end' }, facilitator, at(state, 90_000));
    expect(ended.status).toBe('ended');
    expect(ended.pause).toBeNull();
    expect(ended.pauses).toEqual([{ startedAt: state.clock, endedAt: state.clock + 90_000 }]);
    expect(ended.ledger[secondMemberId]?.floorMs).toBe(spoken);
  });
});

describe('resuming', () => {
  it('gives back the same speaker, their time left and the phase time left, in a queue phase', () => {
    const before = speakingInQueue();
    const calledAt = at(before, 45_000);
    const paused = accept(before, { type: 'pause.call' }, guardian, calledAt);
    const resumedAt = calledAt + 5 * 60_000;
    const resumed = accept(paused, { type: 'pause.resume' }, guardian, resumedAt);
    expect(resumed.pause).toBeNull();
    expect(resumed.floor.holderId).toBe(secondMemberId);
    expect(remainingMs(resumed.speakerTimer, resumedAt)).toBe(remainingMs(before.speakerTimer, calledAt));
    expect(remainingMs(resumed.phaseTimer, resumedAt)).toBe(remainingMs(before.phaseTimer, calledAt));
    expect(resumed.speakerTimer.runningSince).toBe(resumedAt);
    // The five minutes of silence are nobody's floor time.
    expect(floorMsAt(resumed, secondMemberId, resumedAt)).toBe(floorMsAt(before, secondMemberId, calledAt));
    expect(resumed.ledger[secondMemberId]?.turns).toBe(before.ledger[secondMemberId]?.turns);
    expect(resumed.pauses).toEqual([{ startedAt: calledAt, endedAt: resumedAt }]);
  });

  it('gives back the round at the same turn', () => {
    const before = speakingInRound();
    const paused = accept(before, { type: 'pause.call' }, guardian);
    expect(paused.round).toBe(before.round);
    const resumed = accept(paused, { type: 'pause.resume' }, facilitator, at(paused, 120_000));
    expect(resumed.round).toBe(before.round);
    expect(resumed.floor.holderId).toBe(currentSpeakerId(before.round));
    expect(accept(resumed, { type: 'turn.done' }, actorFor(currentSpeakerId(resumed.round)!)).round?.position).toBe(before.round!.position + 1);
  });

  it('restarts only the timers that were running', () => {
    const stopped = accept(speakingInQueue(), { type: 'timer.pause', timer: 'speaker' });
    const paused = accept(stopped, { type: 'pause.call' }, guardian);
    const resumed = accept(paused, { type: 'pause.resume' }, guardian, at(paused, 60_000));
    expect(resumed.speakerTimer).toEqual(stopped.speakerTimer);
    expect(resumed.phaseTimer.runningSince).toBe(resumed.clock);
  });

  it.each<[string, Actor, (state: CircleSession) => CircleSession, string | null]>([
    ['the guardian', guardian, (s) => s, null],
    ['a facilitator', facilitator, (s) => s, null],
    ['another member', bystander, (s) => s, 'forbidden'],
    ['another member, even when anyone may call a pause', bystander, (s) => ({ ...s, anyMemberMayPause: true }), 'forbidden'],
    ['the presenter', actorFor(presenterId), (s) => s, 'forbidden'],
  ])('by %s: %s', (_label, actor, adjust, expected) => {
    const state = adjust(accept(speakingInQueue(), { type: 'pause.call' }, guardian));
    const result = reduce(state, { type: 'pause.resume' }, actor, at(state, 1_000));
    expect(result.ok ? null : result.error.code).toBe(expected);
  });

  it('is refused when nothing is paused, and a replayed resume changes nothing', () => {
    expect(refusal(speakingInQueue(), { type: 'pause.resume' }, guardian)).toBe('conflict');
    const resumed = accept(accept(speakingInQueue(), { type: 'pause.call' }, guardian), { type: 'pause.resume' }, guardian);
    expect(refusal(resumed, { type: 'pause.resume' }, guardian)).toBe('conflict');
    expect(refusal(resumed, { type: 'pause.resume' }, facilitator)).toBe('conflict');
  });
});

describe('states saved before pauses existed', () => {
  it('show no pause and can be paused', () => {
    const { pause: _pause, pauses: _pauses, anyMemberMayPause: _anyone, ...saved } = speakingInQueue();
    const legacy = saved as CircleSession;
    expect(viewFor(legacy, facilitatorId)).toMatchObject({ pause: null, pauses: [], anyMemberMayPause: false });
    expect(refusal(legacy, { type: 'pause.call' }, bystander)).toBe('forbidden');
    const resumed = accept(accept(legacy, { type: 'pause.call' }, guardian), { type: 'pause.resume' }, guardian);
    expect(resumed.pauses).toHaveLength(1);
  });

  it('start with anyone-may-pause off unless the cohort says so', () => {
    const make = (anyMemberMayPause?: boolean) =>
      createCircleSession({ sessionId: 's', title: 'May', templateId: 'consultancy', now: startTime, ...(anyMemberMayPause === undefined ? {} : { anyMemberMayPause }) });
    expect(make().anyMemberMayPause).toBe(false);
    expect(make(true).anyMemberMayPause).toBe(true);
  });
});
