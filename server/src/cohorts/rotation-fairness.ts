import type { PresenterRotationFairness } from '@peercircle/shared';
import type { HealthMember, HealthSession } from './cohort-health-input';

/**
 * How often each member has presented across all ended sessions (oldest first), and how long ago.
 * Honest under swaps because a session's recorded presenter is whoever held the presenter's seat when
 * it ended (LiveCohortSessions.finish): a member the facilitator swapped out is neither credited nor
 * moved back in the rotation, and stays first in line.
 */
export function rotationFairness(members: readonly HealthMember[], ended: readonly HealthSession[]): PresenterRotationFairness {
  const tallies = members.map((member) => {
    const presentedAt = ended.filter((session) => session.presenterId === member.id).map((session) => session.startsAt);
    const lastPresentedAt = presentedAt.length === 0 ? null : Math.max(...presentedAt);
    return {
      memberId: member.id,
      displayName: member.displayName,
      timesPresented: presentedAt.length,
      lastPresentedAt,
      sessionsSincePresented: lastPresentedAt === null ? null : ended.filter((session) => session.startsAt > lastPresentedAt).length,
    };
  });
  return { members: tallies, neverPresented: tallies.filter((tally) => tally.timesPresented === 0).map((tally) => tally.memberId) };
}
