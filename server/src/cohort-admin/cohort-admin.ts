import { randomUUID } from 'node:crypto';
import {
  DomainError,
  type AddMember,
  type CohortDetail,
  type CohortSummary,
  type NewCohortInput,
  type MemberInvite,
  type SessionSummary,
  type UpdateCohort,
  type UpdateSession,
} from '@peercircle/shared';
import type { InviteLinks } from '../accounts/invite-links';
import type { LoginSessions } from '../accounts/login-sessions';
import type { CalendarTokens } from '../accounts/calendar-tokens';
import { upcomingSessionStarts } from '../cohorts/cadence-schedule';
import { createRepositories, type Repositories } from '../repositories';
import type { Cohort } from '../storage/cohorts-repository';
import { inTransaction } from '../storage/transactions';
import { cadenceOf, cohortDetail, cohortSummary, sessionSummary } from './cohort-views';
import { DEFAULT_AGREEMENT } from './default-agreement';


/** How far ahead sessions exist as rows (so facilitators can set presenters and formats). */
const SCHEDULED_AHEAD = 6;

/** What facilitators do with their cohorts: create and edit them, invite and remove members, plan sessions. */
export class CohortAdmin {
  constructor(
    private readonly repos: Repositories,
    private readonly invites: InviteLinks,
    private readonly logins: LoginSessions,
    private readonly calendarTokens: CalendarTokens,
    private readonly clock: () => number,
  ) {}

  async create(facilitatorId: string, input: NewCohortInput): Promise<CohortDetail> {
    const cohort = await this.repos.cohorts.create(
      {
        name: input.name,
        purpose: input.purpose,
        agreementText: input.agreementText ?? DEFAULT_AGREEMENT,
        cadenceJson: JSON.stringify(input.cadence),
        defaultFormat: input.defaultFormat,
        createdBy: facilitatorId,
      },
      this.clock(),
    );
    await this.scheduleAhead(cohort);
    return this.detail(cohort);
  }

  async list(facilitatorId: string): Promise<CohortSummary[]> {
    const cohorts = await this.repos.cohorts.listForFacilitator(facilitatorId);
    return Promise.all(
      cohorts.map(async (cohort) => {
        await this.scheduleAhead(cohort);
        const members = await this.repos.members.listByCohort(cohort.id);
        const [next] = await this.repos.sessions.listUpcoming(cohort.id, this.clock(), 1);
        return cohortSummary(cohort, members.length, next);
      }),
    );
  }

  async get(facilitatorId: string, cohortId: string): Promise<CohortDetail> {
    const cohort = await this.ownCohort(facilitatorId, cohortId);
    await this.scheduleAhead(cohort);
    return this.detail(cohort);
  }

  async update(facilitatorId: string, cohortId: string, changes: UpdateCohort): Promise<CohortDetail> {
    const before = await this.ownCohort(facilitatorId, cohortId);
    const updated = await this.repos.cohorts.update(cohortId, {
      ...(changes.name === undefined ? {} : { name: changes.name }),
      ...(changes.purpose === undefined ? {} : { purpose: changes.purpose }),
      ...(changes.agreementText === undefined ? {} : { agreementText: changes.agreementText }),
      ...(changes.defaultFormat === undefined ? {} : { defaultFormat: changes.defaultFormat }),
      ...(changes.anyMemberMayPause === undefined ? {} : { anyMemberMayPause: changes.anyMemberMayPause }),
      ...(changes.notesRetentionDays === undefined ? {} : { notesRetentionDays: changes.notesRetentionDays }),
      ...(changes.cadence === undefined ? {} : { cadenceJson: JSON.stringify(changes.cadence) }),
      ...(changes.privacyChecklist === undefined ? {} : { privacyChecklist: changes.privacyChecklist }),
    });
    if (!updated) throw new DomainError('not_found', 'No such cohort');
    if (changes.updateAreaNames !== undefined) await this.repos.monthlyUpdates.renameAreas(cohortId, changes.updateAreaNames);
    if (updated.cadenceJson !== before.cadenceJson) {
      // The old rhythm's future sessions go; the new rhythm's are scheduled in their place.
      await this.repos.sessions.deleteFutureScheduled(cohortId, this.clock());
    }
    await this.scheduleAhead(updated);
    return this.detail(updated);
  }

