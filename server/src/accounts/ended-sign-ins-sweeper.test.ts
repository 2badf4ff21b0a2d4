import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { FacilitatorsRepository } from '../storage/facilitators-repository';
import { LoginsRepository } from '../storage/logins-repository';
import { SignInLinksRepository } from '../storage/sign-in-links-repository';
import { freshDatabasePerTest } from '../storage/test-databases';
import { DAY, facilitatorInput, T0 } from '../storage/test-fixtures';
import { EndedSignInsSweeper } from './ended-sign-ins-sweeper';

describe('EndedSignInsSweeper', () => {
  const database = freshDatabasePerTest('sqlite');

  it('forgets logins and sign-in links a month after they ended, not sooner', async () => {
    const { db } = database();
    const logins = new LoginsRepository(db);
    const links = new SignInLinksRepository(db);
    const fay = await new FacilitatorsRepository(db).create(facilitatorInput(), T0);
    await logins.create({ id: 'expired-31-days-ago', subjectKind: 'facilitator', subjectId: fay.id, expiresAt: T0 + DAY }, T0);
    await logins.create({ id: 'expired-29-days-ago', subjectKind: 'facilitator', subjectId: fay.id, expiresAt: T0 + 3 * DAY }, T0);
    await links.create(fay.id, 'link-expired-31-days-ago', T0 + DAY, T0);
    await links.create(fay.id, 'link-expired-29-days-ago', T0 + 3 * DAY, T0);

    const sweeper = new EndedSignInsSweeper(logins, links, () => T0 + 32 * DAY, pino({ level: 'silent' }));
    expect(await sweeper.sweep()).toEqual({ logins: 1, signInLinks: 1 });
    expect((await logins.listFor('facilitator', fay.id)).map((login) => login.id)).toEqual(['expired-29-days-ago']);
    expect(await sweeper.sweep()).toEqual({ logins: 0, signInLinks: 0 });
  });
});
