import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Logger } from 'pino';
import { SessionRooms } from '../circle/session-rooms';
import { SessionViewRelay } from '../circle/session-view-relay';
import type { ServerConfig } from '../config';
import type { Repositories } from '../repositories';
import { createServices, type Services } from '../services';

export interface ServicesPluginOptions {
  config: ServerConfig;
  logger: Logger;
  repos: Repositories;
  /** Cluster mode: the fencing epoch of this node's lease on a circle, carried by its saves. */
  ownerEpoch?: ((sessionId: string) => number) | undefined;
}

/** How long a stopping server waits for circle commands in flight (main.ts gives the whole stop 5 s). */
export const SETTLE_ON_CLOSE_MS = 2_000;

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
    /** Live circle sessions, in memory; their views reach people only once the realtime plugin connects them. */
    sessionRooms: SessionRooms;
    sessionViews: SessionViewRelay;
  }
}

/** The application's services over storage, and the live circle sessions they start and read. No media, no sockets. */
async function servicesPlugin(app: FastifyInstance, { config, logger, repos, ownerEpoch }: ServicesPluginOptions): Promise<void> {
  const sessionViews = new SessionViewRelay();
  const sessionRooms = new SessionRooms(
    sessionViews,
    { idleTtlMs: config.SESSION_IDLE_TTL_MS, defaultTemplateId: 'council', clock: Date.now },
    logger.child({ component: 'sessions' }),
  );
  const services = createServices(config, repos, sessionRooms, logger, Date.now, ownerEpoch);
  app.decorate('services', services);
  app.decorate('sessionRooms', sessionRooms);
  app.decorate('sessionViews', sessionViews);
  app.addHook('onReady', async () => {
    services.signInSweeper.start();
    services.presenterNotesSweeper.start();
  });
  // Registered before the realtime plugin, so this runs after its onClose (Fastify closes last-in first).
  app.addHook('onClose', async () => {
    services.signInSweeper.stop();
    services.presenterNotesSweeper.stop();
    await sessionRooms.settle(SETTLE_ON_CLOSE_MS);
    sessionRooms.close();
  });
}

export default fp(servicesPlugin, { name: 'peercircle-services', fastify: '5.x' });
