import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/http-client';
import { openSession } from './support/open-session';
import { startTestServer, type TestClient, type TestServer } from './support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' }, { captureLogs: true });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

const secretOf = (name: string) => `${name} sleeps badly since the merger`;
const topicOf = (name: string) => `${name} wonders about leaving`;
const update = (name: string) => ({
  areas: [
    { rating: 3, line: secretOf(name) },
    { rating: 8, line: `${name} and family are fine` },
    { rating: 5, line: '' },
  ],
  topics: [{ title: topicOf(name), rank: 1, mightPresent: true, urgency: 'high' as const }],
  shareWithFacilitator: false,
});

/** Everything a client has received of the circle so far, as text. */
const framesOf = (client: TestClient, from = 0) => JSON.stringify(client.received('session:update').slice(from));
const frameCount = (client: TestClient) => client.received('session:update').length;

/** Ada and Ben submitted updates before the session; Cy did not and only listens. */
async function updateRound() {
  const circle = await openSession(server, ['Ada', 'Ben', 'Cy'], ['Ada', 'Ben', 'Cy'], async ({ members, session, facilitator, cohort }) => {
    const renamed = await callApi(server.url, 'updateCohort', { cookie: facilitator.cookie, params: { cohortId: cohort.id }, body: { updateAreaNames: ['Career', 'People', 'Me'] } });
    expect(renamed.status).toBe(200);
    for (const member of members.filter((m) => m.name !== 'Cy')) {
      const submitted = await callApi(server.url, 'submitMonthlyUpdate', { cookie: member.cookie, params: { sessionId: session.id }, body: update(member.name) });
      expect(submitted.status).toBe(200);
    }
  });
  const nameOf = (id: string | null) => circle.members.find((member) => member.id === id)?.name ?? null;
  return { ...circle, nameOf };
}

describe('the update round', () => {
  it("a member's card reaches every socket only while they hold the floor in the check-in", async () => {
    const { fay, sockets, live, nameOf } = await updateRound();
    const cy = sockets['Cy']!;
    const listeners = [fay, cy, sockets['Ada']!, sockets['Ben']!];
    for (const listener of listeners) expect(framesOf(listener)).not.toContain('sleeps badly');

    await fay.request('session:command', { type: 'session.start' });
    await expect.poll(() => live().state.updateCards ?? null).not.toBeNull();
    const order = [...live().state.round!.order];
    const seen: string[] = [];
    for (const speakerId of order) {
      const speaker = nameOf(speakerId);
      expect(live().state.floor.holderId).toBe(speakerId);
      const mark = listeners.map(frameCount);
      if (speaker === 'Ada' || speaker === 'Ben') {
        await expect.poll(() => (seen.length === 0 ? framesOf(cy) : JSON.stringify(cy.received('session:update').slice(-1)))).toContain(secretOf(speaker));
        const synced = JSON.stringify(await cy.request('session:sync', {}));
        expect(synced).toContain(secretOf(speaker));
        expect(synced).toContain(topicOf(speaker));
        // The cohort's own names for the areas.
        expect(synced).toContain('"name":"Career"');
        // What the member might present, and how urgent it is, stay out of the circle.
        expect(synced).not.toContain('mightPresent');
        expect(synced).not.toContain('urgency');
        seen.push(speaker);
      }
      // Nobody who does not hold the floor has their card in any frame sent during this turn.
      for (const other of ['Ada', 'Ben'].filter((name) => name !== speaker)) {
        listeners.forEach((listener, index) => expect(framesOf(listener, mark[index])).not.toContain(secretOf(other)));
      }
      // Before their own turn, nobody has ever received a member's card.
      for (const later of ['Ada', 'Ben'].filter((name) => !seen.includes(name))) {
        for (const listener of listeners) expect(framesOf(listener)).not.toContain(secretOf(later));
      }
      await fay.request('session:command', { type: 'round.advance' });
    }
    expect(seen.sort()).toEqual(['Ada', 'Ben']);
    const synced = JSON.stringify(await cy.request('session:sync', {}));
    expect(synced).not.toContain('sleeps badly');

    // Leaving the check-in deletes the cards from the live state.
    const mark = frameCount(cy);
    await fay.request('session:command', { type: 'phase.next' });
    expect(live().state.updateCards ?? null).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(framesOf(cy, mark)).not.toContain('sleeps badly');
  });

  it('leaves nothing of the updates in the logs', async () => {
    const everything = server.logLines.join('\n');
    expect(everything.length).toBeGreaterThan(0);
    for (const name of ['Ada', 'Ben']) {
      expect(everything).not.toContain(secretOf(name));
      expect(everything).not.toContain(topicOf(name));
    }
  });
});
