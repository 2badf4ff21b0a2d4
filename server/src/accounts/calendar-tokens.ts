import { createHmac } from 'node:crypto';
import { hashSecret } from '../auth/secrets';

/**
 * The secret in a member's personal calendar feed URL. It is derived from the server secret and the
 * member id, so the member's home page can always show the same URL (calendar apps keep polling it),
 * while the database stores only its hash.
 */
export class CalendarTokens {
  constructor(private readonly serverSecret: string) {}

  tokenFor(memberId: string): string {
    return createHmac('sha256', this.serverSecret).update(`calendar:${memberId}`).digest('base64url').slice(0, 32);
  }

  hashFor(memberId: string): string {
    return hashSecret(this.tokenFor(memberId));
  }
}
