import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { registerClientApp } from '../http/client-app';

export interface ClientAppOptions {
  distDir: string;
}

/** The built SPA and the app-wide not-found answer, on the root instance (the 404 handler covers every path). */
async function clientApp(app: FastifyInstance, { distDir }: ClientAppOptions): Promise<void> {
  await registerClientApp(app, distDir);
}

export default fp(clientApp, { name: 'peercircle-client-app', fastify: '5.x' });
