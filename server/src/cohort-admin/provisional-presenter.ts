import type { CircleStates } from '../meetings/circle-states';
import { proposePresenter, type PresenterProposal } from '../cohorts/presenter-rotation';
import type { Repositories } from '../repositories';
import type { CohortSession } from '../storage/sessions-repository';

/**
 * Who presents at a session that has not started: the facilitator's choice, or the rotation's pick
 * among all members (who presented least recently, then the most urgent parked topic). The start
 * picks again among those present.
 */
export async function provisionalPresenterId(repos: Repositories, session: CohortSession): Promise<string | null> {
  if (session.presenterOverrideId !== null) return session.presenterOverrideId;
  return (await rotationProposal(repos, session.cohortId)).presenterId;
}

/** The rotation's proposal among all the cohort's members, and why. */
export async function rotationProposal(repos: Repositories, cohortId: string): Promise<PresenterProposal> {
  const memberIds = (await repos.members.listByCohort(cohortId)).map((member) => member.id);
  return proposePresenter({ attendingMemberIds: memberIds, seatingOrder: memberIds, ...(await rotationInputs(repos, cohortId)) });
}

/** The cohort's presentation history and parked topics (without their titles), for the rotation. */
export async function rotationInputs(repos: Repositories, cohortId: string) {
  const history = (await repos.sessions.listByCohort(cohortId))
    .filter((past) => past.status === 'ended')
    .map((past) => ({ presenterId: past.presenterId, startsAt: past.startsAt }));
  const parkedTopics = (await repos.parkedTopics.listForCohort(cohortId)).map(({ memberId, urgency, importance, parkedAt }) => ({ memberId, urgency, importance, parkedAt }));
  return { history, parkedTopics };
}

/**
 * Who presents a session now: once it is open, the live circle's presenter (the facilitator may
 * change it there); before, the provisional pick; after, the one recorded.
 */
export async function presenterIdNow(repos: Repositories, circleStates: CircleStates, session: CohortSession): Promise<string | null> {
  const live = session.status === 'open' ? await circleStates.current(session.id) : undefined;
  if (live) return live.presenterId;
  if (session.status === 'scheduled') return provisionalPresenterId(repos, session);
  return session.presenterId;
}
