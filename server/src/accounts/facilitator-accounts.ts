import { DomainError, type FacilitatorSignup, type Identity, type LoginRequest } from '@peercircle/shared';
import { hashPassword, verifyPassword } from '../auth/password';
import type { FacilitatorsRepository } from '../storage/facilitators-repository';

/** Used when no account matches, so a failed sign-in costs the same time either way. */
const DECOY_HASH = 'scrypt$32768$8$1$c2FsdHNhbHRzYWx0c2FsdA$' + 'A'.repeat(86);

/** Facilitator accounts: sign-up and password sign-in. */
export class FacilitatorAccounts {
  constructor(
    private readonly facilitators: FacilitatorsRepository,
    private readonly clock: () => number,
  ) {}

  async signUp(input: Required<Pick<FacilitatorSignup, 'email' | 'displayName' | 'password'>> & { timezone: string }): Promise<Identity> {
    const passwordHash = await hashPassword(input.password);
    const facilitator = await this.facilitators.create(
      { email: input.email, displayName: input.displayName, passwordHash, timezone: input.timezone },
      this.clock(),
    );
    return { kind: 'facilitator', id: facilitator.id, displayName: facilitator.displayName };
  }

  async signIn({ email, password }: LoginRequest): Promise<Identity> {
    const facilitator = await this.facilitators.findByEmail(email);
    const matches = await verifyPassword(password, facilitator?.passwordHash ?? DECOY_HASH);
    if (!facilitator || !matches) throw new DomainError('unauthenticated', 'That email and password do not match');
    return { kind: 'facilitator', id: facilitator.id, displayName: facilitator.displayName };
  }
}
