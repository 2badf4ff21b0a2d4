import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/** Built files whose names carry their content hash: they never change, so browsers keep them. */
const HASHED_ASSETS = '/assets/';
const FOREVER = 'public, max-age=31536000, immutable';

/**
 * Serves the built SPA: hashed assets precompressed (brotli or gzip, as the browser accepts) and
 * cached for good; index.html revalidated on every visit, so a deploy is picked up at once. Source
 * maps are build artefacts and never served. Other paths that name no file get index.html, so
 * client-side routes such as `/r/<room>` load directly; an unknown file or API path is a typed 404.
 */
export async function registerClientApp(app: FastifyInstance, distDir: string): Promise<void> {
  const indexFile = path.join(distDir, 'index.html');
  const hasClient = existsSync(indexFile);
  if (hasClient) {
    await app.register(fastifyStatic, {
      root: distDir,
      index: 'index.html',
      wildcard: false,
      globIgnore: ['**/*.map', '**/*.gz', '**/*.br', '.vite/**'],
      preCompressed: true,
      cacheControl: false,
      setHeaders: (response, filePath) => {
        response.setHeader('Cache-Control', filePath.includes(HASHED_ASSETS) ? FOREVER : 'no-cache');
        // The same URL comes in several encodings: shared caches must keep them apart.
        response.setHeader('Vary', 'Accept-Encoding');
      },
    });
  } else {
    app.log.warn({ distDir }, 'client build not found; only the API is served');
  }
  app.setNotFoundHandler((request, reply) => {
    if (hasClient && isPageRequest(request.method, request.url)) return reply.type('text/html').sendFile('index.html');
    return reply.code(404).send({ error: { code: 'not_found', message: 'No such route' } });
  });
}

/** A client-side route (`/r/<room>`, `/invite/<token>`…): never an API path, never a file name. */
function isPageRequest(method: string, url: string): boolean {
  const pathname = url.split('?')[0] ?? '';
  const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1);
  return method === 'GET' && !pathname.startsWith('/api/') && !lastSegment.includes('.');
}
