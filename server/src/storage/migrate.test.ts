import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { CohortsRepository } from './cohorts-repository';
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
  'meeting_reviews',
  'member_note_keys',
  'members',
  'monthly_updates',
  'parked_topics',
  'presenter_briefs',
  'presenter_notes',
  'role_holdings',
  'session_helpfulness',
  'session_pauses',
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
    expect(await migrateToLatest(handle.db)).toEqual(['0001-initial', '0002-sign-in-links', '0003-session-started', '0004-privacy-checklist', '0005-guardian-pause', '0006-role-holdings', '0007-meeting-review', '0008-presenter-brief', '0009-monthly-updates', '0010-presenter-notes', '0011-parking-lot', '0012-owner-epoch']);
    expect(await migrateToLatest(handle.db)).toEqual([]);

    const tables = await handle.db.introspection.getTables();
    expect(tables.map((table) => table.name).sort()).toEqual(TABLES);
  });

  it('0004 gives cohorts made before it the whole privacy checklist, refuses other values, and can be undone', async () => {
    handle = await openTestDatabase(dialect, { migrate: false });
    const upTo0003 = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0004'));
    await migrateToLatest(handle.db, upTo0003);
    await sql`insert into facilitators (id, email, display_name, password_hash, timezone, created_at) values ('f1', 'f@example.org', 'Fay', 'x', 'UTC', 1)`.execute(handle.db);
    await sql`insert into cohorts (id, name, purpose, agreement_text, agreement_version, cadence_json, default_format, created_by, created_at)
      values ('c1', 'Old circle', '', 'What is said here stays here.', 1, '{}', 'council', 'f1', 1)`.execute(handle.db);

    const upTo0004 = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0005'));
    expect(await migrateToLatest(handle.db, upTo0004)).toEqual(['0004-privacy-checklist']);
    expect(await new CohortsRepository(handle.db).findById('c1')).toMatchObject({ name: 'Old circle', privacyChecklist: ['privateSpace', 'headphones'] });
    await expect(sql`update cohorts set asks_headphones = 2 where id = 'c1'`.execute(handle.db)).rejects.toThrow();

    await migrations['0004-privacy-checklist']!.down!(handle.db);
    const columns = (await handle.db.introspection.getTables()).find((table) => table.name === 'cohorts')!.columns.map((column) => column.name);
    expect(columns).not.toContain('asks_private_space');
    expect(columns).not.toContain('asks_headphones');
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
    expect(await migrateToLatest(handle.db)).toEqual(['0001-initial', '0002-sign-in-links', '0003-session-started', '0004-privacy-checklist', '0005-guardian-pause', '0006-role-holdings', '0007-meeting-review', '0008-presenter-brief', '0009-monthly-updates', '0010-presenter-notes', '0011-parking-lot', '0012-owner-epoch']);
  });
});
