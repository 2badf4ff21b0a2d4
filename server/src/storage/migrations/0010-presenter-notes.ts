import { sql, type Kysely } from 'kysely';
import { inTransaction } from '../transactions';

/**
 * Notes for the presenter, stored only sealed (see members/note-sealing.ts): each member's data key,
 * wrapped under a key derived from the server secret; each note's ciphertext, with who wrote it and for
 * whom in the clear only so the presenter can list theirs, an author's cap can be counted and erasure
 * can find them. `handed_over_at` is set once the presentation is over; `kept` spares a note from the
 * cohort's retention (`notes_retention_days`, 90 unless changed).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.schema
      .alterTable('cohorts')
      .addColumn('notes_retention_days', 'integer', (col) => col.notNull().defaultTo(90).check(sql`notes_retention_days between 7 and 365`))
      .execute();
    await trx.schema
      .createTable('member_note_keys')
      .addColumn('member_id', 'text', (col) => col.primaryKey().references('members.id').onDelete('cascade'))
      .addColumn('wrapped_key', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .execute();
    await trx.schema
      .createTable('presenter_notes')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('session_id', 'text', (col) => col.notNull().references('sessions.id').onDelete('cascade'))
      .addColumn('presenter_id', 'text', (col) => col.notNull().references('members.id').onDelete('cascade'))
      .addColumn('author_id', 'text', (col) => col.notNull().references('members.id').onDelete('cascade'))
      .addColumn('sealed', 'text', (col) => col.notNull())
      .addColumn('written_at', 'bigint', (col) => col.notNull())
      .addColumn('handed_over_at', 'bigint')
      .addColumn('kept', 'integer', (col) => col.notNull().defaultTo(0).check(sql`kept in (0, 1)`))
      .execute();
    await trx.schema.createIndex('presenter_notes_presenter_idx').on('presenter_notes').column('presenter_id').execute();
    await trx.schema.createIndex('presenter_notes_author_idx').on('presenter_notes').columns(['author_id', 'session_id']).execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('presenter_notes').execute();
  await db.schema.dropTable('member_note_keys').execute();
  await db.schema.alterTable('cohorts').dropColumn('notes_retention_days').execute();
}
