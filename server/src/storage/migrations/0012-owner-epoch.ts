import type { Kysely } from 'kysely';

/**
 * Cluster mode: every saved live state carries the ownership epoch of the node that saved it (the
 * fencing token of its Redis lease). A node whose lease has passed to another cannot overwrite the new
 * owner's state: its save names an older epoch and changes nothing. A single process always saves 0.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('live_session_states').addColumn('owner_epoch', 'integer', (col) => col.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('live_session_states').dropColumn('owner_epoch').execute();
}
