import { describe, expect, it } from 'vitest';
import { FacilitatorsRepository } from './facilitators-repository';
import { SignInLinksRepository } from './sign-in-links-repository';
import { DAY, facilitatorInput, T0 } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

describe.each(testDatabaseDialects())('SignInLinksRepository on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);
  const links = () => new SignInLinksRepository(database().db);
  const facilitator = () => new FacilitatorsRepository(database().db).create(facilitatorInput(), T0);

  it('signs in once, and never after expiry', async () => {
    const fay = await facilitator();
    await links().create(fay.id, 'hash-1', T0 + DAY, T0);
    await links().create(fay.id, 'hash-2', T0 + DAY, T0);
    expect(await links().consume('hash-1', T0 + 1)).toBe(fay.id);
    expect(await links().consume('hash-1', T0 + 2)).toBeNull();
    expect(await links().consume('hash-2', T0 + DAY)).toBeNull();
    expect(await links().consume('unknown', T0)).toBeNull();
  });

  it('forgets links that expired before a cutoff', async () => {
    const fay = await facilitator();
    await links().create(fay.id, 'old', T0 + DAY, T0);
    await links().create(fay.id, 'fresh', T0 + 30 * DAY, T0);
    expect(await links().deleteExpiredBefore(T0 + 10 * DAY)).toBe(1);
    expect(await links().consume('old', T0)).toBeNull();
    expect(await links().consume('fresh', T0)).toBe(fay.id);
  });
});
