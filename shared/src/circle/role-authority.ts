import { DomainError } from '../errors';
import type { Actor } from './reduce';
import { commandAuthority, type CircleCommand, type CircleCommandType, type CommandOf } from './commands';
import { holdsRole } from './forum-roles';
import type { CircleSession, ForumRole } from './session-state';

interface Delegation<T extends CircleCommandType> {
  role: ForumRole;
  /** Narrows which payloads the role holder may send (the timekeeper keeps the speaker timer only). */
  allows?: (command: CommandOf<T>) => boolean;
  /** Opens the command to every member while the session says so (a cohort letting anyone call a pause). */
  anyMemberWhen?: (state: CircleSession) => boolean;
  /** The holder alone, facilitators neither: for content the facilitator may not read (the scribe's notes). */
  holderOnly?: true;
}

type Delegations = { [T in CircleCommandType]?: Delegation<T> };

const speakerTimerOnly = (command: { timer: 'phase' | 'speaker' }) => command.timer === 'speaker';

/**
 * What a forum role lets its holder do besides what every member may: each role command, and a few
 * facilitator commands within limits. Facilitators may do all of it themselves, except what is
 * `holderOnly`.
 */
export const roleDelegations: Delegations = {
  'timer.start': { role: 'timekeeper', allows: speakerTimerOnly },
  'timer.pause': { role: 'timekeeper', allows: speakerTimerOnly },
  'timer.resume': { role: 'timekeeper', allows: speakerTimerOnly },
  'timer.extend': { role: 'timekeeper', allows: speakerTimerOnly },
  'timeSignal.send': { role: 'timekeeper' },
  'pause.call': { role: 'guardian', anyMemberWhen: (state) => state.anyMemberMayPause === true },
  'pause.resume': { role: 'guardian' },
  'nudge.send': { role: 'process-observer' },
  'scribeNote.add': { role: 'scribe', holderOnly: true },
  'scribeNote.remove': { role: 'scribe', holderOnly: true },
};

function delegatedTo(state: CircleSession, command: CircleCommand, participantId: string): boolean {
  const delegation = roleDelegations[command.type] as Delegation<CircleCommandType> | undefined;
  if (!delegation) return false;
  if (!holdsRole(state, participantId, delegation.role) && delegation.anyMemberWhen?.(state) !== true) return false;
  return delegation.allows?.(command as never) ?? true;
}

/** Permissions come only from the actor and its roles in the session, never from the payload's ids. */
export function checkAuthority(state: CircleSession, command: CircleCommand, actor: Actor): DomainError | null {
  const authority = commandAuthority(command.type);
  if (authority === 'system') {
    return actor.kind === 'system' ? null : new DomainError('forbidden', 'Only the server reports presence and media');
  }
  if (actor.kind !== 'participant') return new DomainError('forbidden', 'The server cannot act for a participant');
  const participant = state.participants[actor.participantId];
  if (!participant) return new DomainError('forbidden', 'You are not part of this circle');
  if (authority === 'member') return null;
  if (participant.role === 'facilitator' && !roleDelegations[command.type]?.holderOnly) return null;
  if (delegatedTo(state, command, actor.participantId)) return null;
  return new DomainError(
    'forbidden',
    authority === 'role' ? 'Only the member holding that role can do that' : 'Only the facilitator can do that',
  );
}
