import {
  describeCadence,
  DomainError,
  isUpdateDue,
  type Commitment,
  type MemberHome,
  type NewCommitment,
  type PreviousCommitment,
  type SessionCommitments,
} from '@peercircle/shared';
import type { CalendarTokens } from '../accounts/calendar-tokens';
import type { LoginSessions } from '../accounts/login-sessions';
import { cadenceOf, sessionSummary } from '../cohort-admin/cohort-views';
import type { Repositories } from '../repositories';
import type { Commitment as StoredCommitment } from '../storage/commitments-repository';
import { deleteMemberData, exportMemberData } from '../storage/member-data';
import type { CohortSession } from '../storage/sessions-repository';
import { commitmentsOpen, sessionForCommitments } from './commitment-window';
import { activeMember } from './member-access';

/** What a member does outside the live session: their home, the agreement, commitments, their data. */
export class MemberArea {
  constructor(
    private readonly repos: Repositories,
    private readonly logins: LoginSessions,
    private readonly calendarTokens: CalendarTokens,
    private readonly publicUrl: string,
    private readonly clock: () => number,
  ) {}

  async home(memberId: string): Promise<MemberHome> {
    const member = await activeMember(this.repos, memberId);
    const cohort = await this.repos.cohorts.findById(member.cohortId);
    if (!cohort) throw new DomainError('not_found', 'Your circle no longer exists');
    const [next] = await this.repos.sessions.listUpcoming(cohort.id, this.clock(), 1);
    const commitments = await this.repos.commitments.listByMember(member.id);
    const submitted = next ? (await this.repos.monthlyUpdates.find(next.id, member.id)) !== undefined : false;
    const writingFor = sessionForCommitments(await this.repos.sessions.listByCohort(cohort.id));
    return {
      member: { id: member.id, displayName: member.displayName, timezone: member.timezone },
      cohort: { id: cohort.id, name: cohort.name, purpose: cohort.purpose, cadenceDescription: describeCadence(cadenceOf(cohort)) },
      agreement: {
        text: cohort.agreementText,
        version: cohort.agreementVersion,
        accepted: member.acceptedAgreementVersion === cohort.agreementVersion,
      },
      nextSession: next ? sessionSummary(next) : null,
      updateDue: next ? isUpdateDue(next.startsAt, this.clock(), submitted) : false,
      calendarUrl: `${this.publicUrl}/api/calendar/${this.calendarTokens.tokenFor(member.id)}`,
      commitments: commitments.map(toCommitment),
      commitmentSession: writingFor && { sessionId: writingFor.id, startsAt: writingFor.startsAt },
    };
  }

  /** Accepting names the version read, so a text changed meanwhile is not accepted unseen. */
  async acceptAgreement(memberId: string, version: number): Promise<void> {
    const member = await activeMember(this.repos, memberId);
    const cohort = await this.repos.cohorts.findById(member.cohortId);
    if (!cohort || cohort.agreementVersion !== version) {
      throw new DomainError('conflict', 'The agreement has changed since you opened it; please read it again');
    }
    await this.repos.members.acceptAgreement(memberId, version);
  }

  async addCommitment(memberId: string, sessionId: string, input: NewCommitment): Promise<Commitment> {
    const member = await activeMember(this.repos, memberId);
    await this.openSessionOf(member.cohortId, sessionId);
    const saved = await this.repos.commitments.create(
      { memberId, sessionId, text: input.text, visibility: input.visibility },
      this.clock(),
    );
    return toCommitment(saved);
  }

  /** One's own commitments only, and only until the next session's check-in starts. */
  async updateCommitment(memberId: string, commitmentId: string, input: NewCommitment): Promise<Commitment> {
    const member = await activeMember(this.repos, memberId);
    const commitment = await this.repos.commitments.findById(commitmentId);
    // Someone else's commitment is answered exactly like one that does not exist.
    if (!commitment || commitment.memberId !== member.id) throw new DomainError('not_found', 'No such commitment');
    await this.openSessionOf(member.cohortId, commitment.sessionId);
    await this.repos.commitments.update(commitment.id, { text: input.text, visibility: input.visibility });
    return toCommitment({ ...commitment, text: input.text, visibility: input.visibility });
  }

