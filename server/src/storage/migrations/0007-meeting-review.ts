import { sql, type Kysely } from 'kysely';
import { inTransaction } from '../transactions';

/**
 * Members' ratings of a session at its close. The member id is kept only so an answer can be replaced
 * rather than counted twice, exported to its author and erased with them; nothing reads it back for
 * anyone else (see MeetingReviewsRepository). One answer per member and session, by primary key.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.schema
      .createTable('meeting_reviews')
      .addColumn('session_id', 'text', (col) => col.notNull().references('sessions.id').onDelete('cascade'))
      .addColumn('member_id', 'text', (col) => col.notNull().references('members.id').onDelete('cascade'))
      .addColumn('rating', 'integer', (col) => col.notNull().check(sql`rating between 1 and 10`))
      .addColumn('comment', 'text')
      .addColumn('answered_at', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('meeting_reviews_pk', ['session_id', 'member_id'])
      .execute();
    await trx.schema.createIndex('meeting_reviews_member_idx').on('meeting_reviews').column('member_id').execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('meeting_reviews').execute();
}
