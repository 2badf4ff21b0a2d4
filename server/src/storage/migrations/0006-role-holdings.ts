import { sql, type Kysely } from 'kysely';
import { inTransaction } from '../transactions';

/**
 * Who held which forum role in which session, and when they last took it up: the memory that lets
 * "rotate" pick whoever held a role least recently in the cohort, month after month. The role list
 * is checked here as well as in code, so a stray value cannot sit in the table unnoticed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await inTransaction(db, async (trx) => {
    // A role may go to whoever is a member in the circle, which after a hand-over can be a
    // facilitator: no foreign key, so member deletion removes these rows itself (as for speaking time).
    await trx.schema
      .createTable('role_holdings')
      .addColumn('session_id', 'text', (col) => col.notNull().references('sessions.id').onDelete('cascade'))
      .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('timekeeper', 'guardian', 'process-observer', 'scribe')`))
      .addColumn('participant_id', 'text', (col) => col.notNull())
      .addColumn('held_at', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('role_holdings_pk', ['session_id', 'role', 'participant_id'])
      .execute();
    await trx.schema.createIndex('role_holdings_participant_idx').on('role_holdings').column('participant_id').execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('role_holdings').execute();
}
