export interface BudgetRule {
  /** Requests refilled per second, and how many may come at once. */
  perSecond: number;
  burst: number;
}

export interface RequestBudgetOptions {
  /** Every request a participant sends. */
  requests: BudgetRule;
  /** Circle commands (each is saved and sent to everyone in the circle), on top of the above. */
  commands: BudgetRule;
  /** Refusals within `refusalWindowMs` after which the participant is cut off… */
  cutOffAfterRefusals: number;
  refusalWindowMs: number;
  /** …and refused at the handshake for this long. */
  blockMs: number;
  clock: () => number;
}

/**
 * The budget for the configured rates. Joining a full circle takes ~30 requests at once, and a
 * facilitator may click quickly, but nobody runs a circle at more than a few commands a second.
 */
export function requestBudgetFor(requestsPerSecond: number, commandsPerSecond: number, clock: () => number): RequestBudgetOptions {
  return {
    requests: { perSecond: requestsPerSecond, burst: 3 * requestsPerSecond },
    commands: { perSecond: commandsPerSecond, burst: 3 * commandsPerSecond },
    cutOffAfterRefusals: 200,
    refusalWindowMs: 10_000,
    blockMs: 30_000,
    clock,
  };
}

export type BudgetVerdict = 'accept' | 'refuse' | 'cut-off';

interface Bucket {
  tokens: number;
  at: number;
}

interface Account {
  requests: Bucket;
  commands: Bucket;
  refusals: number[];
}

/**
 * Per-participant token buckets: a flood is refused with a typed error, and a participant who keeps
 * flooding is cut off and kept out for a while. Keyed by participant, not connection, so reconnecting
 * does not refill the buckets.
 */
export class RequestBudgets {
  private readonly accounts = new Map<string, Account>();
  private readonly blockedUntil = new Map<string, number>();

  constructor(private readonly options: RequestBudgetOptions) {}

  take(participantId: string, isCommand: boolean): BudgetVerdict {
    // Requests already on their way when the cut-off came are refused too.
    if (this.isBlocked(participantId)) return 'refuse';
    const now = this.options.clock();
    const account = this.accountOf(participantId, now);
    const accepted = this.draw(account.requests, this.options.requests, now) && (!isCommand || this.draw(account.commands, this.options.commands, now));
    if (accepted) return 'accept';
    account.refusals = account.refusals.filter((at) => at > now - this.options.refusalWindowMs);
    account.refusals.push(now);
    if (account.refusals.length < this.options.cutOffAfterRefusals) return 'refuse';
    this.accounts.delete(participantId);
    this.blockedUntil.set(participantId, now + this.options.blockMs);
    return 'cut-off';
  }

  isBlocked(participantId: string): boolean {
    const until = this.blockedUntil.get(participantId);
    if (until === undefined) return false;
    if (until > this.options.clock()) return true;
    this.blockedUntil.delete(participantId);
    return false;
  }

  private draw(bucket: Bucket, rule: BudgetRule, now: number): boolean {
    bucket.tokens = Math.min(rule.burst, bucket.tokens + ((now - bucket.at) / 1000) * rule.perSecond);
    bucket.at = now;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  private accountOf(participantId: string, now: number): Account {
    let account = this.accounts.get(participantId);
    if (!account) {
      if (this.accounts.size > 10_000) this.forgetIdle(now);
      account = {
        requests: { tokens: this.options.requests.burst, at: now },
        commands: { tokens: this.options.commands.burst, at: now },
        refusals: [],
      };
      this.accounts.set(participantId, account);
    }
    return account;
  }

  /** A participant quiet long enough to have full buckets again needs no record. */
  private forgetIdle(now: number): void {
    for (const [participantId, account] of this.accounts) {
      if (now - account.requests.at > 60_000 && now - account.commands.at > 60_000) this.accounts.delete(participantId);
    }
  }
}
