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

/**
 * Signed-in browsers. A login is a random secret in a cookie; the server stores its hash and who it
 * belongs to, so revoking it (sign-out, a removed member) takes effect on the next request or socket.
 */
export class LoginSessions {
  constructor(
    private readonly logins: LoginsRepository,
    private readonly facilitators: FacilitatorsRepository,
    private readonly members: MembersRepository,
    private readonly ttlMs: number,
    private readonly clock: () => number,
  ) {}

  async start(subject: LoginSubject): Promise<StartedLogin> {
    const cookieValue = newSecret();
    const expiresAt = this.clock() + this.ttlMs;
    await this.logins.create({ id: hashSecret(cookieValue), subjectKind: subject.kind, subjectId: subject.id, expiresAt }, this.clock());
    return { cookieValue, expiresAt };
  }

  /** Who holds this cookie, or null when it is unknown, expired, revoked, or its member was removed. */
  async identify(cookieValue: string | undefined): Promise<Identity | null> {
    if (!cookieValue || cookieValue.length > 64) return null;
    const login = await this.logins.findActive(hashSecret(cookieValue), this.clock());
    if (!login) return null;
    if (login.subjectKind === 'facilitator') {
      const facilitator = await this.facilitators.findById(login.subjectId);
      return facilitator ? { kind: 'facilitator', id: facilitator.id, displayName: facilitator.displayName } : null;
    }
    const member = await this.members.findById(login.subjectId);
    if (!member || member.removedAt !== null) return null;
    return { kind: 'member', id: member.id, displayName: member.displayName, cohortId: member.cohortId };
  }

  async end(cookieValue: string | undefined): Promise<void> {
    if (cookieValue) await this.logins.revoke(hashSecret(cookieValue), this.clock());
  }

  async endAllFor(subject: LoginSubject): Promise<void> {
    await this.logins.revokeAllFor(subject.kind, subject.id, this.clock());
  }
}

export const notSignedIn = () => new DomainError('unauthenticated', 'Please sign in');
