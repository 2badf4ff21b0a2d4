import { describe, expect, it } from 'vitest';
import { audibleParticipantIds, isAudible } from './audible';
import type { CircleSession } from './session-state';
import {
  accept,
  circleInPhase,
  facilitatorId,
  join,
  presenterId as bo,
  runningCircle,
  seatedCircle,
  secondMemberId as cy,
} from './test-fixtures';

const silenceFacilitators = (state: CircleSession) => accept(state, { type: 'facilitatorMaySpeak.set', enabled: false });
const audible = (state: CircleSession) => {
  const ids = audibleParticipantIds(state);
  return ids === 'everyone' ? ids : [...ids].sort();
};

describe('audibleParticipantIds', () => {
  it.each<[string, () => CircleSession, 'everyone' | string[], 'everyone' | string[]]>([
    ['before the start', seatedCircle, 'everyone', 'everyone'],
    ['after the end', () => accept(runningCircle(), { type: 'session.end' }), 'everyone', 'everyone'],
    ['in an open phase', () => circleInPhase('break'), 'everyone', 'everyone'],
    ['in a round', runningCircle, [facilitatorId, bo].sort(), [bo]],
    ['in a complete round', () => accept(accept(accept(accept(runningCircle(), { type: 'round.advance' }), { type: 'round.advance' }), { type: 'round.advance' }), { type: 'round.advance' }), [facilitatorId], []],
    ['in a queue with the floor given', () => accept(circleInPhase('clarifying-questions'), { type: 'floor.give', participantId: cy }), [facilitatorId, cy].sort(), [cy]],
    ['in a queue with the floor free', () => circleInPhase('clarifying-questions'), [facilitatorId], []],
    ['when the presenter holds the floor', () => circleInPhase('dilemma'), [facilitatorId, bo].sort(), [bo]],
    ['in silence', () => circleInPhase('silence', 'council'), [facilitatorId], []],
  ])('%s', (_label, arrange, byDefault, withFacilitatorsSilenced) => {
    const state = arrange();
    expect(audible(state)).toEqual(byDefault);
    if (state.status !== 'ended') expect(audible(silenceFacilitators(state))).toEqual(withFacilitatorsSilenced);
  });

  it('keeps every facilitator audible by default', () => {
    const state = accept(join(runningCircle(), 'fac-gus', 'facilitator'), { type: 'phase.goTo', phaseIndex: 2 });
    expect(audible(state)).toEqual(['fac-ada', 'fac-gus']);
    expect(isAudible(state, 'fac-gus')).toBe(true);
    expect(isAudible(state, cy)).toBe(false);
  });

  it('answers isAudible for everyone in an open phase', () => {
    expect(isAudible(circleInPhase('break'), cy)).toBe(true);
  });
});
