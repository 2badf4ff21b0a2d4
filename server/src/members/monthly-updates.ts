import { DomainError, type MonthlyUpdate, type MyMonthlyUpdate, type MyRatingsHistory, type UpdateSubmissions } from '@peercircle/shared';
import { createRepositories, type Repositories } from '../repositories';
import { inTransaction } from '../storage/transactions';
import type { CohortSession } from '../storage/sessions-repository';
import { activeMember, memberAndSession } from './member-access';

const noSuchSession = () => new DomainError('not_found', 'No such session');

/**
 * Monthly updates: a member submits (or replaces) their own update for a coming session of their
 * cohort until it starts; facilitators see who submitted, and ratings only where the member shared.
 * Nothing here logs, and no read returns another member's unshared ratings.
 */
export class MonthlyUpdates {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: () => number,
  ) {}

  /** `input` is already validated by `monthlyUpdateSchema`. */
  async submit(memberId: string, sessionId: string, input: MonthlyUpdate): Promise<MyMonthlyUpdate> {
    const session = await this.memberSession(memberId, sessionId);
    if (session.status !== 'scheduled' || session.startsAt <= this.clock()) throw new DomainError('session_closed', 'Updates are taken until the session starts');
    const now = this.clock();
    await inTransaction(this.repos.db, async (trx) => {
      const repos = createRepositories(trx);
      await repos.monthlyUpdates.submit({ sessionId: session.id, memberId, areas: input.areas, topics: input.topics, shareWithFacilitator: input.shareWithFacilitator }, now);
      // Topics marked "might present" wait in the cohort's parking lot until the member presents.
      await repos.parkedTopics.replaceFromUpdate({ cohortId: session.cohortId, memberId, sessionId: session.id, topics: input.topics }, now);
    });
    return this.mine(memberId, session.id) as Promise<MyMonthlyUpdate>;
  }

  /** The member's own update for the session, or null before they submitted one. */
  async mine(memberId: string, sessionId: string): Promise<MyMonthlyUpdate | null> {
    const session = await this.memberSession(memberId, sessionId);
    const update = await this.repos.monthlyUpdates.find(session.id, memberId);
    if (!update) return null;
    const { memberId: _memberId, ...own } = update;
    return own;
  }

  /** The member's own ratings over months, for their chart. */
  async myRatings(memberId: string): Promise<MyRatingsHistory> {
    const member = await activeMember(this.repos, memberId);
    const updates = await this.repos.monthlyUpdates.listByMember(member.id);
    return {
      areaNames: await this.repos.monthlyUpdates.areaNames(member.cohortId),
      points: updates.map((update) => ({ sessionId: update.sessionId, sessionStartsAt: update.sessionStartsAt, ratings: update.areas.map((area) => area.rating) })),
    };
  }

  /** For the cohort's facilitators: who submitted; areas only for those who shared. */
  async submissions(facilitatorId: string, sessionId: string): Promise<UpdateSubmissions> {
    const session = await this.repos.sessions.findById(sessionId);
    if (!session || !(await this.repos.cohorts.isFacilitator(session.cohortId, facilitatorId))) throw noSuchSession();
    const names = new Map((await this.repos.members.listByCohort(session.cohortId)).map((member) => [member.id, member.displayName]));
    const rows = await this.repos.monthlyUpdates.listForFacilitator(session.id);
    return {
      sessionId: session.id,
      areaNames: await this.repos.monthlyUpdates.areaNames(session.cohortId),
      // Removed members are not listed (listByCohort leaves them out).
      submitted: rows.flatMap((row) => {
        const displayName = names.get(row.memberId);
        return displayName === undefined ? [] : [{ memberId: row.memberId, displayName, shared: row.sharedAreas ? { areas: row.sharedAreas } : null }];
      }),
    };
  }

  private async memberSession(memberId: string, sessionId: string): Promise<CohortSession> {
    return (await memberAndSession(this.repos, memberId, sessionId)).session;
  }
}
