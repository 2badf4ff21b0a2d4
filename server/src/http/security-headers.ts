import type { FastifyInstance } from 'fastify';

/**
 * Headers for every response. `no-referrer` matters: invite links carry secrets in their path and
 * must not leak to other sites; camera and microphone are allowed for this origin only.
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Permissions-Policy', 'camera=(self), microphone=(self), display-capture=()');
  });
}
