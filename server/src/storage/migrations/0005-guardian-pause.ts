import { sql, type Kysely } from 'kysely';
import { inTransaction } from '../transactions';

/**
 * The guardian's pause: whether a cohort lets any member call one (off for existing cohorts), and
 * the fact of each pause in a session, its start and length. Nobody's id: who called it is not kept.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.schema
      .alterTable('cohorts')
      .addColumn('any_member_may_pause', 'integer', (col) => col.notNull().defaultTo(0).check(sql`any_member_may_pause in (0, 1)`))
      .execute();
    await trx.schema
      .createTable('session_pauses')
      .addColumn('session_id', 'text', (col) => col.notNull().references('sessions.id').onDelete('cascade'))
      .addColumn('started_at', 'bigint', (col) => col.notNull())
      .addColumn('length_ms', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('session_pauses_pk', ['session_id', 'started_at'])
      .execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('session_pauses').execute();
  await db.schema.alterTable('cohorts').dropColumn('any_member_may_pause').execute();
}
