import { describe, expect, it } from 'vitest';
import { DomainError } from '@peercircle/shared';
import { FacilitatorsRepository } from './facilitators-repository';
import { facilitatorInput, T0 } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

describe.each(testDatabaseDialects())('FacilitatorsRepository on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);
  const repository = () => new FacilitatorsRepository(database().db);

  it('creates a facilitator and finds it by id', async () => {
    const created = await repository().create(facilitatorInput('fay@example.org'), T0);
    expect(created).toEqual({
      id: expect.any(String),
      email: 'fay@example.org',
      displayName: 'Fay',
      passwordHash: 'scrypt$16384$8$1$salt$hash',
      timezone: 'Europe/Berlin',
      createdAt: T0,
    });
    expect(await repository().findById(created.id)).toEqual(created);
    expect(await repository().findById('nobody')).toBeUndefined();
  });

  it('stores the email lower-cased and finds it whatever the letter case', async () => {
    const created = await repository().create(facilitatorInput(' Fay.Lee@Example.ORG '), T0);
    expect(created.email).toBe('fay.lee@example.org');
    expect(await repository().findByEmail('FAY.LEE@example.org')).toEqual(created);
    expect(await repository().findByEmail('someone@example.org')).toBeUndefined();
  });

  it('refuses a second facilitator with the same email in another letter case', async () => {
    await repository().create(facilitatorInput('fay@example.org'), T0);
    const duplicate = repository().create(facilitatorInput('FAY@example.org'), T0);
    await expect(duplicate).rejects.toBeInstanceOf(DomainError);
    await expect(duplicate).rejects.toMatchObject({ code: 'conflict' });
  });
});
