import { describe, expect, it } from 'vitest';
import type { PrivacyItem } from '../cohort/privacy-checklist';
import type { CircleCommandInput } from './commands';
import { privacyCheckCount } from './privacy-checks';
import { reduce } from './reduce';
import { createCircleSession } from './session';
import type { CircleSession } from './session-state';
import {
  accept,
  actorFor,
  facilitator,
  facilitatorId,
  fourthMemberId as ed,
  memberIds,
  presenterId as bo,
  runningCircle,
  secondMemberId as cy,
  startTime,
  systemActor,
  thirdMemberId as di,
} from './test-fixtures';
import { viewFor } from './view-for';

const both: PrivacyItem[] = ['privateSpace', 'headphones'];

function arrive(state: CircleSession, participantId: string, confirmed: PrivacyItem[], asked: PrivacyItem[] = both): CircleSession {
  const command: CircleCommandInput = {
    type: 'participant.join',
    participantId,
    displayName: participantId.toUpperCase(),
    role: 'member',
    privacyCheck: { asked, confirmed },
  };
  return accept(state, command, systemActor);
}

const leave = (state: CircleSession, participantId: string) =>
  accept(state, { type: 'participant.presence', participantId, presence: 'left' }, systemActor);

/** A cohort session's circle: the facilitator (never asked) and four members who answered the door. */
function checkedCircle(): CircleSession {
  let state = createCircleSession({ sessionId: 'session-1', title: 'March circle', templateId: 'consultancy', now: startTime });
  state = accept(state, { type: 'participant.join', participantId: facilitatorId, displayName: 'ADA', role: 'facilitator' }, systemActor);
  state = arrive(state, bo, both);
  state = arrive(state, cy, ['privateSpace']);
  state = arrive(state, di, []);
  return arrive(state, ed, ['headphones', 'privateSpace']);
}

