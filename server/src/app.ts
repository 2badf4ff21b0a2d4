import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { ServerConfig } from './config';
import { registerClientApp } from './http/client-app';
import { registerErrorHandling } from './http/error-handling';
import { registerHealthRoute } from './http/health-route';
import { registerSecurityHeaders } from './http/security-headers';
import { MediaRooms } from './media/media-rooms';
import type { WorkerPool } from './media/worker-pool';
import { createRealtimeServer, type RealtimeServer } from './realtime/socket-server';

export interface AppOptions {
  config: ServerConfig;
  logger: Logger;
  /** Started by the caller, so tests can share one pool across apps. */
  pool: WorkerPool;
}

declare module 'fastify' {
  interface FastifyInstance {
    mediaRooms: MediaRooms;
    realtime: RealtimeServer;
  }
}

/** Builds the whole server without listening: HTTP routes, socket.io and the media rooms. */
export async function buildApp({ config, logger, pool }: AppOptions): Promise<FastifyInstance> {
  // Typed as Fastify's base logger so route plugins accept the instance; it is still our pino logger.
  const app = Fastify({ loggerInstance: logger as FastifyBaseLogger, trustProxy: false });
  const mediaRooms = new MediaRooms(
    pool,
    { maxParticipants: config.MAX_PARTICIPANTS_PER_ROOM, maxIncomingBitrate: 2_500_000 },
    logger.child({ component: 'media' }),
  );
  const realtime = createRealtimeServer(
    app.server,
    mediaRooms,
    { turnUrls: config.TURN_URLS, turnSecret: config.TURN_SECRET, reconnectGraceMs: config.RECONNECT_GRACE_MS },
    logger.child({ component: 'realtime' }),
  );
  app.decorate('mediaRooms', mediaRooms);
  app.decorate('realtime', realtime);
  app.addHook('onClose', async () => realtime.close());

  registerSecurityHeaders(app);
  registerErrorHandling(app);
  registerHealthRoute(app, pool, mediaRooms);
  await registerClientApp(app, config.clientDistDir);
  return app;
}
