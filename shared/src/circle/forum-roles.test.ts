import { describe, expect, it } from 'vitest';
import { nextRoleHolder } from './forum-roles';
import { reduce } from './reduce';
import { createCircleSession } from './session';
import type { CircleCommandInput } from './commands';
import type { CircleSession, RoleHistory } from './session-state';
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
  thirdMemberId,
} from './test-fixtures';
import { viewFor } from './view-for';

const timekeeper = actorFor(thirdMemberId);

function refusal(state: CircleSession, command: CircleCommandInput, actor = facilitator) {
  const result = reduce(state, command, actor, state.clock + 1_000);
  if (result.ok) throw new Error(`${command.type} was accepted`);
  return result.error.code;
}

/** In the clarifying phase with the second member speaking and the third keeping time. */
function withTimekeeper(): CircleSession {
  const state = accept(circleInPhase('clarifying-questions'), { type: 'roles.assign', role: 'timekeeper', participantId: thirdMemberId });
  const speaking = accept(state, { type: 'floor.give', participantId: secondMemberId });
  return accept(accept(speaking, { type: 'timer.extend', timer: 'speaker', ms: 180_000 }), { type: 'timer.start', timer: 'speaker' });
}

describe('assigning roles', () => {
  it('gives a role to a member and takes it back', () => {
    const state = accept(circleInPhase('check-in'), { type: 'roles.assign', role: 'guardian', participantId: fourthMemberId });
    expect(state.roleHolders.guardian).toBe(fourthMemberId);
    expect(accept(state, { type: 'roles.assign', role: 'guardian', participantId: null }).roleHolders.guardian).toBeNull();
  });

  it.each([
    ['the facilitator', facilitatorId, 'conflict'],
    ['someone not in the circle', 'mem-ghost', 'not_found'],
  ])('refuses %s', (_label, participantId, code) => {
    expect(refusal(circleInPhase('check-in'), { type: 'roles.assign', role: 'scribe', participantId })).toBe(code);
  });

  it('lets one member hold two roles in a small circle', () => {
    let state = accept(circleInPhase('check-in'), { type: 'roles.assign', role: 'scribe', participantId: thirdMemberId });
    state = accept(state, { type: 'roles.assign', role: 'timekeeper', participantId: thirdMemberId });
    expect(state.roleHolders).toMatchObject({ scribe: thirdMemberId, timekeeper: thirdMemberId });
  });

  it('is the facilitator\'s alone', () => {
    expect(refusal(circleInPhase('check-in'), { type: 'roles.assign', role: 'timekeeper', participantId: thirdMemberId }, timekeeper)).toBe('forbidden');
  });
});

describe('rotating roles', () => {
  function circleWithHistory(history: Partial<RoleHistory>): CircleSession {
    const roleHistory = { timekeeper: {}, guardian: {}, 'process-observer': {}, scribe: {}, ...history };
    let state = createCircleSession({ sessionId: 's', title: 'April', templateId: 'consultancy', now: startTime, roleHistory });
    state = join(state, facilitatorId, 'facilitator');
    for (const memberId of memberIds) state = join(state, memberId);
    return accept(state, { type: 'presenter.set', participantId: presenterId });
  }

  it('picks someone who never held the role before anyone who did', () => {
    const state = circleWithHistory({ timekeeper: { [secondMemberId]: startTime - 1, [thirdMemberId]: startTime - 2 } });
    expect(nextRoleHolder(state, 'timekeeper')).toBe(fourthMemberId);
  });

  it('picks whoever held it least recently, leaving out the presenter and the facilitator', () => {
    const history = { [presenterId]: 1, [secondMemberId]: 30, [thirdMemberId]: 10, [fourthMemberId]: 20 };
    const state = accept(circleWithHistory({ guardian: history }), { type: 'roles.rotate', role: 'guardian' });
    expect(state.roleHolders.guardian).toBe(thirdMemberId);
  });

  it('moves on from the current holder, and prefers someone without another role', () => {
    let state = circleWithHistory({});
    state = accept(state, { type: 'roles.assign', role: 'scribe', participantId: secondMemberId });
    state = accept(state, { type: 'roles.rotate', role: 'timekeeper' });
    expect(state.roleHolders.timekeeper).toBe(thirdMemberId);
    state = accept(state, { type: 'roles.rotate', role: 'timekeeper' });
    expect(state.roleHolders.timekeeper).toBe(fourthMemberId);
  });

  it('leaves out members who are away', () => {
    let state = circleWithHistory({});
    for (const participantId of [secondMemberId, thirdMemberId, fourthMemberId]) {
      state = accept(state, { type: 'participant.presence', participantId, presence: 'away' }, { kind: 'system' });
    }
    expect(refusal(state, { type: 'roles.rotate', role: 'scribe' })).toBe('conflict');
  });
});

