import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database';
import { migrateToLatest } from './migrate';
import { migrations } from './migrations';
import { openTestDatabase, testDatabaseDialects } from './test-databases';

const TABLES = [
  'attendance',
  'cohort_facilitators',
  'cohorts',
  'commitments',
  'facilitators',
  'invites',
  'kept_questions',
  'live_session_states',
  'logins',
  'members',
  'role_holdings',
  'sessions',
  'sign_in_links',
  'speaking_time',
];

describe.each(testDatabaseDialects())('migrateToLatest on %s', (dialect) => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it('creates every table once, and does nothing when run again', async () => {
    handle = await openTestDatabase(dialect, { migrate: false });
    expect(await migrateToLatest(handle.db)).toEqual(['0001-initial', '0002-sign-in-links', '0003-session-started', '0004-role-holdings']);
    expect(await migrateToLatest(handle.db)).toEqual([]);

    const tables = await handle.db.introspection.getTables();
    expect(tables.map((table) => table.name).sort()).toEqual(TABLES);
  });

  it('leaves nothing of a migration that fails half-way (it runs in a transaction)', async () => {
    handle = await openTestDatabase(dialect, { migrate: false });
    const halfWay = {
      up: async (db: Kysely<unknown>) => {
        await db.schema.createTable('half_built').addColumn('id', 'text', (column) => column.primaryKey()).execute();
        await sql`insert into half_built (id) values ('x')`.execute(db);
        throw new Error('the disk filled up');
      },
    };
    await expect(migrateToLatest(handle.db, { ...migrations, '0999-half-way': halfWay })).rejects.toThrow(/0999-half-way failed/);

    const tables = (await handle.db.introspection.getTables()).map((table) => table.name);
    expect(tables).not.toContain('half_built');
    // The whole run is one transaction: the database is as it was before, and the next run starts there.
    expect(await migrateToLatest(handle.db)).toEqual(['0001-initial', '0002-sign-in-links', '0003-session-started', '0004-role-holdings']);
  });
});