describe('recording answers at the door', () => {
  it('remembers who confirmed every item asked, and nothing about the rest', () => {
    const state = checkedCircle();
    expect(state.privacyChecks).toEqual({ asked: both, confirmedAll: [bo, ed] });
    expect(privacyCheckCount(state)).toEqual({ asked: both, confirmed: 2, present: 4 });
  });

  it.each<[string, PrivacyItem[], PrivacyItem[], number]>([
    ['both asked, both ticked', both, both, 1],
    ['both asked, one ticked', both, ['headphones'], 0],
    ['both asked, none ticked', both, [], 0],
    ['only a private space asked and ticked', ['privateSpace'], ['privateSpace'], 1],
    ['only a private space asked, headphones ticked', ['privateSpace'], ['headphones'], 0],
    ['only headphones asked, both ticked', ['headphones'], both, 1],
  ])('%s: counts %i', (_label, asked, confirmed, expected) => {
    const state = arrive(runningCircle(), 'mem-fay', confirmed, asked);
    expect(privacyCheckCount(state)).toEqual({ asked, confirmed: expected, present: 5 });
  });

  it('replaces a member’s earlier answer when they come back, in either direction', () => {
    let state = checkedCircle();
    state = arrive(leave(state, bo), bo, ['privateSpace']);
    expect(privacyCheckCount(state)).toMatchObject({ confirmed: 1, present: 4 });
    state = arrive(leave(state, cy), cy, both);
    expect(privacyCheckCount(state)).toMatchObject({ confirmed: 2, present: 4 });
    expect(state.privacyChecks?.confirmedAll).toEqual([ed, cy]);
  });

  it('counts a member once however often their join is replayed', () => {
    let state = checkedCircle();
    for (let replay = 0; replay < 20; replay += 1) state = arrive(state, ed, both);
    expect(privacyCheckCount(state)).toEqual({ asked: both, confirmed: 2, present: 4 });
    expect(state.privacyChecks?.confirmedAll.filter((id) => id === ed)).toHaveLength(1);
  });

  it('counts only members present now: one who left or dropped out is in neither number', () => {
    let state = leave(checkedCircle(), bo);
    expect(privacyCheckCount(state)).toMatchObject({ confirmed: 1, present: 3 });
    state = accept(state, { type: 'participant.presence', participantId: ed, presence: 'away' }, systemActor);
    expect(privacyCheckCount(state)).toMatchObject({ confirmed: 0, present: 2 });
  });

  it('keeps answers when a join without a checklist comes (the facilitator’s, or a member’s into an old state)', () => {
    let state = checkedCircle();
    state = accept(state, { type: 'participant.join', participantId: facilitatorId, displayName: 'ADA', role: 'facilitator' }, systemActor);
    state = accept(state, { type: 'participant.join', participantId: cy, displayName: 'CY', role: 'member' }, systemActor);
    expect(state.privacyChecks).toEqual({ asked: both, confirmedAll: [bo, ed] });
  });

  it('drops earlier confirmations when the cohort starts asking an item they did not cover', () => {
    let state = createCircleSession({ sessionId: 's', title: 'T', templateId: 'council', now: startTime });
    state = arrive(state, bo, ['privateSpace'], ['privateSpace']);
    state = arrive(state, cy, both, both);
    expect(state.privacyChecks).toEqual({ asked: both, confirmedAll: [cy] });
    // Asking less keeps them: a confirmation of both covers one.
    state = arrive(state, di, ['headphones'], ['headphones']);
    expect(state.privacyChecks).toEqual({ asked: ['headphones'], confirmedAll: [cy, di] });
  });

  it('shows no count when the cohort asks nothing', () => {
    let state = runningCircle();
    state = arrive(state, 'mem-fay', [], []);
    expect(privacyCheckCount(state)).toBeNull();
  });

  it('refuses a join whose checklist names an unknown item, and changes nothing', () => {
    const state = checkedCircle();
    const forged = { type: 'participant.join', participantId: cy, displayName: 'CY', role: 'member', privacyCheck: { asked: both, confirmed: ['anything'] } };
    const result = reduce(state, forged as CircleCommandInput, systemActor, state.clock + 1);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });

  it.each([facilitator, actorFor(cy)])('refuses a join with a checklist from a participant (%j): only the server seats people', (actor) => {
    const state = checkedCircle();
    const command: CircleCommandInput = { type: 'participant.join', participantId: di, displayName: 'DI', role: 'member', privacyCheck: { asked: both, confirmed: both } };
    expect(reduce(state, command, actor, state.clock + 1)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('viewFor: the privacy checklist', () => {
  const members = [...memberIds];

  it('gives a facilitator the count and the items asked, and no one’s answer', () => {
    const state = checkedCircle();
    const view = viewFor(state, facilitatorId);
    expect(view.privacyCheck).toEqual({ asked: both, confirmed: 2, present: 4 });
    expect(view).not.toHaveProperty('privacyChecks');
    expect(JSON.stringify(view.privacyCheck)).not.toMatch(/mem-/);
  });

  it.each(members)('gives member %s nothing of it: no count, no answers, not even their own', (memberId) => {
    const view = viewFor(checkedCircle(), memberId);
    expect(view.privacyCheck).toBeNull();
    expect(view).not.toHaveProperty('privacyChecks');
    expect(JSON.stringify(view)).not.toMatch(/privateSpace|headphones|confirmed/);
  });

  it.each([...members, facilitatorId, 'observer-zed'])('gives %s the same view whoever confirmed, as long as the count is the same', (viewerId) => {
    const state = checkedCircle();
    const swapped: CircleSession = { ...state, privacyChecks: { asked: both, confirmedAll: [cy, di] } };
    expect(JSON.stringify(viewFor(swapped, viewerId))).toBe(JSON.stringify(viewFor(state, viewerId)));
  });

  it('follows the facilitator role: whoever it is handed to sees the count, and the one who handed it over no longer does', () => {
    const state = accept(checkedCircle(), { type: 'session.start' });
    const handedOver = accept(state, { type: 'role.handOver', participantId: cy });
    expect(viewFor(handedOver, cy).privacyCheck).not.toBeNull();
    expect(viewFor(handedOver, facilitatorId).privacyCheck).toBeNull();
  });

  it('tolerates a state saved before the checklist existed: no count for anyone', () => {
    const { privacyChecks: _dropped, ...saved } = checkedCircle();
    expect(viewFor(saved, facilitatorId).privacyCheck).toBeNull();
    const afterRestart = arrive(saved, cy, both);
    expect(viewFor(afterRestart, facilitatorId).privacyCheck).toEqual({ asked: both, confirmed: 1, present: 4 });
  });

  it('shows nothing in a demo room, where no one is asked', () => {
    const state = runningCircle();
    for (const viewerId of [facilitatorId, ...members]) expect(viewFor(state, viewerId).privacyCheck).toBeNull();
  });
});
