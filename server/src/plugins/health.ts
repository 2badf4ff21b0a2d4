import type { FastifyInstance } from 'fastify';
import { registerHealthRoute, type HealthMedia } from '../http/health-route';

export interface HealthOptions {
  /** The media this node serves; null for an app built without media (the REST API alone). */
  media: HealthMedia | null;
}

/** GET /api/health for load balancers and monitoring. */
export default async function health(app: FastifyInstance, { media }: HealthOptions): Promise<void> {
  registerHealthRoute(app, media);
}
