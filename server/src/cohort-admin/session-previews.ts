import { DomainError, type SessionPreview } from '@peercircle/shared';
import type { CircleStates } from '../meetings/circle-states';
import type { Repositories } from '../repositories';
import type { CohortSession } from '../storage/sessions-repository';
import { presenterIdNow } from './provisional-presenter';

type Viewer = { kind: 'facilitator' | 'member'; id: string };

const noSuchSession = () => new DomainError('not_found', 'No such session');

/** A cohort session as its facilitators and members see it on the way in: when, and who presents. */
export class SessionPreviews {
  constructor(
    private readonly repos: Repositories,
    private readonly circleStates: CircleStates,
    private readonly clock: () => number,
  ) {}

  async preview(viewer: Viewer, sessionId: string): Promise<SessionPreview> {
    const session = await this.repos.sessions.findById(sessionId);
    if (!session) throw noSuchSession();
    const cohort = await this.repos.cohorts.findById(session.cohortId);
    const allowed =
      viewer.kind === 'facilitator'
        ? await this.repos.cohorts.isFacilitator(session.cohortId, viewer.id)
        : (await this.repos.members.findById(viewer.id))?.cohortId === session.cohortId;
    if (!cohort || !allowed) throw noSuchSession();
    const following = await this.repos.sessions.listUpcoming(session.cohortId, this.clock(), 3);
    return {
      sessionId: session.id,
      cohortName: cohort.name,
      startsAt: session.startsAt,
      durationMinutes: session.durationMinutes,
      status: session.status,
      presenter: await this.presenter(session),
      privacyChecklist: viewer.kind === 'member' ? cohort.privacyChecklist : [],
      nextSessionStartsAt: following.find((next) => next.id !== session.id && next.startsAt > session.startsAt)?.startsAt ?? null,
    };
  }

  /** Once a session is open, the circle's own presenter is the truth (the facilitator may change it there). */
  private async presenter(session: CohortSession): Promise<SessionPreview['presenter']> {
    const live = session.status === 'open' ? await this.circleStates.current(session.id) : undefined;
    const presenterId = await presenterIdNow(this.repos, this.circleStates, session);
    const settled = live
      ? live.status !== 'not-started' || session.presenterOverrideId !== null
      : session.status !== 'scheduled' || session.presenterOverrideId !== null;
    const member = presenterId === null ? undefined : await this.repos.members.findById(presenterId);
    return member && member.removedAt === null ? { id: member.id, displayName: member.displayName, settled } : null;
  }
}
