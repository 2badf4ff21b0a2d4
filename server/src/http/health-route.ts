import type { FastifyInstance } from 'fastify';
import type { MediaObjectCounts } from '../media/media-room';
import type { MediaRooms } from '../media/media-rooms';
import type { WorkerPool } from '../media/worker-pool';

export interface HealthReport {
  status: 'ok' | 'degraded';
  workers: number;
  rooms: number;
  participants: number;
  mediaObjects: MediaObjectCounts;
  uptimeSeconds: number;
}

export function registerHealthRoute(app: FastifyInstance, pool: WorkerPool, rooms: MediaRooms): void {
  app.get('/api/health', async (_request, reply): Promise<HealthReport> => {
    const workers = pool.liveWorkerCount;
    const status = workers > 0 ? 'ok' : 'degraded';
    reply.code(status === 'ok' ? 200 : 503);
    return {
      status,
      workers,
      ...rooms.stats(),
      mediaObjects: await rooms.mediaObjectCounts(),
      uptimeSeconds: Math.round(process.uptime()),
    };
  });
}
