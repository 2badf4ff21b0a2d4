import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCohort } from './support/cohort-fixture';
import { trackMediaObjects } from './support/media-object-census';
import { startTestServer, type TestServer } from './support/test-server';

const census = trackMediaObjects();
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' });
});
afterAll(async () => server.close());

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('no recording path', () => {
  it('exists in the server code: media only ever flows over WebRTC transports to participants', () => {
    const serverSource = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../src');
    const offending = sourceFiles(serverSource).filter((file) =>
      /createPlainTransport|createDirectTransport|createPipeTransport|pipeToRouter|MediaRecorder|ffmpeg|gstreamer/i.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(offending).toEqual([]);
  });

  it('exists at run time: someone not let into the session gets no transport and no consumer', async () => {
    const { session, facilitator, members, cohort } = await createCohort(server.url, ['Ada']);
    const fay = await server.connect(undefined, facilitator.cookie);
    await fay.request('room:join', { sessionId: session.id });
    const before = census.counts();

    const ada = await server.connect(undefined, members[0]!.cookie);
    await fetch(`${server.url}/api/agreement/accept`, {
      method: 'POST',
      headers: { cookie: members[0]!.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ version: cohort.agreementVersion }),
    });
    expect(await ada.send('room:join', { sessionId: session.id })).toMatchObject({ ok: false, error: { code: 'waiting_in_lobby' } });
    for (const [event, payload] of [
      ['media:createTransport', { direction: 'recv' }],
      ['media:consume', { producerId: '00000000-0000-4000-8000-000000000000' }],
      ['session:sync', {}],
    ] as const) {
      expect(await ada.send(event, payload)).toMatchObject({ ok: false, error: { code: 'not_in_room' } });
    }
    expect(census.counts()).toEqual(before);
  });
});
