import { sql, type Kysely } from 'kysely';
import { inTransaction } from '../transactions';

/**
 * Which items of the privacy checklist a cohort asks at the door of its sessions. Both are asked
 * unless the facilitator turns one off, so cohorts made before this column existed ask both.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await inTransaction(db, async (trx) => {
    for (const column of ['asks_private_space', 'asks_headphones']) {
      await trx.schema
        .alterTable('cohorts')
        .addColumn(column, 'integer', (col) => col.notNull().defaultTo(1).check(sql`${sql.ref(column)} in (0, 1)`))
        .execute();
    }
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.schema.alterTable('cohorts').dropColumn('asks_headphones').execute();
    await trx.schema.alterTable('cohorts').dropColumn('asks_private_space').execute();
  });
}
