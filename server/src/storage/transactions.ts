import type { Kysely, Transaction } from 'kysely';

/**
 * Runs `work` in a transaction, or inside the caller's when given one
 * (Kysely refuses to nest `transaction()` calls).
 */
export function inTransaction<DB, T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<DB>);
  return db.transaction().execute(work);
}
