import type { Kysely } from 'kysely';
import { AttendanceRepository } from './storage/attendance-repository';
import { CohortsRepository } from './storage/cohorts-repository';
import { CommitmentsRepository } from './storage/commitments-repository';
import { FacilitatorsRepository } from './storage/facilitators-repository';
import { InvitesRepository } from './storage/invites-repository';
import { KeptQuestionsRepository } from './storage/kept-questions-repository';
import { LiveStatesRepository } from './storage/live-states-repository';
import { LoginsRepository } from './storage/logins-repository';
import { MeetingReviewsRepository } from './storage/meeting-reviews-repository';
import { MembersRepository } from './storage/members-repository';
import { PresenterNotesRepository } from './storage/presenter-notes-repository';
import { PresenterBriefsRepository } from './storage/presenter-briefs-repository';
import { MonthlyUpdatesRepository } from './storage/monthly-updates-repository';
import { ParkedTopicsRepository } from './storage/parked-topics-repository';
import { RoleHoldingsRepository } from './storage/role-holdings-repository';
import type { DatabaseSchema } from './storage/schema';
import { SessionPausesRepository } from './storage/session-pauses-repository';
import { SessionsRepository } from './storage/sessions-repository';
import { SignInLinksRepository } from './storage/sign-in-links-repository';
import { SpeakingTimeRepository } from './storage/speaking-time-repository';

/** Every repository over one database, so services take what they need from a single bundle. */
export interface Repositories {
  db: Kysely<DatabaseSchema>;
  facilitators: FacilitatorsRepository;
  cohorts: CohortsRepository;
  members: MembersRepository;
  invites: InvitesRepository;
  logins: LoginsRepository;
  sessions: SessionsRepository;
  liveStates: LiveStatesRepository;
  attendance: AttendanceRepository;
  speakingTime: SpeakingTimeRepository;
  commitments: CommitmentsRepository;
  keptQuestions: KeptQuestionsRepository;
  signInLinks: SignInLinksRepository;
  sessionPauses: SessionPausesRepository;
  roleHoldings: RoleHoldingsRepository;
  meetingReviews: MeetingReviewsRepository;
  presenterNotes: PresenterNotesRepository;
  presenterBriefs: PresenterBriefsRepository;
  monthlyUpdates: MonthlyUpdatesRepository;
  parkedTopics: ParkedTopicsRepository;
}

export function createRepositories(db: Kysely<DatabaseSchema>): Repositories {
  return {
    db,
    facilitators: new FacilitatorsRepository(db),
    cohorts: new CohortsRepository(db),
    members: new MembersRepository(db),
    invites: new InvitesRepository(db),
    logins: new LoginsRepository(db),
    sessions: new SessionsRepository(db),
    liveStates: new LiveStatesRepository(db),
    attendance: new AttendanceRepository(db),
    speakingTime: new SpeakingTimeRepository(db),
    commitments: new CommitmentsRepository(db),
    keptQuestions: new KeptQuestionsRepository(db),
    signInLinks: new SignInLinksRepository(db),
    sessionPauses: new SessionPausesRepository(db),
    roleHoldings: new RoleHoldingsRepository(db),
    meetingReviews: new MeetingReviewsRepository(db),
    presenterNotes: new PresenterNotesRepository(db),
    presenterBriefs: new PresenterBriefsRepository(db),
    monthlyUpdates: new MonthlyUpdatesRepository(db),
    parkedTopics: new ParkedTopicsRepository(db),
  };
}
