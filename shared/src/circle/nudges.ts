import { DomainError } from '../errors';
import type { CommandOf } from './commands';
import type { Outcome, ParticipantContext } from './command-handler';
import type { CircleSession, Nudge, NudgeKind } from './session-state';

/** What the speaker reads: the process observer picks one of these, and can write nothing else. */
export const nudgeWordings: Record<NudgeKind, string> = {
  'own-experience': 'Speak from your own experience',
  'how-or-what': 'Ask how or what, not why',
  'sounded-like-advice': 'That sounded like advice',
};

/** States saved before nudges existed have none. */
export function nudgeOf(state: Pick<CircleSession, 'nudge'>): Nudge | null {
  return state.nudge ?? null;
}

/**
 * One private nudge per turn to whoever holds the floor. The turn ending clears it (`releaseFloor`),
 * so a nudge in the state is always this turn's.
 */
export function sendNudge(state: CircleSession, command: CommandOf<'nudge.send'>, { actorId, now }: ParticipantContext): Outcome {
  const speakerId = state.floor.holderId;
  if (speakerId === null) return new DomainError('conflict', 'Nobody is speaking');
  if (speakerId === actorId) return new DomainError('conflict', 'You hold the floor yourself');
  if (nudgeOf(state)?.toId === speakerId) return new DomainError('conflict', 'This speaker has already had a nudge this turn');
  return { ...state, nudge: { toId: speakerId, fromId: actorId, kind: command.kind, sentAt: now } };
}

/** A nudge reaches the speaker it is for, whoever sent it and facilitators. */
export function nudgeFor(state: CircleSession, viewerId: string, isFacilitator: boolean): Nudge | null {
  const nudge = nudgeOf(state);
  if (nudge === null) return null;
  return isFacilitator || nudge.toId === viewerId || nudge.fromId === viewerId ? nudge : null;
}
