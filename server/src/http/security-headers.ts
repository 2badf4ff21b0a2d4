import type { FastifyInstance } from 'fastify';

/**
 * What the SPA may load: its own scripts and styles only (no inline script, so injected markup
 * cannot run), its own API and socket.io over ws(s) on the same origin. Video elements play
 * MediaStream objects and mediasoup's media is not fetched, so neither needs a source here; images
 * may be data:/blob: (avatars, previews).
 */
export function contentSecurityPolicy(publicUrl: string): string {
  const socketOrigin = new URL(publicUrl).origin.replace(/^http/, 'ws');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    `connect-src 'self' ${socketOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Swagger UI at /api/docs: its own scripts, plus the inline styles and data: images it renders. */
export function apiDocsContentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Headers for every response. `no-referrer` matters: invite links carry secrets in their path and
 * must not leak to other sites; camera and microphone are allowed for this origin only. A route
 * that sets its own CSP (the API docs) keeps it.
 */
export function registerSecurityHeaders(app: FastifyInstance, publicUrl: string): void {
  const csp = contentSecurityPolicy(publicUrl);
  const https = publicUrl.startsWith('https://');
  app.addHook('onSend', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Permissions-Policy', 'camera=(self), microphone=(self), display-capture=()');
    if (!reply.hasHeader('Content-Security-Policy')) reply.header('Content-Security-Policy', csp);
    // Browsers honour HSTS only over https, and it would lock a plain-http deployment out of itself.
    if (https) reply.header('Strict-Transport-Security', 'max-age=31536000');
  });
}
