import { sql } from 'kysely';
import { openTestDatabase } from '../../../server/src/storage/test-databases';

export interface ClusterDatabase {
  url: string;
  /** Drops the database. */
  drop(): Promise<void>;
}

/**
 * A new, migrated PostgreSQL database on the test server (TEST_DATABASE_URL), made and dropped the way
 * the storage tests do it; migrated here once so the nodes do not race to migrate it.
 */
export async function createClusterDatabase(): Promise<ClusterDatabase> {
  const adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) {
    throw new Error('a cluster needs PostgreSQL: set TEST_DATABASE_URL (`npm run cluster` and `npm test` set it up; or `. scripts/lib/debian-packages.sh && . scripts/lib/postgres.sh && ensure_test_postgres`)');
  }
  const handle = await openTestDatabase('postgres');
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(handle.db);
  const url = new URL(adminUrl);
  url.pathname = `/${rows[0]!.name}`;
  return { url: url.toString(), drop: () => handle.close() };
}