describe('the timekeeper', () => {
  it.each([
    [{ type: 'timer.pause', timer: 'speaker' }],
    [{ type: 'timer.extend', timer: 'speaker', ms: 60_000 }],
    [{ type: 'timer.start', timer: 'speaker' }],
  ] as const)('runs the speaker timer: %o', (command) => {
    expect(reduce(withTimekeeper(), command, timekeeper, withTimekeeper().clock + 1_000).ok).toBe(true);
  });

  it.each([
    [{ type: 'timer.pause', timer: 'phase' }],
    [{ type: 'timer.reset', timer: 'speaker' }],
    [{ type: 'floor.clear' }],
    [{ type: 'phase.next' }],
  ] as const)('has no other facilitator power: %o', (command) => {
    expect(refusal(withTimekeeper(), command, timekeeper)).toBe('forbidden');
  });

  it('loses the powers with the role', () => {
    const state = accept(withTimekeeper(), { type: 'roles.assign', role: 'timekeeper', participantId: null });
    expect(refusal(state, { type: 'timer.pause', timer: 'speaker' }, timekeeper)).toBe('forbidden');
    expect(refusal(state, { type: 'timeSignal.send', kind: 'wrap-up' }, timekeeper)).toBe('forbidden');
  });

  it('signals the speaker privately: the speaker, the timekeeper and facilitators see it, nobody else', () => {
    const state = accept(withTimekeeper(), { type: 'timeSignal.send', kind: 'one-minute' }, timekeeper);
    const signal = { toId: secondMemberId, fromId: thirdMemberId, kind: 'one-minute', sentAt: state.clock };
    expect(state.timeSignal).toEqual(signal);
    for (const viewerId of [secondMemberId, thirdMemberId, facilitatorId]) expect(viewFor(state, viewerId).timeSignal).toEqual(signal);
    for (const viewerId of [presenterId, fourthMemberId, 'stranger']) expect(viewFor(state, viewerId).timeSignal).toBeNull();
  });

  it('has a signal end with the turn it was for', () => {
    const state = accept(withTimekeeper(), { type: 'timeSignal.send', kind: 'wrap-up' }, timekeeper);
    expect(accept(state, { type: 'floor.give', participantId: fourthMemberId }).timeSignal).toBeNull();
    expect(accept(state, { type: 'turn.done' }, actorFor(secondMemberId)).timeSignal).toBeNull();
  });

  it('cannot signal when nobody speaks, or to themselves', () => {
    const silent = accept(withTimekeeper(), { type: 'floor.clear' });
    expect(refusal(silent, { type: 'timeSignal.send', kind: 'wrap-up' }, timekeeper)).toBe('conflict');
    const ownTurn = accept(withTimekeeper(), { type: 'floor.give', participantId: thirdMemberId });
    expect(refusal(ownTurn, { type: 'timeSignal.send', kind: 'wrap-up' }, timekeeper)).toBe('conflict');
  });

  it('ignores a forged sender in the payload', () => {
    const forged = { type: 'timeSignal.send', kind: 'wrap-up', fromId: fourthMemberId } as CircleCommandInput;
    expect(accept(withTimekeeper(), forged, timekeeper).timeSignal?.fromId).toBe(thirdMemberId);
    expect(refusal(withTimekeeper(), forged, actorFor(fourthMemberId))).toBe('forbidden');
  });
});

describe('role views', () => {
  it('show every holder to everyone and the cohort history to nobody', () => {
    const state = accept(circleInPhase('check-in'), { type: 'roles.assign', role: 'scribe', participantId: fourthMemberId });
    for (const viewerId of [facilitatorId, secondMemberId]) {
      const view = viewFor(state, viewerId);
      expect(view.roleHolders.scribe).toBe(fourthMemberId);
      expect(view).not.toHaveProperty('roleHistory');
    }
  });

  it('tolerate a state saved before roles existed', () => {
    const { roleHolders: _holders, roleHistory: _history, timeSignal: _signal, ...saved } = circleInPhase('check-in');
    const view = viewFor(saved as CircleSession, facilitatorId);
    expect(view.roleHolders).toEqual({ timekeeper: null, guardian: null, 'process-observer': null, scribe: null });
    expect(view.timeSignal).toBeNull();
  });
});
