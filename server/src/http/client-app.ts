import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/**
 * Serves the built SPA. Unknown non-API paths get index.html so client-side routes such as
 * `/r/<room>` load directly; everything else unknown is a typed 404.
 */
export async function registerClientApp(app: FastifyInstance, distDir: string): Promise<void> {
  const indexFile = path.join(distDir, 'index.html');
  const hasClient = existsSync(indexFile);
  if (hasClient) {
    await app.register(fastifyStatic, { root: distDir, index: 'index.html', wildcard: false });
  } else {
    app.log.warn({ distDir }, 'client build not found; only the API is served');
  }
  app.setNotFoundHandler((request, reply) => {
    const isPageRequest = request.method === 'GET' && !request.url.startsWith('/api/');
    if (hasClient && isPageRequest) return reply.type('text/html').sendFile('index.html');
    return reply.code(404).send({ error: { code: 'not_found', message: 'No such route' } });
  });
}
