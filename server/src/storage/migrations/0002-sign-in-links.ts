import type { Kysely } from 'kysely';
import { inTransaction } from '../transactions';

/** One-time sign-in links for facilitators (the demo prints one; a reset-by-email flow could send one). */
export async function up(db: Kysely<any>): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.schema
      .createTable('sign_in_links')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('facilitator_id', 'text', (col) => col.notNull().references('facilitators.id').onDelete('cascade'))
      .addColumn('token_hash', 'text', (col) => col.notNull().unique())
      .addColumn('expires_at', 'bigint', (col) => col.notNull())
      .addColumn('used_at', 'bigint')
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sign_in_links').execute();
}
