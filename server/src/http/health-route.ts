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

/** Counts only (no ids, names or addresses): safe to leave open to load balancers and monitoring. */
export function registerHealthRoute(app: FastifyInstance, pool: WorkerPool, rooms: MediaRooms): void {
  const eventLoop = new EventLoopDelayMonitor();
  app.addHook('onReady', async () => eventLoop.start());
  app.addHook('onClose', async () => eventLoop.stop());
  app.get('/api/health', async (_request, reply): Promise<HealthReport> => {
    const workers = pool.liveWorkerCount;
    const status = workers > 0 ? 'ok' : 'degraded';
    reply.code(status === 'ok' ? 200 : 503);
    return {
      status,
      workers,
      ...rooms.stats(),
      mediaObjects: await rooms.mediaObjectCounts(),
      workerObjects: await pool.objectCensus(),
      eventLoopDelay: eventLoop.latest(),
      uptimeSeconds: Math.round(process.uptime()),
    };
  });
}
