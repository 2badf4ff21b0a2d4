import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from '../config';
import { LoginCookie } from '../http/login-cookie';
import { registerAccountRoutes } from '../http/routes/account-routes';
import { registerCohortRoutes } from '../http/routes/cohort-routes';
import { registerMeetingReviewRoutes } from '../http/routes/meeting-review-routes';
import { registerMemberRoutes } from '../http/routes/member-routes';
import { registerMonthlyUpdateRoutes } from '../http/routes/monthly-update-routes';
import { registerParkingLotRoutes } from '../http/routes/parking-lot-routes';
import { registerPresenterBriefRoutes } from '../http/routes/presenter-brief-routes';
import { registerPresenterNoteRoutes } from '../http/routes/presenter-note-routes';
import { registerSessionPreviewRoute } from '../http/routes/session-preview-routes';

export interface RestApiOptions {
  config: ServerConfig;
}

/** The REST routes (accounts, cohorts, members, meetings) over `app.services`; encapsulated, it adds only routes. */
export default async function restApi(app: FastifyInstance, { config }: RestApiOptions): Promise<void> {
  const { services } = app;
  const loginCookie = new LoginCookie(config.secureCookies);
  registerAccountRoutes(app, {
    accounts: services.accounts,
    signInAttempts: services.signInAttempts,
    logins: services.logins,
    invites: services.invites,
    signInLinks: services.signInLinks,
    repos: services.repositories,
    loginCookie,
    signupAllowed: config.ALLOW_FACILITATOR_SIGNUP,
    demoRooms: config.DEMO_ROOMS,
    attemptsPerMinute: config.AUTH_ATTEMPTS_PER_MINUTE,
  });
  registerCohortRoutes(app, services.cohortAdmin, services.health);
  registerMemberRoutes(app, services.memberArea, services.calendars, loginCookie, services.presenterNotes);
  registerPresenterBriefRoutes(app, services.presenterBriefs);
  registerSessionPreviewRoute(app, services.sessionPreviews);
  registerMeetingReviewRoutes(app, services.meetingReviews);
  registerMonthlyUpdateRoutes(app, services.monthlyUpdates);
  registerParkingLotRoutes(app, services.parkingLot);
  registerPresenterNoteRoutes(app, services.presenterNotes);
}
