import type { JoinRoomResult, TransportParams } from '@peercircle/shared';
import { opusRtpParameters } from './rtp-fixtures';
import type { TestClient } from './test-server';

export interface JoinedWithMic {
  joined: JoinRoomResult;
  send: TransportParams;
  micProducerId: string;
}

/** Joins a room and publishes a microphone (RTP parameters only: no packets need to flow). */
export async function joinWithMic(client: TestClient, roomId: string, displayName: string, ssrc: number): Promise<JoinedWithMic> {
  const joined = await client.request('room:join', { demoRoom: roomId, displayName });
  const send = await client.request('media:createTransport', { direction: 'send' });
  const { producerId } = await client.request('media:produce', {
    transportId: send.transportId,
    kind: 'audio',
    source: 'mic',
    rtpParameters: opusRtpParameters(ssrc),
  });
  return { joined, send, micProducerId: producerId };
}
