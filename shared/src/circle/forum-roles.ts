import { DomainError } from '../errors';
import type { CommandOf } from './commands';
import type { Outcome, ParticipantContext } from './command-handler';
import { forumRoles, type CircleSession, type ForumRole, type RoleHistory, type RoleHolders } from './session-state';

export const noRoleHolders: RoleHolders = { timekeeper: null, guardian: null, 'process-observer': null, scribe: null };

export function emptyRoleHistory(): RoleHistory {
  return { timekeeper: {}, guardian: {}, 'process-observer': {}, scribe: {} };
}

export const forumRoleLabels: Record<ForumRole, string> = {
  timekeeper: 'Timekeeper',
  guardian: 'Guardian',
  'process-observer': 'Process observer',
  scribe: 'Scribe',
};

/** States saved before roles existed have no holders. */
export function roleHoldersOf(state: Pick<CircleSession, 'roleHolders'>): RoleHolders {
  return state.roleHolders ?? noRoleHolders;
}

export function holdsRole(state: CircleSession, participantId: string, role: ForumRole): boolean {
  return roleHoldersOf(state)[role] === participantId;
}

export function rolesHeldBy(state: CircleSession, participantId: string): ForumRole[] {
  const holders = roleHoldersOf(state);
  return forumRoles.filter((role) => holders[role] === participantId);
}

function withHolder(state: CircleSession, role: ForumRole, holderId: string | null): CircleSession {
  return { ...state, roleHolders: { ...roleHoldersOf(state), [role]: holderId } };
}

/** Roles are for members: the facilitator already has every power a role gives. */
function checkEligible(state: CircleSession, participantId: string): DomainError | null {
  const participant = state.participants[participantId];
  if (!participant) return new DomainError('not_found', `No participant ${participantId} in this circle`);
  if (participant.role === 'facilitator') {
    return new DomainError('conflict', `${participant.displayName} facilitates and already has every role's powers`);
  }
  return null;
}

export function assignRole(state: CircleSession, command: CommandOf<'roles.assign'>): Outcome {
  if (command.participantId === null) return withHolder(state, command.role, null);
  return checkEligible(state, command.participantId) ?? withHolder(state, command.role, command.participantId);
}

/**
 * Whoever present held the role least recently in this cohort (never first), leaving out the
 * presenter and the current holder; among equals, someone holding no other role, then circle order.
 */
export function nextRoleHolder(state: CircleSession, role: ForumRole): string | null {
  const holders = roleHoldersOf(state);
  const lastHeld = state.roleHistory?.[role] ?? {};
  const candidates = state.seating.filter((participantId) => {
    const participant = state.participants[participantId];
    return (
      participant?.role === 'member' &&
      participant.presence === 'present' &&
      participantId !== state.presenterId &&
      participantId !== holders[role]
    );
  });
  const busy = (participantId: string) => (forumRoles.some((other) => holders[other] === participantId) ? 1 : 0);
  const rank = (participantId: string) => [lastHeld[participantId] ?? -Infinity, busy(participantId), state.seating.indexOf(participantId)];
  const byRank = (a: string, b: string) => {
    const [ra, rb] = [rank(a), rank(b)];
    const index = ra.findIndex((value, i) => value !== rb[i]);
    return index < 0 ? 0 : ra[index]! - rb[index]!;
  };
  return [...candidates].sort(byRank)[0] ?? null;
}

export function rotateRole(state: CircleSession, command: CommandOf<'roles.rotate'>): Outcome {
  const next = nextRoleHolder(state, command.role);
  if (next === null) return new DomainError('conflict', 'Nobody else present can take this role');
  return withHolder(state, command.role, next);
}

export function sendTimeSignal(state: CircleSession, command: CommandOf<'timeSignal.send'>, { actorId, now }: ParticipantContext): Outcome {
  const speakerId = state.floor.holderId;
  if (speakerId === null) return new DomainError('conflict', 'Nobody is speaking');
  if (speakerId === actorId) return new DomainError('conflict', 'You hold the floor yourself');
  return { ...state, timeSignal: { toId: speakerId, fromId: actorId, kind: command.kind, sentAt: now } };
}
