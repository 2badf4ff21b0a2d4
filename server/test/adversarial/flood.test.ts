import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '@peercircle/shared';
import { startTestServer, type TestClient, type TestServer } from '../support/test-server';

// The default budgets: 40 requests and 8 circle commands a second per participant, bursts of 3×.
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '1' });
});
afterAll(async () => server.close());

const FLOOD_SIZE = 2_000;
const SAMPLES = 10;
const SAMPLE_SPACING_MS = 100;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A facilitator and a member in a running demo circle; the token proves the member's identity. */
async function runningCircle(name: string) {
  const facilitator = await server.connect();
  await facilitator.request('room:join', { demoRoom: name, displayName: 'Fay' });
  const member = await server.connect();
  const { identityToken } = await member.request('room:join', { demoRoom: name, displayName: 'Max' });
  await facilitator.request('session:command', { type: 'session.start' });
  return { facilitator, member, memberToken: identityToken! };
}

/** Facilitator command → acknowledged (saved, applied, sent to everyone), spaced like a busy facilitator. */
async function commandLatencies(facilitator: TestClient): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const startedAt = performance.now();
    await facilitator.request('session:command', { type: 'timer.extend', timer: 'phase', ms: 1_000 });
    latencies.push(performance.now() - startedAt);
    await pause(SAMPLE_SPACING_MS);
  }
  return latencies;
}

describe(`a member sending ${FLOOD_SIZE} commands at once`, () => {
  it('is refused with rate_limited, cut off and kept out, while another circle’s commands stay within 2× of their quiet latency', async () => {
    const quiet = await runningCircle('quiet-circle');
    await commandLatencies(quiet.facilitator); // warm-up: the first requests pay for compilation
    const quietLatencies = await commandLatencies(quiet.facilitator);

    const loud = await runningCircle('loud-circle');
    const flooder = loud.member;
    const loudSession = server.app.sessionRooms.get('demo:loud-circle')!;
    const versionBefore = loudSession.state.version;
    const cutOff = new Promise<string>((resolve) => flooder.socket.once('disconnect', resolve));
    const emitter = flooder.socket as unknown as { timeout(ms: number): { emitWithAck(e: string, p: unknown): Promise<Ack<unknown>> } };
    const floodAcks = Array.from({ length: FLOOD_SIZE }, (_, i) =>
      emitter
        .timeout(3_000)
        .emitWithAck('session:command', { type: 'question.submit', text: `Flood question ${i}?`, anonymous: false })
        .catch(() => 'unanswered' as const),
    );
    const duringFlood = await commandLatencies(quiet.facilitator);
    const acks = await Promise.all(floodAcks);

    const refused = acks.filter((ack) => ack !== 'unanswered' && !ack.ok && ack.error.code === 'rate_limited');
    const handled = acks.filter((ack) => ack !== 'unanswered' && (ack.ok || ack.error.code !== 'rate_limited'));
    const unanswered = acks.filter((ack) => ack === 'unanswered');
    process.stdout.write(
      `flood: ${handled.length} handled, ${refused.length} refused, ${unanswered.length} unanswered after the cut-off; ` +
        `other circle p50 ${median(quietLatencies).toFixed(2)} ms quiet, ${median(duringFlood).toFixed(2)} ms during the flood\n`,
    );
    // Only the burst got through; everything else was refused or never handled.
    expect(handled.length).toBeLessThanOrEqual(3 * 8 + 1);
    expect(refused.length).toBeGreaterThanOrEqual(100);
    expect(loudSession.state.version - versionBefore).toBeLessThanOrEqual(3 * 8 + 1);
    expect(await cutOff).toBe('io server disconnect');
    // The same participant cannot come straight back.
    const back = await server.connect({ identityToken: loud.memberToken }).catch((error: unknown) => error);
    expect((back as { data?: unknown }).data).toMatchObject({ code: 'rate_limited' });
    // Small absolute slack: a loopback round trip is ~1 ms, below the timer's resolution of noise.
    expect(median(duringFlood)).toBeLessThanOrEqual(2 * median(quietLatencies) + 2);
  });
});
