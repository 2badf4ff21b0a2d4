import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ServerConfig } from '../config';
import { registerApiPlumbing } from '../http/api-plumbing';
import { registerAuthContext } from '../http/auth-context';
import { registerErrorHandling } from '../http/error-handling';
import { LoginCookie } from '../http/login-cookie';
import { registerSecurityHeaders } from '../http/security-headers';

export interface HttpFoundationOptions {
  config: ServerConfig;
}

/**
 * What every response and route shares, on the root instance: security headers, typed errors,
 * cookies, zod validation, rate limits, the OpenAPI docs and who is calling.
 */
async function httpFoundation(app: FastifyInstance, { config }: HttpFoundationOptions): Promise<void> {
  registerSecurityHeaders(app, config.publicUrl);
  registerErrorHandling(app);
  await registerApiPlumbing(app);
  registerAuthContext(app, app.services.logins, new LoginCookie(config.secureCookies), config.publicOrigin);
}

export default fp(httpFoundation, { name: 'peercircle-http-foundation', fastify: '5.x', dependencies: ['peercircle-services'] });
