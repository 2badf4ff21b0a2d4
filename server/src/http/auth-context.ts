import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError, type Identity } from '@peercircle/shared';
import type { LoginSessions } from '../accounts/login-sessions';
import type { LoginCookie } from './login-cookie';

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
export function registerAuthContext(app: FastifyInstance, logins: LoginSessions, loginCookie: LoginCookie, publicOrigin: string | null): void {
  app.decorateRequest('identity', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method) && !isSameOrigin(request, publicOrigin)) {
      throw new DomainError('forbidden', 'Cross-site requests are not allowed');
    }
    request.identity = await logins.identify(loginCookie.read(request.cookies));
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
