import type { FastifyInstance } from 'fastify';
import { DomainError } from '@peercircle/shared';
import type { FacilitatorAccounts } from '../../accounts/facilitator-accounts';
import type { InviteLinks } from '../../accounts/invite-links';
import type { LoginSessions } from '../../accounts/login-sessions';
import type { SignInAttempts } from '../../accounts/sign-in-attempts';
import type { SignInLinks } from '../../accounts/sign-in-links';
import { landingPage } from '../../cohort-admin/joinable-session';
import type { Repositories } from '../../repositories';
import { apiRoute } from '../api-route';
import { requireIdentity } from '../auth-context';
import type { LoginCookie } from '../login-cookie';

export interface AccountRouteDeps {
  accounts: FacilitatorAccounts;
  signInAttempts: SignInAttempts;
  logins: LoginSessions;
  invites: InviteLinks;
  signInLinks: SignInLinks;
  repos: Repositories;
  loginCookie: LoginCookie;
  signupAllowed: boolean;
  demoRooms: boolean;
  attemptsPerMinute: number;
}

export function registerAccountRoutes(app: FastifyInstance, deps: AccountRouteDeps): void {
  const tags = ['Sign-in'];
  // Limits guessing at passwords and invite links per client address.
  const GUESSING_LIMIT = { max: deps.attemptsPerMinute, timeWindow: '1 minute' };
  apiRoute(app, 'config', { tags, summary: 'What this server offers (demo rooms, facilitator sign-up)' }, async () => ({
    demoRooms: deps.demoRooms,
    facilitatorSignup: deps.signupAllowed,
  }));

  apiRoute(app, 'signup', { tags, summary: 'Create a facilitator account and sign in', rateLimit: GUESSING_LIMIT }, async (request, reply) => {
    if (!deps.signupAllowed) throw new DomainError('forbidden', 'New facilitator accounts are not open on this server');
    const identity = await deps.accounts.signUp(request.body);
    deps.loginCookie.set(reply, await deps.logins.start({ kind: 'facilitator', id: identity.id }));
    reply.code(201);
    return { identity };
  });

  apiRoute(app, 'login', { tags, summary: 'Sign in as a facilitator', rateLimit: GUESSING_LIMIT }, async (request, reply) => {
    const identity = await deps.signInAttempts.attempt(request.body.email, () => deps.accounts.signIn(request.body));
    deps.loginCookie.set(reply, await deps.logins.start({ kind: 'facilitator', id: identity.id }));
    return { identity };
  });

  apiRoute(app, 'logout', { tags, summary: 'Sign this browser out' }, async (request, reply) => {
    await deps.logins.end(deps.loginCookie.read(request.cookies));
    deps.loginCookie.clear(reply);
    return { ok: true as const };
  });

  apiRoute(app, 'me', { tags, summary: 'Who this browser is signed in as' }, async (request) => ({ identity: requireIdentity(request) }));

  apiRoute(
    app,
    'redeemSignInLink',
    { tags, summary: 'Follow a one-time facilitator sign-in link', rateLimit: GUESSING_LIMIT },
    async (request, reply) => {
      const identity = await deps.signInLinks.redeem(request.body.token);
      deps.loginCookie.set(reply, await deps.logins.start({ kind: 'facilitator', id: identity.id }));
      const cohorts = await deps.repos.cohorts.listForFacilitator(identity.id);
      const next = await landingPage(deps.repos.sessions, cohorts.map((cohort) => cohort.id), Date.now(), '/dashboard');
      return { identity, next };
    },
  );

  apiRoute(
    app,
    'redeemInvite',
    { tags, summary: 'Follow a personal invite link: signs the member in (single use)', rateLimit: GUESSING_LIMIT },
    async (request, reply) => {
      const identity = await deps.invites.redeem(request.body.token);
      deps.loginCookie.set(reply, await deps.logins.start({ kind: 'member', id: identity.id }));
      return { identity, next: await landingPage(deps.repos.sessions, [identity.cohortId], Date.now(), '/home') };
    },
  );
}
