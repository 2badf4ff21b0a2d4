import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { SessionMediaBridge } from './circle/session-media-bridge';
import { SessionRooms } from './circle/session-rooms';
import type { ServerConfig } from './config';
import { registerApiPlumbing } from './http/api-plumbing';
import { registerAuthContext } from './http/auth-context';
import { registerClientApp } from './http/client-app';
import { refuseUnroutable, registerErrorHandling } from './http/error-handling';
import { registerHealthRoute } from './http/health-route';
import { LoginCookie } from './http/login-cookie';
import { registerAccountRoutes } from './http/routes/account-routes';
import { registerCohortRoutes } from './http/routes/cohort-routes';
import { registerMeetingReviewRoutes } from './http/routes/meeting-review-routes';
import { registerPresenterNoteRoutes } from './http/routes/presenter-note-routes';
import { registerMemberRoutes } from './http/routes/member-routes';
import { registerPresenterBriefRoutes } from './http/routes/presenter-brief-routes';
import { registerMonthlyUpdateRoutes } from './http/routes/monthly-update-routes';
import { registerParkingLotRoutes } from './http/routes/parking-lot-routes';
import { registerSessionPreviewRoute } from './http/routes/session-preview-routes';
import { registerSecurityHeaders } from './http/security-headers';
import { trustProxyOption } from './http/trust-proxy';
import { MediaRooms } from './media/media-rooms';
import type { WorkerPool } from './media/worker-pool';
import { CohortSessionEntry } from './door/cohort-session-entry';
import { RoomDoor } from './door/room-door';
import { DemoIdentities } from './realtime/demo-identity';
import { requestBudgetFor, RequestBudgets } from './realtime/request-budget';
import { authenticateSockets } from './realtime/socket-auth';
import { SocketLobbyNotifier } from './realtime/socket-lobby-notifier';
import { createRealtimeServer, createSocketServer, type RealtimeServer } from './realtime/socket-server';
import { participantChannel } from './realtime/socket-types';
import type { Repositories } from './repositories';
import { createServices, type Services } from './services';

export interface AppOptions {
  config: ServerConfig;
  logger: Logger;
  /** Started by the caller, so tests can share one pool across apps. */
  pool: WorkerPool;
  /** Opened and migrated by the caller. */
  repos: Repositories;
}

declare module 'fastify' {
  interface FastifyInstance {
    mediaRooms: MediaRooms;
    sessionRooms: SessionRooms;
    realtime: RealtimeServer;
    services: Services;
  }
}

/** Builds the whole server without listening: REST API, socket.io, media rooms and circle sessions. */
export async function buildApp({ config, logger, pool, repos }: AppOptions): Promise<FastifyInstance> {
  // Typed as Fastify's base logger so route plugins accept the instance; it is still our pino logger.
  // forceCloseConnections: idle keep-alive connections must not hold a shutdown open.
  // request.ip, and so every rate limit, follows X-Forwarded-For only from a proxy we were told to trust.
  const trustProxy = trustProxyOption(config.TRUST_PROXY);
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    trustProxy,
    forceCloseConnections: true,
    frameworkErrors: refuseUnroutable,
  });
  const io = createSocketServer(app.server, config.RECONNECT_GRACE_MS);
  const mediaRooms = new MediaRooms(
    pool,
    { maxParticipants: config.MAX_PARTICIPANTS_PER_ROOM, maxIncomingBitrate: 2_500_000 },
    logger.child({ component: 'media' }),
  );
  const sessionRooms = new SessionRooms(
    { sendView: (viewerId, update) => io.to(participantChannel(viewerId)).emit('session:update', update) },
    { idleTtlMs: config.SESSION_IDLE_TTL_MS, defaultTemplateId: 'council', clock: Date.now },
    logger.child({ component: 'sessions' }),
  );
  const services = createServices(config, repos, sessionRooms, logger);
  const bridge = new SessionMediaBridge(sessionRooms, mediaRooms, logger.child({ component: 'session-media' }));
  const cohortSessionEntry = new CohortSessionEntry(
    repos,
    services.liveSessions,
    services.lobby,
    services.attendance,
    new SocketLobbyNotifier(io),
    Date.now,
    logger.child({ component: 'door' }),
  );
  const door = new RoomDoor(cohortSessionEntry, config.DEMO_ROOMS ? sessionRooms : null);
  const budgets = new RequestBudgets(requestBudgetFor(config.SOCKET_REQUESTS_PER_SECOND, config.CIRCLE_COMMANDS_PER_SECOND, Date.now));
  const demoIdentities = config.DEMO_ROOMS ? new DemoIdentities(config.serverSecret) : null;
  const loginCookie = new LoginCookie(config.secureCookies);
  authenticateSockets(io, {
    identify: async (cookieHeader) => services.logins.identifyLogin(loginCookie.read(app.parseCookie(cookieHeader ?? ''))),
    demoIdentities,
    publicOrigin: config.publicOrigin,
    isBlocked: (participantId) => budgets.isBlocked(participantId),
    connectionsOf: (participantId) => io.of('/').adapter.rooms.get(participantChannel(participantId))?.size ?? 0,
  });
  const realtime = createRealtimeServer(
    io,
    { rooms: mediaRooms, sessions: sessionRooms, bridge, door, liveSessions: services.liveSessions, budgets },
    { turnUrls: config.TURN_URLS, turnSecret: config.TURN_SECRET, reconnectGraceMs: config.RECONNECT_GRACE_MS },
    logger.child({ component: 'realtime' }),
  );
  services.logins.on('ended', (loginId) => realtime.endLogin(loginId));
  services.logins.on('endedAllFor', (subject) => realtime.expel(subject.id));
  app.decorate('mediaRooms', mediaRooms);
  app.decorate('sessionRooms', sessionRooms);
  app.decorate('realtime', realtime);
  app.decorate('services', services);
  // preClose runs before Fastify closes the HTTP server, which would otherwise wait on open websockets.
  app.addHook('preClose', async () => realtime.close());
  app.addHook('onReady', async () => {
    services.signInSweeper.start();
    services.presenterNotesSweeper.start();
  });
  app.addHook('onClose', async () => {
    services.signInSweeper.stop();
    services.presenterNotesSweeper.stop();
    bridge.close();
    sessionRooms.close();
  });

  registerSecurityHeaders(app, config.publicUrl);
  registerErrorHandling(app);
  await registerApiPlumbing(app);
  registerAuthContext(app, services.logins, loginCookie, config.publicOrigin);
  registerHealthRoute(app, pool, mediaRooms);
  registerAccountRoutes(app, {
    accounts: services.accounts,
    signInAttempts: services.signInAttempts,
    logins: services.logins,
    invites: services.invites,
    signInLinks: services.signInLinks,
    repos,
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
  await registerClientApp(app, config.clientDistDir);

  const restored = await services.liveSessions.restoreOpenSessions();
  if (restored > 0) logger.info({ sessions: restored }, 'open sessions restored after restart');
  return app;
}
