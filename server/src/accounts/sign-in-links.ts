import { DomainError, type Identity } from '@peercircle/shared';
import { hashSecret, newSecret } from '../auth/secrets';
import type { FacilitatorsRepository } from '../storage/facilitators-repository';
import type { SignInLinksRepository } from '../storage/sign-in-links-repository';

/** One-time, expiring sign-in links for facilitators (stored as hashes, like invites). */
export class SignInLinks {
  constructor(
    private readonly links: SignInLinksRepository,
    private readonly facilitators: FacilitatorsRepository,
    private readonly publicUrl: string,
    private readonly ttlMs: number,
    private readonly clock: () => number,
  ) {}

  async issue(facilitatorId: string): Promise<string> {
    const token = newSecret();
    await this.links.create(facilitatorId, hashSecret(token), this.clock() + this.ttlMs, this.clock());
    return `${this.publicUrl}/signin/${token}`;
  }

  async redeem(token: string): Promise<Identity> {
    const facilitatorId = await this.links.consume(hashSecret(token), this.clock());
    const facilitator = facilitatorId ? await this.facilitators.findById(facilitatorId) : undefined;
    if (!facilitator) throw new DomainError('not_found', 'This sign-in link is not valid, already used, or expired.');
    return { kind: 'facilitator', id: facilitator.id, displayName: facilitator.displayName };
  }
}
