import type { Logger } from 'pino';
import type { LoginsRepository } from '../storage/logins-repository';
import type { SignInLinksRepository } from '../storage/sign-in-links-repository';

/** How long an ended login or an expired sign-in link is kept: a member's data export shows recent sign-ins. */
export const ENDED_SIGN_IN_RETENTION_MS = 30 * 86_400_000;
const SWEEP_EVERY_MS = 6 * 3_600_000;

export interface SweepResult {
  logins: number;
  signInLinks: number;
}

/** Deletes logins and sign-in links once they have been over for the retention period. */
export class EndedSignInsSweeper {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly logins: LoginsRepository,
    private readonly signInLinks: SignInLinksRepository,
    private readonly clock: () => number,
    private readonly logger: Logger,
  ) {}

  async sweep(): Promise<SweepResult> {
    const cutoff = this.clock() - ENDED_SIGN_IN_RETENTION_MS;
    const [logins, signInLinks] = await Promise.all([
      this.logins.deleteEndedBefore(cutoff),
      this.signInLinks.deleteExpiredBefore(cutoff),
    ]);
    if (logins + signInLinks > 0) this.logger.info({ logins, signInLinks }, 'forgot ended sign-ins');
    return { logins, signInLinks };
  }

  /** Sweeps now and every few hours, until stopped. */
  start(): void {
    const sweep = () => void this.sweep().catch((err: unknown) => this.logger.warn({ err }, 'could not forget ended sign-ins'));
    sweep();
    this.timer = setInterval(sweep, SWEEP_EVERY_MS).unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
