import { describe, expect, it } from 'vitest';
import { LoginsRepository } from './logins-repository';
import { DAY, T0 } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

describe.each(testDatabaseDialects())('LoginsRepository on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);
  const logins = () => new LoginsRepository(database().db);
  const signIn = (id: string, subjectId = 'ada', subjectKind: 'member' | 'facilitator' = 'member') =>
    logins().create({ id, subjectKind, subjectId, expiresAt: T0 + DAY }, T0);

  it('finds a login while it is neither expired nor revoked', async () => {
    const login = await signIn('hash-1');
    expect(login).toEqual({ id: 'hash-1', subjectKind: 'member', subjectId: 'ada', createdAt: T0, expiresAt: T0 + DAY, revokedAt: null });
    expect(await logins().findActive('hash-1', T0 + 1)).toEqual(login);
    expect(await logins().findActive('hash-1', T0 + DAY)).toBeUndefined();
    expect(await logins().findActive('unknown', T0)).toBeUndefined();
  });

  it('revokes one login', async () => {
    await signIn('hash-1');
    await signIn('hash-2');
    await logins().revoke('hash-1', T0 + 5);
    await logins().revoke('hash-1', T0 + 9);
    expect(await logins().findActive('hash-1', T0 + 10)).toBeUndefined();
    expect(await logins().findActive('hash-2', T0 + 10)).toBeDefined();
    expect((await logins().listFor('member', 'ada')).map((l) => [l.id, l.revokedAt])).toEqual([
      ['hash-1', T0 + 5],
      ['hash-2', null],
    ]);
  });

  it('revokes every login of one subject only', async () => {
    await signIn('hash-1');
    await signIn('hash-2');
    await signIn('hash-3', 'ben');
    await signIn('hash-4', 'ada', 'facilitator');
    await logins().revoke('hash-2', T0 + 1);

    expect(await logins().revokeAllFor('member', 'ada', T0 + 2)).toBe(1);
    expect(await logins().findActive('hash-1', T0 + 3)).toBeUndefined();
    expect(await logins().findActive('hash-3', T0 + 3)).toBeDefined();
    expect(await logins().findActive('hash-4', T0 + 3)).toBeDefined();
  });

  it('deletes every login of one subject', async () => {
    await signIn('hash-1');
    await signIn('hash-2', 'ben');
    expect(await logins().deleteAllFor('member', 'ada')).toBe(1);
    expect(await logins().listFor('member', 'ada')).toEqual([]);
    expect(await logins().listFor('member', 'ben')).toHaveLength(1);
  });

  it('forgets logins that ended before a cutoff, and keeps the rest', async () => {
    await signIn('expired-long-ago');
    await signIn('revoked-long-ago');
    const longLived = (id: string) => logins().create({ id, subjectKind: 'member', subjectId: 'ada', expiresAt: T0 + 90 * DAY }, T0);
    await longLived('revoked-lately');
    await longLived('active');
    await logins().revoke('revoked-long-ago', T0 + 1);
    await logins().revoke('revoked-lately', T0 + 20 * DAY);

    expect(await logins().deleteEndedBefore(T0 + 10 * DAY)).toBe(2);
    expect((await logins().listFor('member', 'ada')).map((l) => l.id).sort()).toEqual(['active', 'revoked-lately']);
  });
});
