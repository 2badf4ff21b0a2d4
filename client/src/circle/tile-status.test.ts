import { reduce } from '@peercircle/shared';
import { describe, expect, it } from 'vitest';
import { act, ada, bo, circleInPhase, cy, di, maya, runningCircle, seatedCircle, viewAs } from './test-circle';
import { tileStatuses, tileStatusOf } from './tile-status';

describe('tileStatuses', () => {
  it('shows the presenter before the start and while running, not after the end', () => {
    const seated = seatedCircle('consultancy', maya);
    expect(tileStatuses(viewAs(seated, bo))).toEqual({ [maya]: { presenter: true, floorHolder: false, speaksNext: false, handPosition: null, handType: null, handWaiting: null, roles: [] } });
    expect(tileStatusOf(tileStatuses(viewAs(act(seated, { type: 'session.start' }), bo)), maya).presenter).toBe(true);
    expect(tileStatuses(viewAs(act(runningCircle('consultancy', maya), { type: 'session.end' }), bo))).toEqual({});
  });

  it('shows everyone who holds the floor in a round and who speaks next, skipping someone away', () => {
    let state = runningCircle('council');
    const statuses = tileStatuses(viewAs(state, di));
    expect(tileStatusOf(statuses, maya)).toMatchObject({ floorHolder: true, speaksNext: false });
    expect(tileStatusOf(statuses, bo)).toMatchObject({ floorHolder: false, speaksNext: true });
    const away = reduce(state, { type: 'participant.presence', participantId: bo, presence: 'away' }, { kind: 'system' }, state.clock + 1_000);
    if (!away.ok) throw new Error(away.error.message);
    state = away.state;
    expect(tileStatusOf(tileStatuses(viewAs(state, di)), cy).speaksNext).toBe(true);
    expect(tileStatusOf(tileStatuses(viewAs(state, di)), bo).speaksNext).toBe(false);
  });

  it('numbers raised hands in calling order for members and facilitators alike', () => {
    let state = circleInPhase('curious-questions');
    for (const id of [di, bo, cy]) state = act(state, { type: 'hand.raise' }, id);
    for (const viewer of [ada, maya, bo]) {
      const statuses = tileStatuses(viewAs(state, viewer));
      expect([di, bo, cy].map((id) => tileStatusOf(statuses, id).handPosition)).toEqual([1, 2, 3]);
    }
    state = act(state, { type: 'floor.giveNextInQueue' });
    const statuses = tileStatuses(viewAs(state, cy));
    expect(tileStatusOf(statuses, di)).toMatchObject({ floorHolder: true, handPosition: null });
    expect([bo, cy].map((id) => tileStatusOf(statuses, id).handPosition)).toEqual([1, 2]);
  });

  it.each([
    ['the facilitator', ada, true],
    ['the hand\'s owner', di, true],
    ['another member', bo, false],
  ])('shows a hand\'s type, and a waiting hand to %s', (_name, viewer, seesWaiting) => {
    let state = act(circleInPhase('clarifying-questions'), { type: 'hand.raise', handType: 'process' }, cy);
    state = act(state, { type: 'hand.raise', handType: 'experience' }, di);
    const statuses = tileStatuses(viewAs(state, viewer));
    expect(tileStatusOf(statuses, cy)).toMatchObject({ handPosition: 1, handType: 'process', handWaiting: null });
    expect(tileStatusOf(statuses, di)).toMatchObject(
      seesWaiting ? { handPosition: null, handType: 'experience', handWaiting: { waitingFor: 'reflections' } } : { handType: null, handWaiting: null },
    );
  });

  it('shows nobody as next outside a round', () => {
    const statuses = tileStatuses(viewAs(act(circleInPhase('curious-questions'), { type: 'floor.give', participantId: bo }), cy));
    expect(Object.values(statuses).some((status) => status.speaksNext)).toBe(false);
  });

  it('is quiet for someone with nothing to show, or an unknown tile', () => {
    const statuses = tileStatuses(viewAs(runningCircle('council'), bo));
    expect(tileStatusOf(statuses, ada)).toEqual({ presenter: false, floorHolder: false, speaksNext: false, handPosition: null, handType: null, handWaiting: null, roles: [] });
    expect(tileStatusOf(statuses, undefined).floorHolder).toBe(false);
  });
});
