import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteAdapter, SqliteDialect, sql, type DialectAdapter } from 'kysely';
import pg from 'pg';
import type { DatabaseSchema } from './schema';

export type DatabaseDialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<DatabaseSchema>;
  dialect: DatabaseDialect;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** `postgres://…` or `postgresql://…` for PostgreSQL, `sqlite::memory:` for a throwaway database; unset for the embedded file. */
  databaseUrl?: string;
  /** Where the embedded SQLite file lives. */
  dataDir: string;
  /** Told about connections the pool loses while idle (e.g. PostgreSQL restarts); the pool reconnects by itself. */
  onIdleConnectionError?: (error: Error) => void;
}

export const SQLITE_FILE_NAME = 'peercircle.sqlite';
const SQLITE_BUSY_TIMEOUT_MS = 5_000;
const PG_INT8_OID = 20;

/** Opens the database without migrating it; call `migrateToLatest(db)` next. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  const url = options.databaseUrl?.trim() ?? '';
  if (/^postgres(ql)?:\/\//i.test(url)) return openPostgres(url, options.onIdleConnectionError);
  if (url === '' || url === 'sqlite::memory:') return openSqlite(url === '' ? sqliteFile(options.dataDir) : ':memory:');
  throw new Error('DATABASE_URL must start with postgres:// or postgresql:// (or be unset for the embedded SQLite file)');
}

function sqliteFile(dataDir: string): string {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  return path.join(dataDir, SQLITE_FILE_NAME);
}

function openSqlite(file: string): DatabaseHandle {
  const database = new SqliteDatabase(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  const db = new Kysely<DatabaseSchema>({ dialect: new TransactionalDdlSqliteDialect({ database }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/**
 * SQLite runs schema changes inside transactions, but Kysely's adapter says it cannot, so its
 * migrator would leave a half-applied migration behind after a failure. This one says it can.
 */
class TransactionalDdlSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new (class extends SqliteAdapter {
      override get supportsTransactionalDdl(): boolean {
        return true;
      }
    })();
  }
}

async function openPostgres(url: string, onIdleConnectionError?: (error: Error) => void): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    // A host that drops packets must not hold a start, or a save, for the TCP timeout (minutes).
    connectionTimeoutMillis: 10_000,
    // Epoch milliseconds are bigint columns; pg returns int8 as a string unless told otherwise.
    // Safe as a number up to 2^53, i.e. well past the year 200000.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === PG_INT8_OID ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // Without a listener an idle client's error would crash the process.
  pool.on('error', (error) => onIdleConnectionError?.(error));
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw new Error(`cannot connect to PostgreSQL at ${describePostgresUrl(url)}: ${(error as Error).message}`, { cause: error });
  }
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/** Host, port and database, never the credentials. */
function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return 'the configured URL';
  }
}
