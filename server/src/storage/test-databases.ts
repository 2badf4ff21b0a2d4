import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { openDatabase, type DatabaseDialect, type DatabaseHandle } from './database';
import { migrateToLatest } from './migrate';
import type { DatabaseSchema } from './schema';

/**
 * The databases storage tests run against: SQLite always, PostgreSQL when TEST_DATABASE_URL is set
 * (its role needs CREATEDB). With REQUIRE_POSTGRES_TESTS=1 a missing URL is an error, not a skip.
 */
export function testDatabaseDialects(env: NodeJS.ProcessEnv = process.env): DatabaseDialect[] {
  if (env.TEST_DATABASE_URL) return ['sqlite', 'postgres'];
  if (env.REQUIRE_POSTGRES_TESTS === '1') {
    throw new Error('REQUIRE_POSTGRES_TESTS=1 but TEST_DATABASE_URL is not set: run `npm test`, or source scripts/lib/postgres.sh and call ensure_test_postgres');
  }
  return ['sqlite'];
}

/** A new, empty database of its own (migrated unless asked not to); `close()` deletes it. */
export async function openTestDatabase(dialect: DatabaseDialect, options: { migrate?: boolean } = {}): Promise<DatabaseHandle> {
  const handle = dialect === 'sqlite' ? await openTestSqlite() : await openTestPostgres();
  if (options.migrate ?? true) await migrateToLatest(handle.db);
  return handle;
}

/**
 * Registers hooks so each test starts with an empty, migrated database; call the result inside a test.
 * SQLite gets a new file per test. PostgreSQL gets one database per describe block, emptied before
 * each test, because creating and migrating a database there takes about half a second.
 */
export function freshDatabasePerTest(dialect: DatabaseDialect): () => DatabaseHandle {
  let handle: DatabaseHandle | undefined;
  if (dialect === 'sqlite') {
    beforeEach(async () => {
      handle = await openTestDatabase(dialect);
    });
    afterEach(async () => {
      await handle?.close();
      handle = undefined;
    });
  } else {
    beforeAll(async () => {
      handle = await openTestDatabase(dialect);
    });
    beforeEach(async () => {
      if (handle) await emptyPostgresTables(handle.db);
    });
    afterAll(async () => {
      await handle?.close();
      handle = undefined;
    });
  }
  return () => {
    if (!handle) throw new Error('the test database exists only while a test runs');
    return handle;
  };
}

async function emptyPostgresTables(db: Kysely<DatabaseSchema>): Promise<void> {
  const tables = (await db.introspection.getTables()).map((table) => `"${table.name}"`);
  if (tables.length > 0) await sql.raw(`truncate table ${tables.join(', ')} cascade`).execute(db);
}

async function openTestSqlite(): Promise<DatabaseHandle> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peercircle-storage-'));
  const handle = await openDatabase({ dataDir });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function openTestPostgres(): Promise<DatabaseHandle> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `peercircle_t_${randomBytes(6).toString('hex')}`;
  await withAdminClient(adminUrl, (admin) => admin.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), dataDir: os.tmpdir() });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await withAdminClient(adminUrl, (admin) => dropTestDatabase(admin, name));
    },
  };
}

/**
 * A plain drop first: it stops an autovacuum worker still in the new database by itself, where
 * `with (force)` refuses (PostgreSQL 15 asks a non-superuser for pg_signal_backend to end it).
 * Only a connection of ours still open (55006, object in use) needs the force.
 */
async function dropTestDatabase(admin: pg.Client, name: string): Promise<void> {
  try {
    await admin.query(`drop database if exists ${name}`);
  } catch (error) {
    if ((error as { code?: string }).code !== '55006') throw error;
    await admin.query(`drop database if exists ${name} with (force)`);
  }
}

async function withAdminClient(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
