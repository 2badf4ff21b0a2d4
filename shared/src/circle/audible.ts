import { currentFloorRule } from './current-phase';
import { isPaused } from './guardian-pause';
import type { CircleSession } from './session-state';

/**
 * Who may be heard now; the server pauses everyone else's microphone in the SFU. Outside a running
 * phase and in open phases everyone; in rounds and queues the floor holder; in silence nobody.
 * With `facilitatorMaySpeak` (the default), facilitators stay audible throughout, except in the
 * guardian's pause: that is silence for every microphone, the facilitator's too, until it resumes.
 */
export function audibleParticipantIds(state: CircleSession): 'everyone' | Set<string> {
  if (isPaused(state)) return new Set();
  const rule = currentFloorRule(state);
  if (rule === null || rule === 'open') return 'everyone';
  const audible = new Set<string>();
  if (rule !== 'silence' && state.floor.holderId !== null) audible.add(state.floor.holderId);
  if (state.facilitatorMaySpeak) {
    for (const participant of Object.values(state.participants)) {
      if (participant.role === 'facilitator') audible.add(participant.participantId);
    }
  }
  return audible;
}

export function isAudible(state: CircleSession, participantId: string): boolean {
  const audible = audibleParticipantIds(state);
  return audible === 'everyone' || audible.has(participantId);
}
