import { expect, test } from '../support/fixtures';
import { joinLightParticipant, type LightParticipant, type SfuReception } from '../support/light-participant';
import { decodedVideoSizes, expectMediaFlowingFromAll, receivingOffers } from '../support/media-stats';

/** Both kinds reported by the SFU, further along than before and without losses. */
function receivingMore(before: Record<string, SfuReception | null>, after: Record<string, SfuReception | null>): boolean {
  return (['audio', 'video'] as const).every((kind) => {
    const then = before[kind];
    const now = after[kind];
    return now !== null && now !== undefined && now.highestSequence > (then?.highestSequence ?? 0) && now.packetsLost === 0;
  });
}

async function expectSfuReceivingFrom(lights: LightParticipant[]): Promise<void> {
  const before = lights.map((light) => light.receivedBySfu());
  // mediasoup reports on audio only every few seconds.
  await expect
    .poll(() => lights.every((light, i) => receivingMore(before[i]!, light.receivedBySfu())), { timeout: 20_000 })
    .toBe(true);
}

test('light participants publish real audio and video: the SFU receives it and Chromium decodes it', async ({ server, join }) => {
  const lights: LightParticipant[] = [];
  try {
    for (const name of ['Light Ada', 'Light Bo']) lights.push(await joinLightParticipant(server.url, 'light-media', name));
    // The join opens a receive transport too, as for a browser; a light participant leaves it unused.
    await expect
      .poll(() => server.health())
      .toMatchObject({ participants: 2, mediaObjects: { transports: 4, producers: 4, pausedProducers: 0 } });

    const joinedAt = Date.now();
    await expectSfuReceivingFrom(lights);

    const viewer = await join('light-media', 'Viewer');
    const received = await expectMediaFlowingFromAll(viewer.page, 2);
    expect(Object.keys(received).sort()).toEqual(lights.map((light) => light.participantId).sort());
    expect(await decodedVideoSizes(viewer.page)).toEqual(['320x180', '320x180']);
    // One video is negotiated alone first, so the transport connects before the rest is set up.
    const offers = await receivingOffers(viewer.page);
    expect(offers[0]).toEqual(['video']);
    expect(offers.at(-1)?.filter((kind) => kind !== 'application').sort()).toEqual(['audio', 'audio', 'video', 'video', 'video']);

    // mediasoup drops a transport that has sent no ICE consent check for 30 s.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, joinedAt + 32_000 - Date.now())));
    await expectSfuReceivingFrom(lights);
  } finally {
    lights.forEach((light) => light.close());
  }
});

test('a receiving light participant consumes everyone else, including who joins later, and lets go of who leaves', async ({ server }) => {
  const lights: LightParticipant[] = [];
  try {
    for (const name of ['Light Ada', 'Light Bo']) lights.push(await joinLightParticipant(server.url, 'light-receive', name, { receive: true }));
    const [ada, bo] = lights.map((light) => light.reception!);
    // Ada joined first: Bo's producers reach her by announcement, hers reach Bo with his join.
    await expect.poll(() => [ada!.consumers(), bo!.consumers()]).toEqual([2, 2]);
    const packetsBefore = [ada!.packets(), bo!.packets()];
    await expect.poll(() => ada!.packets() > packetsBefore[0]! + 50 && bo!.packets() > packetsBefore[1]! + 50).toBe(true);

    const cy = await joinLightParticipant(server.url, 'light-receive', 'Light Cy');
    await expect.poll(() => [ada!.consumers(), bo!.consumers(), cy.reception]).toEqual([4, 4, null]);
    // Cy's consumers renegotiated Ada's and Bo's receive transports after they connected: they must
    // still send ICE consent checks, or mediasoup stops sending to them 30 s after the last one.
    await new Promise((resolve) => setTimeout(resolve, 40_000));
    const packetsLater = [ada!.packets(), bo!.packets()];
    await expect.poll(() => ada!.packets() > packetsLater[0]! + 50 && bo!.packets() > packetsLater[1]! + 50).toBe(true);
    // Cy's join opened (paused) consumers of Ada's and Bo's media too, which he leaves unused.
    await expect.poll(async () => (await server.health()).mediaObjects.consumers).toBe(12);
    cy.close();
    await expect.poll(() => [ada!.consumers(), bo!.consumers()]).toEqual([2, 2]);
  } finally {
    lights.forEach((light) => light.close());
  }
});
