import { sql, type Kysely } from 'kysely';
import { inTransaction } from '../transactions';

/**
 * Members' monthly updates before a session: three ratings by area position, a line each, up to three
 * ranked topics (JSON), and whether the facilitator may see the ratings. One per member and session.
 * Cohorts may rename the three areas (JSON array of three names; null means the defaults).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.schema
      .createTable('monthly_updates')
      .addColumn('session_id', 'text', (col) => col.notNull().references('sessions.id').onDelete('cascade'))
      .addColumn('member_id', 'text', (col) => col.notNull().references('members.id').onDelete('cascade'))
      .addColumn('rating_1', 'integer', (col) => col.notNull().check(sql`rating_1 between 1 and 10`))
      .addColumn('rating_2', 'integer', (col) => col.notNull().check(sql`rating_2 between 1 and 10`))
      .addColumn('rating_3', 'integer', (col) => col.notNull().check(sql`rating_3 between 1 and 10`))
      .addColumn('line_1', 'text', (col) => col.notNull())
      .addColumn('line_2', 'text', (col) => col.notNull())
      .addColumn('line_3', 'text', (col) => col.notNull())
      .addColumn('topics_json', 'text', (col) => col.notNull())
      .addColumn('share_with_facilitator', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('submitted_at', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('monthly_updates_pk', ['session_id', 'member_id'])
      .execute();
    await trx.schema.createIndex('monthly_updates_member_idx').on('monthly_updates').column('member_id').execute();
    await trx.schema.alterTable('cohorts').addColumn('update_areas_json', 'text').execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cohorts').dropColumn('update_areas_json').execute();
  await db.schema.dropTable('monthly_updates').execute();
}
