import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, SQLITE_FILE_NAME, type DatabaseHandle } from './database';
import { FacilitatorsRepository } from './facilitators-repository';
import { facilitatorInput } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

describe('openDatabase', () => {
  const opened: DatabaseHandle[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    for (const handle of opened.splice(0)) await handle.close();
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates the embedded SQLite file in a private data directory, with WAL and foreign keys on', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'peercircle-db-'));
    dirs.push(root);
    const dataDir = path.join(root, 'nested', 'data');
    const handle = await openDatabase({ dataDir });
    opened.push(handle);

    expect(handle.dialect).toBe('sqlite');
    expect(fs.existsSync(path.join(dataDir, SQLITE_FILE_NAME))).toBe(true);
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    const pragmas = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(handle.db);
    expect(pragmas.rows[0]?.journal_mode).toBe('wal');
    const foreignKeys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(handle.db);
    expect(foreignKeys.rows[0]?.foreign_keys).toBe(1);
  });

  it('opens a throwaway in-memory SQLite database for sqlite::memory:', async () => {
    const handle = await openDatabase({ databaseUrl: 'sqlite::memory:', dataDir: '/nonexistent' });
    opened.push(handle);
    expect(handle.dialect).toBe('sqlite');
    expect(fs.existsSync('/nonexistent')).toBe(false);
  });

  it('rejects a URL it does not understand', async () => {
    await expect(openDatabase({ databaseUrl: 'mysql://db/peercircle', dataDir: os.tmpdir() })).rejects.toThrow(/postgres:\/\//);
  });

  it('fails fast, without echoing the password, when PostgreSQL is unreachable', async () => {
    const attempt = openDatabase({ databaseUrl: 'postgres://someone:s3cret@127.0.0.1:1/peercircle', dataDir: os.tmpdir() });
    await expect(attempt).rejects.toThrow(/cannot connect to PostgreSQL at 127\.0\.0\.1:1\/peercircle/);
    await expect(attempt).rejects.not.toThrow(/s3cret/);
  });
});

describe.each(testDatabaseDialects())('portable types on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);

  it('reports its dialect', () => {
    expect(database().dialect).toBe(dialect);
  });

  it('round-trips epoch milliseconds past 2^31 as JavaScript numbers', async () => {
    const { db } = database();
    const farFuture = 2 ** 42 + 7;
    const created = await new FacilitatorsRepository(db).create(facilitatorInput(), farFuture);
    const found = await new FacilitatorsRepository(db).findById(created.id);
    expect(found?.createdAt).toBe(farFuture);
    expect(typeof found?.createdAt).toBe('number');
  });

  it('returns 64-bit aggregates as numbers too', async () => {
    const { db } = database();
    const result = await db.selectFrom('facilitators').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    expect(result.count).toBe(0);
  });

  it('enforces foreign keys', async () => {
    const { db } = database();
    const orphan = db
      .insertInto('members')
      .values({
        id: 'm1',
        cohort_id: 'no-such-cohort',
        display_name: 'Orphan',
        email: null,
        timezone: null,
        accepted_agreement_version: null,
        calendar_token_hash: 'h',
        removed_at: null,
        created_at: 1,
      })
      .execute();
    await expect(orphan).rejects.toThrow(/foreign key/i);
  });
});
