import { createCohort, type CohortFixture } from './cohort-fixture';
import type { TestClient, TestServer } from './test-server';

export interface OpenSession extends CohortFixture {
  fay: TestClient;
  /** The sockets of the members who walked in, by name. */
  sockets: Record<string, TestClient>;
  live(): NonNullable<ReturnType<TestServer['app']['sessionRooms']['get']>>;
}

/**
 * A cohort whose facilitator opened the session with the door open; the `attending` members walked in.
 * `beforeOpening` runs first, e.g. to change the cohort's settings that a session reads when it opens.
 */
export async function openSession(
  server: TestServer,
  names: string[],
  attending: string[] = names,
  beforeOpening?: (fixture: CohortFixture) => Promise<void>,
): Promise<OpenSession> {
  const fixture = await createCohort(server.url, names, { acceptAgreement: true });
  await beforeOpening?.(fixture);
  const fay = await server.connect(undefined, fixture.facilitator.cookie);
  await fay.request('room:join', { sessionId: fixture.session.id });
  await fay.request('lobby:setDoor', { open: true });
  const sockets: Record<string, TestClient> = {};
  for (const member of fixture.members.filter((m) => attending.includes(m.name))) {
    sockets[member.name] = await server.connect(undefined, member.cookie);
    await sockets[member.name]!.request('room:join', { sessionId: fixture.session.id });
  }
  const live = () => server.app.sessionRooms.get(fixture.session.id)!;
  return { ...fixture, fay, sockets, live };
}
