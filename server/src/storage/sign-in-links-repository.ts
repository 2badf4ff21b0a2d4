import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './schema';

export interface SignInLink {
  id: string;
  facilitatorId: string;
  tokenHash: string;
  expiresAt: number;
  usedAt: number | null;
}

export class SignInLinksRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async create(facilitatorId: string, tokenHash: string, expiresAt: number, now: number): Promise<void> {
    await this.db
      .insertInto('sign_in_links')
      .values({ id: randomUUID(), facilitator_id: facilitatorId, token_hash: tokenHash, expires_at: expiresAt, used_at: null, created_at: now })
      .execute();
  }

  /** Uses the link up: the facilitator it signs in, for exactly one caller, or null. */
  async consume(tokenHash: string, now: number): Promise<string | null> {
    const row = await this.db.selectFrom('sign_in_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    if (!row) return null;
    const result = await this.db
      .updateTable('sign_in_links')
      .set({ used_at: now })
      .where('id', '=', row.id)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n ? row.facilitator_id : null;
  }

  /** Forgets links that expired before `cutoff` (used or not); returns how many. */
  async deleteExpiredBefore(cutoff: number): Promise<number> {
    const result = await this.db.deleteFrom('sign_in_links').where('expires_at', '<', cutoff).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
