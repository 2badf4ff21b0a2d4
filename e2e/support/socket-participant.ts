import type { ParticipantCommandInput } from '@peercircle/shared';
import { connectPeerSocket, request } from './peer-socket';

/**
 * Someone in a demo room without a browser or media: a socket.io client, as the fan-out bench uses.
 * Fills a room with people, or plays the facilitator, without the cost of another Chromium page.
 */
export interface SocketParticipant {
  participantId: string;
  /** Sends a circle command as this person; rejects with the server's reason when refused. */
  command(command: ParticipantCommandInput): Promise<void>;
  /** Leaves the room at once (no grace for a dropped connection), then disconnects. */
  leave(): Promise<void>;
  close(): void;
}

/** Joins a demo room by socket; the first to arrive in a demo room facilitates it. */
export async function joinBySocket(baseUrl: string, demoRoom: string, displayName: string): Promise<SocketParticipant> {
  const socket = await connectPeerSocket(baseUrl);
  const joined = await request(socket, 'room:join', { demoRoom, displayName });
  return {
    participantId: joined.self.participantId,
    command: async (command) => {
      await request(socket, 'session:command', command);
    },
    leave: async () => {
      await request(socket, 'room:leave', {});
      socket.disconnect();
    },
    close: () => socket.disconnect(),
  };
}
