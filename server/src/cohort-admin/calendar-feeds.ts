import { DomainError, type Identity } from '@peercircle/shared';
import { hashSecret } from '../auth/secrets';
import { sessionCalendarEvent } from '../calendar/calendar-event';
import { memberCalendarFeed, singleSessionCalendar } from '../calendar/ics';
import type { Repositories } from '../repositories';
import type { Cohort } from '../storage/cohorts-repository';
import type { CohortSession } from '../storage/sessions-repository';
import { cadenceOf } from './cohort-views';

/** Calendar files: a member's subscription feed (by secret URL) and single-session downloads. */
export class CalendarFeeds {
  constructor(
    private readonly repos: Repositories,
    private readonly publicUrl: string,
    private readonly clock: () => number,
  ) {}

  /** The personal feed; an unknown or revoked token gets `not_found`, nothing else. */
  async feedForToken(token: string): Promise<string> {
    const member = token.length <= 64 ? await this.repos.members.findByCalendarTokenHash(hashSecret(token)) : undefined;
    const cohort = member && member.removedAt === null ? await this.repos.cohorts.findById(member.cohortId) : undefined;
    if (!cohort) throw new DomainError('not_found', 'No such calendar');
    const sessions = await this.repos.sessions.listUpcoming(cohort.id, this.clock() - 31 * 24 * 3_600_000, 24);
    return memberCalendarFeed({
      calendarName: `${cohort.name} (PeerCircle)`,
      events: sessions.filter((s) => s.status !== 'cancelled').map((s) => this.event(cohort, s)),
    });
  }

  async sessionFile(identity: Identity, sessionId: string): Promise<string> {
    const session = await this.repos.sessions.findById(sessionId);
    const cohort = session ? await this.repos.cohorts.findById(session.cohortId) : undefined;
    const allowed =
      cohort !== undefined &&
      (identity.kind === 'facilitator' ? await this.repos.cohorts.isFacilitator(cohort.id, identity.id) : identity.cohortId === cohort.id);
    if (!session || !cohort || !allowed) throw new DomainError('not_found', 'No such session');
    return singleSessionCalendar(this.event(cohort, session));
  }

  private event(cohort: Cohort, session: CohortSession) {
    return sessionCalendarEvent({
      sessionId: session.id,
      cohortName: cohort.name,
      startsAt: session.startsAt,
      durationMinutes: session.durationMinutes,
      timezone: cadenceOf(cohort).timezone,
      joinUrl: `${this.publicUrl}/s/${session.id}`,
    });
  }
}
