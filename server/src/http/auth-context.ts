import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type Identity } from '@peercircle/shared';
import type { LoginSessions, StartedLogin } from '../accounts/login-sessions';

export const LOGIN_COOKIE = 'peercircle_login';

declare module 'fastify' {
  interface FastifyRequest {
    identity: Identity | null;
  }
}

export type FacilitatorIdentity = Extract<Identity, { kind: 'facilitator' }>;
export type MemberIdentity = Extract<Identity, { kind: 'member' }>;

/**
 * Resolves who is calling from the login cookie, for every API request, and refuses state-changing
 * requests that come from another site's page (the Origin must be this server's).
 */
export function registerAuthContext(app: FastifyInstance, logins: LoginSessions, publicOrigin: string | null): void {
  app.decorateRequest('identity', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method) && !isSameOrigin(request, publicOrigin)) {
      throw new DomainError('forbidden', 'Cross-site requests are not allowed');
    }
    request.identity = await logins.identify(request.cookies[LOGIN_COOKIE]);
  });
}

/** Browsers send Origin with every cross-site or unsafe request; tools without one are not browsers. */
export function isAllowedOrigin(origin: string | undefined, host: string | undefined, publicOrigin: string | null): boolean {
  if (!origin) return true;
  if (publicOrigin !== null && origin === publicOrigin) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function isSameOrigin(request: FastifyRequest, publicOrigin: string | null): boolean {
  return isAllowedOrigin(request.headers.origin, request.headers.host, publicOrigin);
}

export function setLoginCookie(reply: FastifyReply, login: StartedLogin, secure: boolean): void {
  reply.setCookie(LOGIN_COOKIE, login.cookieValue, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: new Date(login.expiresAt),
  });
}

export function clearLoginCookie(reply: FastifyReply): void {
  reply.clearCookie(LOGIN_COOKIE, { path: '/' });
}

export function requireIdentity(request: FastifyRequest): Identity {
  if (!request.identity) throw new DomainError('unauthenticated', 'Please sign in');
  return request.identity;
}

export function requireFacilitator(request: FastifyRequest): FacilitatorIdentity {
  const identity = requireIdentity(request);
  if (identity.kind !== 'facilitator') throw new DomainError('forbidden', 'Only facilitators can do this');
  return identity;
}

export function requireMember(request: FastifyRequest): MemberIdentity {
  const identity = requireIdentity(request);
  if (identity.kind !== 'member') throw new DomainError('forbidden', 'Only circle members can do this');
  return identity;
}
