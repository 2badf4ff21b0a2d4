import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { SessionMediaBridge } from './circle/session-media-bridge';
import { SessionRooms } from './circle/session-rooms';
import type { ServerConfig } from './config';
import { registerClientApp } from './http/client-app';
import { registerErrorHandling } from './http/error-handling';
import { registerHealthRoute } from './http/health-route';
import { registerSecurityHeaders } from './http/security-headers';
import { MediaRooms } from './media/media-rooms';
import type { WorkerPool } from './media/worker-pool';
import { DemoIdentities } from './realtime/demo-identity';
import { createRealtimeServer, createSocketServer, type RealtimeServer } from './realtime/socket-server';
import { participantChannel } from './realtime/socket-types';

export interface AppOptions {
  config: ServerConfig;
  logger: Logger;
  /** Started by the caller, so tests can share one pool across apps. */
  pool: WorkerPool;
}

declare module 'fastify' {
  interface FastifyInstance {
    mediaRooms: MediaRooms;
    sessionRooms: SessionRooms;
    realtime: RealtimeServer;
  }
}

/** Builds the whole server without listening: HTTP routes, socket.io, media rooms and circle sessions. */
export async function buildApp({ config, logger, pool }: AppOptions): Promise<FastifyInstance> {
  // Typed as Fastify's base logger so route plugins accept the instance; it is still our pino logger.
  // forceCloseConnections: idle keep-alive connections must not hold a shutdown open.
  const app = Fastify({ loggerInstance: logger as FastifyBaseLogger, trustProxy: false, forceCloseConnections: true });
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
  const bridge = new SessionMediaBridge(sessionRooms, mediaRooms, logger.child({ component: 'session-media' }));
  const identities = new DemoIdentities(config.SESSION_SECRET ?? randomBytes(32).toString('hex'));
  const realtime = createRealtimeServer(
    io,
    { rooms: mediaRooms, sessions: sessionRooms, bridge, identities },
    { turnUrls: config.TURN_URLS, turnSecret: config.TURN_SECRET, reconnectGraceMs: config.RECONNECT_GRACE_MS },
    logger.child({ component: 'realtime' }),
  );
  app.decorate('mediaRooms', mediaRooms);
  app.decorate('sessionRooms', sessionRooms);
  app.decorate('realtime', realtime);
  // preClose runs before Fastify closes the HTTP server, which would otherwise wait on open websockets.
  app.addHook('preClose', async () => realtime.close());
  app.addHook('onClose', async () => {
    bridge.close();
    sessionRooms.close();
  });

  registerSecurityHeaders(app);
  registerErrorHandling(app);
  registerHealthRoute(app, pool, mediaRooms);
  await registerClientApp(app, config.clientDistDir);
  return app;
}
