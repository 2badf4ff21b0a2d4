import { sql, type Kysely } from 'kysely';
import { inTransaction } from '../transactions';

/**
 * The cohort's parking lot: topics a member marked "might present" in a monthly update, one row each,
 * kept until its owner presents or removes it. `importance` is the topic's rank (1 = most important);
 * `shared` lets the cohort's facilitators read the title. `session_id` is the session whose update
 * parked it, so a replaced update replaces its topics.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.schema
      .createTable('parked_topics')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('cohort_id', 'text', (col) => col.notNull().references('cohorts.id').onDelete('cascade'))
      .addColumn('member_id', 'text', (col) => col.notNull().references('members.id').onDelete('cascade'))
      .addColumn('session_id', 'text', (col) => col.notNull().references('sessions.id').onDelete('cascade'))
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('urgency', 'text', (col) => col.notNull().check(sql`urgency in ('low', 'medium', 'high')`))
      .addColumn('importance', 'integer', (col) => col.notNull().check(sql`importance between 1 and 3`))
      .addColumn('parked_at', 'bigint', (col) => col.notNull())
      .addColumn('shared', 'integer', (col) => col.notNull().defaultTo(0).check(sql`shared in (0, 1)`))
      .execute();
    await trx.schema.createIndex('parked_topics_member_idx').on('parked_topics').columns(['member_id', 'session_id']).execute();
    await trx.schema.createIndex('parked_topics_cohort_idx').on('parked_topics').column('cohort_id').execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('parked_topics').execute();
}
