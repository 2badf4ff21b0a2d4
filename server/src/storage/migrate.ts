import { Migrator, type Kysely, type Migration } from 'kysely';
import { migrations as allMigrations } from './migrations';
import type { DatabaseSchema } from './schema';

/**
 * Brings the schema up to date; returns the names of the migrations it ran (none when current).
 * Migrations run in transactions, so a failure leaves no half-built schema behind.
 */
export async function migrateToLatest(db: Kysely<DatabaseSchema>, migrations: Record<string, Migration> = allMigrations): Promise<string[]> {
  const provider = { getMigrations: async () => migrations };
  const { error, results = [] } = await new Migrator({ db, provider }).migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
