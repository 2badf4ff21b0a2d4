import { sql, type Kysely } from 'kysely';
import { inTransaction } from '../transactions';

/**
 * The presenter's brief before their session (one per session and presenter, deleted with the
 * session's content unless they keep it), and their answer at the close to "Were we helpful?".
 */
export async function up(db: Kysely<any>): Promise<void> {
  await inTransaction(db, async (trx) => {
    let briefs = trx.schema
      .createTable('presenter_briefs')
      .addColumn('session_id', 'text', (col) => col.notNull().references('sessions.id').onDelete('cascade'))
      .addColumn('presenter_id', 'text', (col) => col.notNull().references('members.id').onDelete('cascade'));
    for (const field of ['issue', 'stakes', 'background', 'feelings', 'tried', 'options', 'want_from_group', 'not_wanted']) {
      briefs = briefs.addColumn(field, 'text', (col) => col.notNull().defaultTo(''));
    }
    await briefs
      .addColumn('ready', 'integer', (col) => col.notNull().defaultTo(0).check(sql`ready in (0, 1)`))
      .addColumn('keep', 'integer', (col) => col.notNull().defaultTo(0).check(sql`keep in (0, 1)`))
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('presenter_briefs_pk', ['session_id', 'presenter_id'])
      .execute();
    await trx.schema.createIndex('presenter_briefs_presenter_idx').on('presenter_briefs').column('presenter_id').execute();
    await trx.schema
      .createTable('session_helpfulness')
      .addColumn('session_id', 'text', (col) => col.notNull().references('sessions.id').onDelete('cascade'))
      .addColumn('presenter_id', 'text', (col) => col.notNull().references('members.id').onDelete('cascade'))
      .addColumn('answer', 'text', (col) => col.notNull().check(sql`answer in ('yes', 'partly', 'no')`))
      .addColumn('words', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('answered_at', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('session_helpfulness_pk', ['session_id', 'presenter_id'])
      .execute();
    await trx.schema.createIndex('session_helpfulness_presenter_idx').on('session_helpfulness').column('presenter_id').execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('session_helpfulness').execute();
  await db.schema.dropTable('presenter_briefs').execute();
}
