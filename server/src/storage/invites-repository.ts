import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, InvitesTable } from './schema';

export interface Invite {
  id: string;
  cohortId: string;
  memberId: string;
  /** SHA-256 of the secret in the link. */
  tokenHash: string;
  expiresAt: number;
  usedAt: number | null;
  createdAt: number;
}

export type NewInvite = Pick<Invite, 'cohortId' | 'memberId' | 'tokenHash' | 'expiresAt'>;

export class InvitesRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async create(input: NewInvite, now: number): Promise<Invite> {
    const invite: Invite = { ...input, id: randomUUID(), usedAt: null, createdAt: now };
    await this.db
      .insertInto('invites')
      .values({
        id: invite.id,
        cohort_id: invite.cohortId,
        member_id: invite.memberId,
        token_hash: invite.tokenHash,
        expires_at: invite.expiresAt,
        used_at: invite.usedAt,
        created_at: invite.createdAt,
      })
      .execute();
    return invite;
  }

  async findByTokenHash(tokenHash: string): Promise<Invite | undefined> {
    const row = await this.db.selectFrom('invites').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return row && toInvite(row);
  }

  /**
   * Marks the invite used. True for exactly one caller, even when several race; false when it was
   * already used, has expired or does not exist.
   */
  async consume(id: string, now: number): Promise<boolean> {
    const result = await this.db
      .updateTable('invites')
      .set({ used_at: now })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Oldest first. */
  async listForMember(memberId: string): Promise<Invite[]> {
    const rows = await this.db.selectFrom('invites').selectAll().where('member_id', '=', memberId).orderBy('created_at').orderBy('id').execute();
    return rows.map(toInvite);
  }

  /** Withdraws the member's links nobody has used yet (used ones stay, as history); returns how many. */
  async deleteUnusedForMember(memberId: string): Promise<number> {
    const result = await this.db.deleteFrom('invites').where('member_id', '=', memberId).where('used_at', 'is', null).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Returns how many were deleted. */
  async deleteForMember(memberId: string): Promise<number> {
    const result = await this.db.deleteFrom('invites').where('member_id', '=', memberId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

function toInvite(row: Selectable<InvitesTable>): Invite {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    memberId: row.member_id,
    tokenHash: row.token_hash,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
    createdAt: row.created_at,
  };
}
