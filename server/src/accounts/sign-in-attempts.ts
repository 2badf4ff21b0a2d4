import { DomainError } from '@peercircle/shared';

interface Window {
  attempts: number;
  endsAt: number;
}

/** Enough for a busy server; past it the oldest windows are forgotten first. */
const MAX_TRACKED_ACCOUNTS = 10_000;

/**
 * Failed password sign-ins per account (the email, whatever its case), from any address: guessing
 * one account's password from many addresses is limited like guessing it from one. The per-address
 * limit stays in front of this, so one attacker cannot lock out accounts wholesale.
 */
export class SignInAttempts {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly clock: () => number,
  ) {}

  /**
   * Runs `signIn` unless this account's failures are used up. The attempt counts before it runs, so
   * parallel guesses cannot all slip through, and is given back when it succeeds.
   */
  async attempt<T>(email: string, signIn: () => Promise<T>): Promise<T> {
    const window = this.windowFor(email.toLowerCase());
    if (window.attempts >= this.maxFailures) {
      const seconds = Math.ceil((window.endsAt - this.clock()) / 1000);
      throw new DomainError('rate_limited', `Too many failed sign-ins for this account. Try again in ${seconds} seconds.`);
    }
    window.attempts += 1;
    const result = await signIn();
    window.attempts -= 1;
    return result;
  }

  private windowFor(account: string): Window {
    const now = this.clock();
    const current = this.windows.get(account);
    if (current && current.endsAt > now) return current;
    this.windows.delete(account);
    if (this.windows.size >= MAX_TRACKED_ACCOUNTS) this.forgetEnded(now);
    const fresh = { attempts: 0, endsAt: now + this.windowMs };
    this.windows.set(account, fresh);
    return fresh;
  }

  private forgetEnded(now: number): void {
    for (const [account, window] of this.windows) {
      if (window.endsAt <= now || this.windows.size >= MAX_TRACKED_ACCOUNTS) this.windows.delete(account);
    }
  }
}
