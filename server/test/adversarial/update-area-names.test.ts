import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/http-client';
import { createCohort } from '../support/cohort-fixture';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' });
});
afterAll(async () => server.close());

async function cohort() {
  const fixture = await createCohort(server.url, ['Ada']);
  const rename = (updateAreaNames: unknown, cookie = fixture.facilitator.cookie, cohortId = fixture.cohort.id) =>
    callApi(server.url, 'updateCohort', { cookie, params: { cohortId }, body: { updateAreaNames } as never });
  const names = async () => (await callApi(server.url, 'myUpdateRatings', { cookie: fixture.members[0]!.cookie })).body.areaNames;
  return { ...fixture, rename, names };
}

describe('renaming the update areas', () => {
  it('the facilitator renames them; members see the new names, trimmed', async () => {
    const c = await cohort();
    const reply = await c.rename(['Career ', 'People', 'Me']);
    expect(reply.status).toBe(200);
    expect(reply.body.updateAreaNames).toEqual(['Career', 'People', 'Me']);
    expect(await c.names()).toEqual(['Career', 'People', 'Me']);
  });

  it.each<[string, unknown]>([
    ['an empty name', ['work', '', 'self']],
    ['a blank name', ['work', '   ', 'self']],
    ['a name of 41 characters', ['work', 'x'.repeat(41), 'self']],
    ['a control character', ['work', 'bell\u0007', 'self']],
    ['a line break', ['work', 'two\nlines', 'self']],
    ['a line separator', ['work', 'two\u2028lines', 'self']],
    ['duplicate names', ['work', 'Work', 'self']],
    ['two names', ['work', 'self']],
    ['four names', ['a', 'b', 'c', 'd']],
    ['names as numbers', [1, 2, 3]],
    ['a string', 'work,relationships,self'],
  ])('%s → 400, names unchanged', async (_name, names) => {
    const c = await cohort();
    const reply = await c.rename(names);
    expect(reply.status).toBe(400);
    expect(reply.body.error?.code).toBe('invalid_payload');
    expect(await c.names()).toEqual(['work', 'relationships', 'self']);
  });

  it("a member, another cohort's facilitator and an anonymous caller cannot rename them", async () => {
    const c = await cohort();
    const other = await createCohort(server.url, ['Zed']);
    expect((await c.rename(['a', 'b', 'c'], c.members[0]!.cookie)).status).toBe(403);
    expect([403, 404]).toContain((await c.rename(['a', 'b', 'c'], other.facilitator.cookie)).status);
    expect((await c.rename(['a', 'b', 'c'], '')).status).toBe(401);
    expect(await c.names()).toEqual(['work', 'relationships', 'self']);
  });
});
