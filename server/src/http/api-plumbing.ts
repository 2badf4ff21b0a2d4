import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { apiDocsContentSecurityPolicy } from './security-headers';

/**
 * Schema-first REST: zod schemas from shared/ validate bodies and params and generate the OpenAPI
 * document served at /api/docs. Rate limits are opt-in per route (sign-in, invite links).
 */
export async function registerApiPlumbing(app: FastifyInstance): Promise<void> {
  // JSON only: Fastify's text/plain parser would let a cross-site form post without a preflight.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: { code: 'rate_limited', message: `Too many attempts. Try again in ${Math.ceil(context.ttl / 1000)} seconds.` },
    }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'PeerCircle API',
        version: '1',
        description:
          'Cohorts, members, invitations and schedules for peer leadership circles. Sign-in is an httpOnly ' +
          'cookie set by POST /api/login or POST /api/invites/redeem. Errors: `{ error: { code, message } }`.',
      },
    },
    transform: jsonSchemaTransform,
  });
  // The docs page gets its own CSP (set after the app-wide one, so it wins on these routes only).
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: apiDocsContentSecurityPolicy() });
}
