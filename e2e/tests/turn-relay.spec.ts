import { startCoturn } from '../support/coturn';
import { expect, test } from '../support/fixtures';
import { expectMediaFlowingFromAll, selectedIcePaths } from '../support/media-stats';
import { joinRoom, tiles, type Participant } from '../support/participant';
import { allowOnlyRelayedMedia } from '../support/relay-only';
import { startServer } from '../support/server-process';

test('with only TURN allowed, media flows through coturn: frames decoded, every selected pair a relay', async ({ browser }) => {
  const turn = await startCoturn();
  const server = await startServer({ env: { TURN_URLS: turn.urls.join(','), TURN_SECRET: turn.secret } });
  const people: Participant[] = [];
  try {
    for (const name of ['Maya', 'Ravi']) {
      people.push(await joinRoom(browser, server.url, 'relay-only', name, { prepareContext: allowOnlyRelayedMedia }));
    }
    for (const { page } of people) await expect(tiles(page)).toHaveCount(2);
    for (const { page } of people) await expectMediaFlowingFromAll(page, 1);

    const sfuMediaPort = server.port + 10_000;
    for (const { name, page } of people) {
      const paths = await selectedIcePaths(page);
      console.log(`${name}: ${paths.map((p) => `${p.localCandidateType}/${p.relayProtocol} ${p.localAddress} → ${p.remoteAddress}:${p.remotePort}`).join(', ')}`);
      // A send and a receive transport, both relayed by coturn to the SFU's media port.
      expect(paths).toHaveLength(2);
      for (const path of paths) {
        expect(path).toMatchObject({ localCandidateType: 'relay', remoteAddress: '127.0.0.1', remotePort: sfuMediaPort });
        expect(['udp', 'tcp']).toContain(path.relayProtocol);
      }
    }
    // coturn accepted the server-derived credentials at least once per transport.
    expect(turn.grantedAllocations()).toBeGreaterThanOrEqual(4);
  } finally {
    await Promise.all(people.map((person) => person.close()));
    await server.stop();
    await turn.stop();
  }
});