  async addMember(facilitatorId: string, cohortId: string, input: AddMember): Promise<MemberInvite> {
    await this.ownCohort(facilitatorId, cohortId);
    const memberId = randomUUID();
    const member = await this.repos.members.create(
      {
        id: memberId,
        cohortId,
        displayName: input.displayName,
        email: input.email ?? null,
        timezone: input.timezone ?? null,
        calendarTokenHash: this.calendarTokens.hashFor(memberId),
      },
      this.clock(),
    );
    return this.invites.issue(member);
  }

  async reinvite(facilitatorId: string, cohortId: string, memberId: string): Promise<MemberInvite> {
    const member = await this.ownMember(facilitatorId, cohortId, memberId);
    return this.invites.reissue(member);
  }

  /** Removal is immediate: their invites and logins stop working, and ending the logins ends any live connection. */
  async removeMember(facilitatorId: string, cohortId: string, memberId: string): Promise<void> {
    await this.ownMember(facilitatorId, cohortId, memberId);
    const now = this.clock();
    await inTransaction(this.repos.db, async (trx) => {
      const repos = createRepositories(trx);
      await repos.members.markRemoved(memberId, now);
      await repos.invites.deleteForMember(memberId);
      await repos.logins.revokeAllFor('member', memberId, now);
    });
    this.logins.endedEverywhere({ kind: 'member', id: memberId });
  }

  async updateSession(facilitatorId: string, sessionId: string, changes: UpdateSession): Promise<SessionSummary> {
    const session = await this.repos.sessions.findById(sessionId);
    if (!session) throw new DomainError('not_found', 'No such session');
    await this.ownCohort(facilitatorId, session.cohortId);
    if (session.status !== 'scheduled') throw new DomainError('conflict', 'Only sessions that have not started can be changed');
    if (changes.presenterOverrideId !== undefined) {
      if (changes.presenterOverrideId !== null) await this.ownMember(facilitatorId, session.cohortId, changes.presenterOverrideId);
      await this.repos.sessions.setPresenterOverride(sessionId, changes.presenterOverrideId);
    }
    if (changes.format !== undefined) await this.repos.sessions.setFormat(sessionId, changes.format);
    const updated = await this.repos.sessions.findById(sessionId);
    return sessionSummary(updated ?? session);
  }

  /** The cohort, if this facilitator runs it; otherwise `not_found` (nothing to learn by probing ids). */
  async ownCohort(facilitatorId: string, cohortId: string): Promise<Cohort> {
    const cohort = await this.repos.cohorts.findById(cohortId);
    if (!cohort || !(await this.repos.cohorts.isFacilitator(cohortId, facilitatorId))) {
      throw new DomainError('not_found', 'No such cohort');
    }
    return cohort;
  }

  private async ownMember(facilitatorId: string, cohortId: string, memberId: string) {
    await this.ownCohort(facilitatorId, cohortId);
    const member = await this.repos.members.findById(memberId);
    if (!member || member.cohortId !== cohortId || member.removedAt !== null) throw new DomainError('not_found', 'No such member');
    return member;
  }

  /** Keeps the next few sessions of the cadence as rows. */
  private async scheduleAhead(cohort: Cohort): Promise<void> {
    const now = this.clock();
    const cadence = cadenceOf(cohort);
    const existing = await this.repos.sessions.listByCohort(cohort.id);
    const taken = new Set(existing.map((session) => session.startsAt));
    const upcoming = existing.filter((session) => session.startsAt >= now && session.status !== 'cancelled').length;
    if (upcoming >= SCHEDULED_AHEAD) return;
    for (const startsAt of upcomingSessionStarts(cadence, now, SCHEDULED_AHEAD)) {
      if (taken.has(startsAt)) continue;
      await this.repos.sessions.create({
        cohortId: cohort.id,
        startsAt,
        durationMinutes: cadence.durationMinutes,
        format: cohort.defaultFormat,
      });
    }
  }

  private async detail(cohort: Cohort): Promise<CohortDetail> {
    const [facilitators, members, sessions] = await Promise.all([
      this.repos.cohorts.listFacilitators(cohort.id),
      this.repos.members.listByCohort(cohort.id),
      this.repos.sessions.listByCohort(cohort.id),
    ]);
    const briefReadySessionIds = await this.repos.presenterBriefs.readySessionIds(sessions.map((session) => session.id));
    const updateAreaNames = await this.repos.monthlyUpdates.areaNames(cohort.id);
    return cohortDetail(cohort, { facilitators, members, sessions, briefReadySessionIds, updateAreaNames, now: this.clock() });
  }
}
