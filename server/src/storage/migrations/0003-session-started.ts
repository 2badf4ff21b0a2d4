import type { Kysely } from 'kysely';
import { inTransaction } from '../transactions';

/**
 * When each session's circle began (its check-in): the moment the commitments made at the session
 * before it can no longer be changed. Sessions that ended before this column existed have begun.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.schema.alterTable('sessions').addColumn('started_at', 'bigint').execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('started_at').execute();
}
