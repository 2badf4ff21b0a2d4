import { describe, expect, it } from 'vitest';
import { InvitesRepository } from './invites-repository';
import { DAY, seedCohort, T0 } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

describe.each(testDatabaseDialects())('InvitesRepository on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);
  const invites = () => new InvitesRepository(database().db);

  async function inviteAda(tokenHash = 'token-hash-1') {
    const { cohort, ada, ben } = await seedCohort(database().db);
    const invite = await invites().create({ cohortId: cohort.id, memberId: ada.id, tokenHash, expiresAt: T0 + 7 * DAY }, T0);
    return { cohort, ada, ben, invite };
  }

  it('creates an invite and finds it by token hash', async () => {
    const { cohort, ada, invite } = await inviteAda();
    expect(invite).toEqual({
      id: expect.any(String),
      cohortId: cohort.id,
      memberId: ada.id,
      tokenHash: 'token-hash-1',
      expiresAt: T0 + 7 * DAY,
      usedAt: null,
      createdAt: T0,
    });
    expect(await invites().findByTokenHash('token-hash-1')).toEqual(invite);
    expect(await invites().findByTokenHash('other')).toBeUndefined();
  });

  it('refuses a token hash that is already in use', async () => {
    const { cohort, ada } = await inviteAda();
    await expect(invites().create({ cohortId: cohort.id, memberId: ada.id, tokenHash: 'token-hash-1', expiresAt: T0 }, T0)).rejects.toThrow();
  });

  it('can be consumed once', async () => {
    const { invite } = await inviteAda();
    expect(await invites().consume(invite.id, T0 + 1)).toBe(true);
    expect(await invites().consume(invite.id, T0 + 2)).toBe(false);
    expect((await invites().findByTokenHash(invite.tokenHash))?.usedAt).toBe(T0 + 1);
    expect(await invites().consume('none', T0)).toBe(false);
  });

  it('cannot be consumed once expired', async () => {
    const { invite } = await inviteAda();
    expect(await invites().consume(invite.id, invite.expiresAt)).toBe(false);
    expect((await invites().findByTokenHash(invite.tokenHash))?.usedAt).toBeNull();
  });

  it('lets exactly one of several racing consumers win', async () => {
    const { invite } = await inviteAda();
    const outcomes = await Promise.all([1, 2, 3, 4].map((n) => invites().consume(invite.id, T0 + n)));
    expect(outcomes.filter(Boolean)).toHaveLength(1);
  });

  it('lists and deletes a member’s invites', async () => {
    const { cohort, ada, invite } = await inviteAda();
    const second = await invites().create({ cohortId: cohort.id, memberId: ada.id, tokenHash: 'token-hash-2', expiresAt: T0 + DAY }, T0 + 5);
    expect(await invites().listForMember(ada.id)).toEqual([invite, second]);
    expect(await invites().deleteForMember(ada.id)).toBe(2);
    expect(await invites().listForMember(ada.id)).toEqual([]);
  });

  it('withdraws only the unused invites of one member', async () => {
    const { cohort, ada, ben, invite } = await inviteAda();
    await invites().consume(invite.id, T0 + 1);
    const unused = await invites().create({ cohortId: cohort.id, memberId: ada.id, tokenHash: 'token-hash-2', expiresAt: T0 + DAY }, T0 + 5);
    const bens = await invites().create({ cohortId: cohort.id, memberId: ben.id, tokenHash: 'token-hash-3', expiresAt: T0 + DAY }, T0 + 5);
    expect(await invites().deleteUnusedForMember(ada.id)).toBe(1);
    expect((await invites().listForMember(ada.id)).map((kept) => kept.id)).toEqual([invite.id]);
    expect(await invites().findByTokenHash(unused.tokenHash)).toBeUndefined();
    expect(await invites().listForMember(ben.id)).toEqual([bens]);
  });
});
