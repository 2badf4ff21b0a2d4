import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * Identities for ad-hoc demo rooms, which have no accounts: a participant id plus an HMAC over it.
 * The tab keeps the token and presents it when it reconnects, so a dropped connection comes back as
 * the same participant (keeping, say, the facilitator role) and nobody can claim someone else's id.
 */
export class DemoIdentities {
  constructor(private readonly secret: string) {}

  issue(): { participantId: string; token: string } {
    const participantId = randomUUID();
    return { participantId, token: this.tokenFor(participantId) };
  }

  tokenFor(participantId: string): string {
    return `${participantId}.${this.signature(participantId)}`;
  }

  /** The participant id a token proves, or null for anything forged or malformed. */
  verify(token: unknown): string | null {
    if (typeof token !== 'string' || token.length > 200) return null;
    const [participantId, signature] = token.split('.');
    if (!participantId || !signature) return null;
    const expected = Buffer.from(this.signature(participantId));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given) ? participantId : null;
  }

  private signature(participantId: string): string {
    return createHmac('sha256', this.secret).update(participantId).digest('base64url');
  }
}
