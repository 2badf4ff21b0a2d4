import type { JoinRoomResult, TransportParams } from '@peercircle/shared';
import { opusRtpParameters } from './rtp-fixtures';
import type { TestClient } from './test-server';

export interface JoinedWithMic {
  joined: JoinRoomResult;
  send: TransportParams;
  micProducerId: string;
}

/** Publishes a microphone in the room the client is in (RTP parameters only: no packets need to flow). */
export async function publishMic(client: TestClient, ssrc: number): Promise<Omit<JoinedWithMic, 'joined'>> {
  const send = await client.request('media:createTransport', { direction: 'send' });
  const { producerId } = await client.request('media:produce', {
    transportId: send.transportId,
    kind: 'audio',
    source: 'mic',
    rtpParameters: opusRtpParameters(ssrc),
  });
  return { send, micProducerId: producerId };
}

/** Joins a demo room and publishes a microphone. */
export async function joinWithMic(client: TestClient, roomId: string, displayName: string, ssrc: number): Promise<JoinedWithMic> {
  const joined = await client.request('room:join', { demoRoom: roomId, displayName });
  return { joined, ...(await publishMic(client, ssrc)) };
}

/** Joins a demo room with a microphone and gets ready to receive: capabilities set, a recv transport. */
export async function joinWithMedia(client: TestClient, roomId: string, name: string, ssrc: number) {
  const withMic = await joinWithMic(client, roomId, name, ssrc);
  await client.request('media:setRtpCapabilities', { rtpCapabilities: withMic.joined.routerRtpCapabilities });
  const recv = await client.request('media:createTransport', { direction: 'recv' });
  return { ...withMic, recv };
}
