import type { CohortHealthReport } from '@peercircle/shared';
import { cohortHealth } from '../cohorts/cohort-health';
import type { Repositories } from '../repositories';
import type { CohortAdmin } from './cohort-admin';

/** Gathers a cohort's history from storage and hands it to the pure health calculation. */
export class CohortHealthService {
  constructor(
    private readonly repos: Repositories,
    private readonly admin: CohortAdmin,
    private readonly clock: () => number,
  ) {}

  async report(facilitatorId: string, cohortId: string): Promise<CohortHealthReport> {
    const cohort = await this.admin.ownCohort(facilitatorId, cohortId);
    const [members, sessions, attendance, speakingTime] = await Promise.all([
      this.repos.members.listByCohort(cohort.id),
      this.repos.sessions.listByCohort(cohort.id),
      this.repos.attendance.listByCohort(cohort.id),
      this.repos.speakingTime.listByCohort(cohort.id),
    ]);
    const reviewAnswers = await this.repos.meetingReviews.listAnonymous(sessions.filter((session) => session.status === 'ended').map((session) => session.id));
    return cohortHealth({
      members: members.map((member) => ({ id: member.id, displayName: member.displayName, joinedAt: member.createdAt })),
      sessions: sessions.map((session) => ({
        id: session.id,
        startsAt: session.startsAt,
        status: session.status,
        presenterId: session.presenterId,
        endedAt: session.endedAt,
      })),
      attendance: attendance.map((record) => ({
        sessionId: record.sessionId,
        memberId: record.memberId,
        firstJoinedAt: record.firstJoinedAt,
        presentMs: record.presentMs,
      })),
      speakingTime: speakingTime.map((entry) => ({
        sessionId: entry.sessionId,
        participantId: entry.participantId,
        floorMs: entry.floorMs,
        voiceMs: entry.voiceMs,
      })),
      reviewAnswers,
      now: this.clock(),
    });
  }
}
