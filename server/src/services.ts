import type { Logger } from 'pino';
import { CalendarTokens } from './accounts/calendar-tokens';
import { EndedSignInsSweeper } from './accounts/ended-sign-ins-sweeper';
import { FacilitatorAccounts } from './accounts/facilitator-accounts';
import { InviteLinks } from './accounts/invite-links';
import { LoginSessions } from './accounts/login-sessions';
import { SignInAttempts } from './accounts/sign-in-attempts';
import { SignInLinks } from './accounts/sign-in-links';
import type { SessionRooms } from './circle/session-rooms';
import { CalendarFeeds } from './cohort-admin/calendar-feeds';
import { CohortAdmin } from './cohort-admin/cohort-admin';
import { CohortHealthService } from './cohort-admin/cohort-health-service';
import { SessionPreviews } from './cohort-admin/session-previews';
import { PresenterBriefs } from './members/presenter-briefs';
import type { ServerConfig } from './config';
import { AttendanceLog } from './meetings/attendance-log';
import { CircleStates } from './meetings/circle-states';
import { LiveCohortSessions } from './meetings/live-cohort-sessions';
import { Lobby } from './door/lobby';
import { MeetingReviews } from './members/meeting-reviews';
import { MemberArea } from './members/member-area';
import { PresenterNotes } from './members/presenter-notes';
import { PresenterNotesSweeper } from './members/presenter-notes-sweeper';
import { MonthlyUpdates } from './members/monthly-updates';
import { ParkingLot } from './members/parking-lot';
import type { Repositories } from './repositories';

/** The application's services over storage; HTTP routes and sockets call into these. */
export function createServices(
  config: ServerConfig,
  repos: Repositories,
  sessions: SessionRooms,
  logger: Logger,
  clock: () => number = Date.now,
  /** Cluster mode: the fencing epoch of this node's lease on a circle (see LiveCohortSessions). */
  ownerEpoch?: (sessionId: string) => number,
) {
  const calendarTokens = new CalendarTokens(config.serverSecret);
  const logins = new LoginSessions(repos.logins, repos.facilitators, repos.members, config.LOGIN_TTL_DAYS * 86_400_000, clock);
  const invites = new InviteLinks(repos.invites, repos.members, config.publicUrl, config.INVITE_TTL_HOURS * 3_600_000, clock);
  const cohortAdmin = new CohortAdmin(repos, invites, logins, calendarTokens, clock);
  const lobby = new Lobby();
  const attendance = new AttendanceLog(repos.attendance, clock, logger.child({ component: 'attendance' }));
  // In a cluster the circle may live on another node: REST reads its last saved state.
  const circleStates = new CircleStates(sessions, config.REDIS_URL ? repos.liveStates : null);
  const presenterNotes = new PresenterNotes(repos, circleStates, config.serverSecret, clock);
  const liveSessions = new LiveCohortSessions(
    sessions,
    repos,
    (session) => {
      attendance.sessionEnded(session.id);
      lobby.clear(session.id);
    },
    clock,
    logger.child({ component: 'live-sessions' }),
    presenterNotes,
    ownerEpoch,
  );
  return {
    repositories: repos,
    signInLinks: new SignInLinks(repos.signInLinks, repos.facilitators, config.publicUrl, config.INVITE_TTL_HOURS * 3_600_000, clock),
    accounts: new FacilitatorAccounts(repos.facilitators, clock),
    signInAttempts: new SignInAttempts(config.AUTH_ATTEMPTS_PER_MINUTE, 60_000, clock),
    logins,
    invites,
    cohortAdmin,
    health: new CohortHealthService(repos, cohortAdmin, clock),
    memberArea: new MemberArea(repos, logins, calendarTokens, config.publicUrl, clock),
    meetingReviews: new MeetingReviews(repos, circleStates, clock),
    presenterNotes,
    presenterNotesSweeper: new PresenterNotesSweeper(repos.presenterNotes, clock, logger.child({ component: 'presenter-notes-sweeper' })),
    monthlyUpdates: new MonthlyUpdates(repos, clock),
    parkingLot: new ParkingLot(repos),
    calendars: new CalendarFeeds(repos, config.publicUrl, clock),
    sessionPreviews: new SessionPreviews(repos, circleStates, clock),
    presenterBriefs: new PresenterBriefs(repos, circleStates, clock),
    lobby,
    attendance,
    liveSessions,
    signInSweeper: new EndedSignInsSweeper(repos.logins, repos.signInLinks, clock, logger.child({ component: 'sign-in-sweeper' })),
  };
}

export type Services = ReturnType<typeof createServices>;
