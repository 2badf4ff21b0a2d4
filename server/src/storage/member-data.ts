import type { Kysely } from 'kysely';
import { AttendanceRepository, type AttendanceRecord } from './attendance-repository';
import { CommitmentsRepository, type Commitment } from './commitments-repository';
import { InvitesRepository, type Invite } from './invites-repository';
import { KeptQuestionsRepository, type KeptQuestion } from './kept-questions-repository';
import { LoginsRepository, type Login } from './logins-repository';
import { MeetingReviewsRepository, type OwnReviewAnswer } from './meeting-reviews-repository';
import { MembersRepository, type Member } from './members-repository';
import { PresenterNotesRepository, type WrittenNoteRecord } from './presenter-notes-repository';
import { PresenterBriefsRepository, type StoredHelpfulness, type StoredPresenterBrief } from './presenter-briefs-repository';
import { MonthlyUpdatesRepository, type StoredMonthlyUpdate } from './monthly-updates-repository';
import { ParkedTopicsRepository, type ParkedTopic } from './parked-topics-repository';
import { RoleHoldingsRepository, type SessionRoleHolding } from './role-holdings-repository';
import type { DatabaseSchema } from './schema';
import { SpeakingTimeRepository, type SessionSpeakingTime } from './speaking-time-repository';
import { inTransaction } from './transactions';

/**
 * Everything stored about one member, as plain JSON-ready data. Token hashes are left out: they are
 * derived from secrets and say nothing about the person.
 */
export interface MemberDataExport {
  member: Omit<Member, 'calendarTokenHash'>;
  attendance: AttendanceRecord[];
  speakingTime: SessionSpeakingTime[];
  commitments: Commitment[];
  keptQuestions: KeptQuestion[];
  /** Briefs they wrote as presenter: drafts, and those kept after their session. */
  presenterBriefs: StoredPresenterBrief[];
  /** Their answers, as presenter, to "Were we helpful?". */
  helpfulness: StoredHelpfulness[];
  /** Forum roles they held, session by session. */
  roleHoldings: SessionRoleHolding[];
  /** Their own meeting review answers: theirs to see, though nobody else ever sees them as theirs. */
  meetingReviews: OwnReviewAnswer[];
  /**
   * Notes they wrote for presenters: when and in which session. The text is sealed for the presenter
   * and is theirs to read; notes addressed to this member are read at /api/me/presenter-notes.
   */
  presenterNotesWritten: WrittenNoteRecord[];
  /** Their monthly updates: ratings, lines and topics, session by session. */
  monthlyUpdates: (StoredMonthlyUpdate & { sessionStartsAt: number })[];
  /** Their topics in the cohort's parking lot, with whether they shared each with the facilitator. */
  parkedTopics: ParkedTopic[];
  invites: Omit<Invite, 'tokenHash'>[];
  logins: Omit<Login, 'id'>[];
}

/** Undefined when there is no such member. Read in one transaction, so the parts agree. */
export async function exportMemberData(db: Kysely<DatabaseSchema>, memberId: string): Promise<MemberDataExport | undefined> {
  return inTransaction(db, async (trx) => {
    const member = await new MembersRepository(trx).findById(memberId);
    if (!member) return undefined;
    const { calendarTokenHash: _calendarTokenHash, ...profile } = member;
    const invites = await new InvitesRepository(trx).listForMember(memberId);
    const logins = await new LoginsRepository(trx).listFor('member', memberId);
    return {
      member: profile,
      attendance: await new AttendanceRepository(trx).listByMember(memberId),
      speakingTime: await new SpeakingTimeRepository(trx).listForParticipant(memberId),
      commitments: await new CommitmentsRepository(trx).listByMember(memberId),
      keptQuestions: await new KeptQuestionsRepository(trx).listForPresenter(memberId),
      presenterBriefs: await new PresenterBriefsRepository(trx).listForPresenter(memberId),
      helpfulness: await new PresenterBriefsRepository(trx).listHelpfulnessForPresenter(memberId),
      roleHoldings: await new RoleHoldingsRepository(trx).listForParticipant(memberId),
      meetingReviews: await new MeetingReviewsRepository(trx).listByMember(memberId),
      presenterNotesWritten: await new PresenterNotesRepository(trx).listWrittenBy(memberId),
      monthlyUpdates: await new MonthlyUpdatesRepository(trx).listByMember(memberId),
      parkedTopics: await new ParkedTopicsRepository(trx).listByMember(memberId),
      invites: invites.map(({ tokenHash: _tokenHash, ...invite }) => invite),
      logins: logins.map(({ id: _id, ...login }) => login),
    };
  });
}

/**
 * Erases the member: their row and, in the same transaction, their logins (which also signs them
 * out), invites, speaking time, forum roles held, meeting review answers, monthly updates, parked topics, notes for
 * presenters they wrote or received (and their notes key), and by cascade their attendance,
 * commitments, kept questions, presenter briefs and answers to "Were we helpful?";
 * sessions they presented keep no reference to them. False when there was no such member.
 */
export async function deleteMemberData(db: Kysely<DatabaseSchema>, memberId: string): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    await new LoginsRepository(trx).deleteAllFor('member', memberId);
    await new InvitesRepository(trx).deleteForMember(memberId);
    await new SpeakingTimeRepository(trx).deleteForParticipant(memberId);
    await new RoleHoldingsRepository(trx).deleteForParticipant(memberId);
    await new MeetingReviewsRepository(trx).deleteForMember(memberId);
    await new PresenterNotesRepository(trx).deleteForMember(memberId);
    await new MonthlyUpdatesRepository(trx).deleteForMember(memberId);
    await new ParkedTopicsRepository(trx).deleteForMember(memberId);
    return new MembersRepository(trx).delete(memberId);
  });
}
