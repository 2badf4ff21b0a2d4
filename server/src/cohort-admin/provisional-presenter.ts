import type { SessionRooms } from '../circle/session-rooms';
import { choosePresenter } from '../cohorts/presenter-rotation';
import type { Repositories } from '../repositories';
import type { CohortSession } from '../storage/sessions-repository';

/**
 * Who presents at a session that has not started: the facilitator's choice, or the rotation's pick
 * among all members (who presented least recently). The start picks again among those present.
 */
export async function provisionalPresenterId(repos: Repositories, session: CohortSession): Promise<string | null> {
  if (session.presenterOverrideId !== null) return session.presenterOverrideId;
  const members = await repos.members.listByCohort(session.cohortId);
  const history = (await repos.sessions.listByCohort(session.cohortId))
    .filter((past) => past.status === 'ended')
    .map((past) => ({ presenterId: past.presenterId, startsAt: past.startsAt }));
  const memberIds = members.map((member) => member.id);
  return choosePresenter({ attendingMemberIds: memberIds, seatingOrder: memberIds, history });
}

/**
 * Who presents a session now: once it is open, the live circle's presenter (the facilitator may
 * change it there); before, the provisional pick; after, the one recorded.
 */
export async function presenterIdNow(repos: Repositories, liveSessions: SessionRooms, session: CohortSession): Promise<string | null> {
  const live = session.status === 'open' ? liveSessions.get(session.id)?.state : undefined;
  if (live) return live.presenterId;
  if (session.status === 'scheduled') return provisionalPresenterId(repos, session);
  return session.presenterId;
}
