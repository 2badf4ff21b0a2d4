import type { FastifyInstance } from 'fastify';
import type { MediaObjectCounts } from '../media/media-room';
import type { MediaRooms } from '../media/media-rooms';
import type { WorkerObjectCensus, WorkerPool } from '../media/worker-pool';
import { EventLoopDelayMonitor, type EventLoopDelay } from '../metrics/event-loop-delay';

export interface HealthReport {
  status: 'ok' | 'degraded';
  workers: number;
  rooms: number;
  participants: number;
  mediaObjects: MediaObjectCounts;
  workerObjects: WorkerObjectCensus;
  eventLoopDelay: EventLoopDelay;
  uptimeSeconds: number;
}

export interface HealthMedia {
  pool: WorkerPool;
  rooms: MediaRooms;
}

/**
 * Counts only (no ids, names or addresses): safe to leave open to load balancers and monitoring.
 * With media, the node is degraded while no worker lives. Without media (an app built for the REST
 * API alone) there are no workers to miss: it is ok, with every media count zero.
 */
export function registerHealthRoute(app: FastifyInstance, media: HealthMedia | null): void {
  const eventLoop = new EventLoopDelayMonitor();
  app.addHook('onReady', async () => eventLoop.start());
  app.addHook('onClose', async () => eventLoop.stop());
  app.get('/api/health', async (_request, reply): Promise<HealthReport> => {
    const workers = media?.pool.liveWorkerCount ?? 0;
    const status = media === null || workers > 0 ? 'ok' : 'degraded';
    reply.code(status === 'ok' ? 200 : 503);
    return {
      status,
      workers,
      ...(media ? await mediaCounts(media) : NO_MEDIA),
      eventLoopDelay: eventLoop.latest(),
      uptimeSeconds: Math.round(process.uptime()),
    };
  });
}

const NO_MEDIA = {
  rooms: 0,
  participants: 0,
  mediaObjects: { transports: 0, producers: 0, pausedProducers: 0, consumers: 0, pausedConsumers: 0 },
  workerObjects: { routers: 0, webRtcTransports: 0, allObjects: 0 },
} satisfies Omit<HealthReport, 'status' | 'workers' | 'eventLoopDelay' | 'uptimeSeconds'>;

async function mediaCounts({ pool, rooms }: HealthMedia): Promise<typeof NO_MEDIA> {
  return { ...rooms.stats(), mediaObjects: await rooms.mediaObjectCounts(), workerObjects: await pool.objectCensus() };
}
