import { afterEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database';
import { migrateToLatest } from './migrate';
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
    expect(await migrateToLatest(handle.db)).toEqual(['0001-initial', '0002-sign-in-links']);
    expect(await migrateToLatest(handle.db)).toEqual([]);

    const tables = await handle.db.introspection.getTables();
    expect(tables.map((table) => table.name).sort()).toEqual(TABLES);
  });
});
