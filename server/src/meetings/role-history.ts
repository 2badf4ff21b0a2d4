import { emptyRoleHistory, forumRoles, roleHoldersOf, type CircleSession, type RoleHistory } from '@peercircle/shared';
import type { RoleHolding } from '../storage/role-holdings-repository';

/**
 * The holdings a new state adds to the cohort's memory. A role counts as held once the circle
 * runs with someone in it: roles handed out while preparing a session that then never starts leave
 * no trace, and one taken up mid-session is saved with the state that gave it.
 */
export function newRoleHoldings(state: CircleSession, previous: CircleSession): RoleHolding[] {
  if (state.status !== 'running') return [];
  const holders = roleHoldersOf(state);
  const before = previous.status === 'running' ? roleHoldersOf(previous) : null;
  return forumRoles.flatMap((role) => {
    const participantId = holders[role];
    if (participantId === null || before?.[role] === participantId) return [];
    return [{ role, participantId, heldAt: state.clock }];
  });
}

/** When each participant last held each role, from the holdings of the cohort's other sessions. */
export function roleHistoryFrom(holdings: readonly RoleHolding[]): RoleHistory {
  const history = emptyRoleHistory();
  for (const { role, participantId, heldAt } of holdings) {
    const byParticipant = history[role];
    byParticipant[participantId] = Math.max(byParticipant[participantId] ?? -Infinity, heldAt);
  }
  return history;
}
