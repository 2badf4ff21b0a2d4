import { EventEmitter } from 'node:events';
import { DomainError, type Identity } from '@peercircle/shared';
import { hashSecret, newSecret } from '../auth/secrets';
import type { FacilitatorsRepository } from '../storage/facilitators-repository';
import type { LoginSubjectKind, LoginsRepository } from '../storage/logins-repository';
import type { MembersRepository } from '../storage/members-repository';

export interface LoginSubject {
  kind: LoginSubjectKind;
  id: string;
}

export interface StartedLogin {
  /** Goes into the httpOnly cookie; the database keeps only its hash. */
  cookieValue: string;
  expiresAt: number;
}

interface LoginEvents {
  /** One browser signed out: its live connections must end. */
  ended: [loginId: string];
  /** Someone was signed out everywhere (removed from their cohort, data deleted): all of them must end. */
  endedAllFor: [subject: LoginSubject];
}

/**
 * Signed-in browsers. A login is a random secret in a cookie; the server stores its hash and who it
 * belongs to, so revoking it (sign-out, a removed member) takes effect on the next request, and —
 * through the events — on live connections at once.
 */
export class LoginSessions extends EventEmitter<LoginEvents> {
  constructor(
    private readonly logins: LoginsRepository,
    private readonly facilitators: FacilitatorsRepository,
    private readonly members: MembersRepository,
    private readonly ttlMs: number,
    private readonly clock: () => number,
  ) {
    super();
  }

  async start(subject: LoginSubject): Promise<StartedLogin> {
    const cookieValue = newSecret();
    const expiresAt = this.clock() + this.ttlMs;
    await this.logins.create({ id: hashSecret(cookieValue), subjectKind: subject.kind, subjectId: subject.id, expiresAt }, this.clock());
    return { cookieValue, expiresAt };
  }

  /** Who holds this cookie, or null when it is unknown, expired, revoked, or its member was removed. */
  async identify(cookieValue: string | undefined): Promise<Identity | null> {
    return (await this.identifyLogin(cookieValue))?.identity ?? null;
  }

  /** `identify`, plus the login's stored id (never the cookie), for ending its connections later. */
  async identifyLogin(cookieValue: string | undefined): Promise<{ identity: Identity; loginId: string } | null> {
    if (!cookieValue || cookieValue.length > 64) return null;
    const login = await this.logins.findActive(hashSecret(cookieValue), this.clock());
    const identity = login ? await this.subjectOf(login.subjectKind, login.subjectId) : null;
    return identity && login ? { identity, loginId: login.id } : null;
  }

  /** Signs this browser out. */
  async end(cookieValue: string | undefined): Promise<void> {
    if (!cookieValue || cookieValue.length > 64) return;
    const loginId = hashSecret(cookieValue);
    await this.logins.revoke(loginId, this.clock());
    this.emit('ended', loginId);
  }

  private async subjectOf(kind: LoginSubjectKind, id: string): Promise<Identity | null> {
    if (kind === 'facilitator') {
      const facilitator = await this.facilitators.findById(id);
      return facilitator ? { kind: 'facilitator', id: facilitator.id, displayName: facilitator.displayName } : null;
    }
    const member = await this.members.findById(id);
    if (!member || member.removedAt !== null) return null;
    return { kind: 'member', id: member.id, displayName: member.displayName, cohortId: member.cohortId };
  }

  async endAllFor(subject: LoginSubject): Promise<void> {
    await this.logins.revokeAllFor(subject.kind, subject.id, this.clock());
    this.endedEverywhere(subject);
  }

  /** The subject's logins were revoked (by `endAllFor`, or in a caller's transaction that committed). */
  endedEverywhere(subject: LoginSubject): void {
    this.emit('endedAllFor', subject);
  }
}

export const notSignedIn = () => new DomainError('unauthenticated', 'Please sign in');