  /** The member's own commitments from one session of their cohort, and whether they can still change them. */
  async sessionCommitments(memberId: string, sessionId: string): Promise<SessionCommitments> {
    const member = await activeMember(this.repos, memberId);
    const { session, open } = await this.sessionOf(member.cohortId, sessionId);
    const mine = (await this.repos.commitments.listByMember(member.id)).filter((commitment) => commitment.sessionId === session.id);
    return { sessionId: session.id, sessionStartsAt: session.startsAt, open, commitments: mine.map(toCommitment) };
  }

  /**
   * Each member's latest commitment from before this session, to revisit at check-in: shared ones
   * for everyone in the circle, a private one only for its author.
   */
  async previousCommitments(viewer: { kind: 'facilitator' | 'member'; id: string }, sessionId: string): Promise<PreviousCommitment[]> {
    const session = await this.repos.sessions.findById(sessionId);
    if (!session) throw new DomainError('not_found', 'No such session');
    const allowed =
      viewer.kind === 'facilitator'
        ? await this.repos.cohorts.isFacilitator(session.cohortId, viewer.id)
        : (await this.repos.members.findById(viewer.id))?.cohortId === session.cohortId;
    if (!allowed) throw new DomainError('not_found', 'No such session');
    const members = await this.repos.members.listByCohort(session.cohortId);
    const previous = await Promise.all(
      members.map(async (member) => ({ member, commitment: await this.repos.commitments.latestBefore(member.id, session.startsAt) })),
    );
    const visible = previous.filter(({ member, commitment }) => commitment && (commitment.visibility === 'shared' || member.id === viewer.id));
    return Promise.all(
      visible.map(async ({ member, commitment }) => ({
        memberId: member.id,
        displayName: member.displayName,
        text: commitment!.text,
        fromSessionStartsAt: (await this.repos.sessions.findById(commitment!.sessionId))?.startsAt ?? commitment!.createdAt,
      })),
    );
  }

  async keptQuestions(memberId: string) {
    const kept = await this.repos.keptQuestions.listForPresenter(memberId);
    const bySession = new Map<string, string[]>();
    kept.forEach((question) => bySession.set(question.sessionId, [...(bySession.get(question.sessionId) ?? []), question.text]));
    return Promise.all(
      [...bySession].map(async ([sessionId, texts]) => ({
        sessionId,
        sessionStartsAt: (await this.repos.sessions.findById(sessionId))?.startsAt ?? 0,
        texts,
      })),
    );
  }

  async exportData(memberId: string): Promise<Record<string, unknown>> {
    const exported = await exportMemberData(this.repos.db, memberId);
    if (!exported) throw new DomainError('not_found', 'No data is stored about you');
    return { ...exported };
  }

  /** Deletes everything stored about the member, and signs them out everywhere. */
  async deleteData(memberId: string): Promise<void> {
    await this.logins.endAllFor({ kind: 'member', id: memberId });
    await deleteMemberData(this.repos.db, memberId);
  }

  private async sessionOf(cohortId: string, sessionId: string): Promise<{ session: CohortSession; open: boolean }> {
    const sessions = await this.repos.sessions.listByCohort(cohortId);
    const session = sessions.find((candidate) => candidate.id === sessionId);
    if (!session) throw new DomainError('not_found', 'No such session');
    return { session, open: commitmentsOpen(session, sessions) };
  }

  private async openSessionOf(cohortId: string, sessionId: string): Promise<CohortSession> {
    const { session, open } = await this.sessionOf(cohortId, sessionId);
    if (!open) throw new DomainError('session_closed', "The next session's check-in has started: commitments from this one can no longer be changed");
    return session;
  }
}

const toCommitment = ({ id, sessionId, text, visibility, createdAt }: StoredCommitment): Commitment => ({ id, sessionId, text, visibility, createdAt });
