import { io, type Socket } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type JoinRoomResult,
  type ParticipantCommandInput,
  type ServerToClientEvents,
} from '@peercircle/shared';

/**
 * Someone in a demo room without a browser or media: a socket.io client, as the fan-out bench uses.
 * Fills a room with people, or plays the facilitator, without the cost of another Chromium page.
 */
export interface SocketParticipant {
  participantId: string;
  /** Sends a circle command as this person; rejects with the server's reason when refused. */
  command(command: ParticipantCommandInput): Promise<void>;
  close(): void;
}

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

async function call<T>(socket: ClientSocket, event: string, payload: unknown): Promise<T> {
  const reply = (await (socket as unknown as { emitWithAck(e: string, p: unknown): Promise<unknown> }).emitWithAck(event, payload)) as {
    ok: boolean;
    data?: T;
    error?: { code: string; message: string };
  };
  if (!reply.ok) throw new Error(`${event} refused: ${reply.error?.code} ${reply.error?.message}`);
  return reply.data as T;
}

/** Joins a demo room by socket; the first to arrive in a demo room facilitates it. */
export async function joinBySocket(baseUrl: string, demoRoom: string, displayName: string): Promise<SocketParticipant> {
  const socket: ClientSocket = io(baseUrl, { transports: ['websocket'], forceNew: true, reconnection: false, auth: { protocolVersion: PROTOCOL_VERSION } });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  const joined = await call<JoinRoomResult>(socket, 'room:join', { demoRoom, displayName });
  return {
    participantId: joined.self.participantId,
    command: async (command) => {
      await call(socket, 'session:command', command);
    },
    close: () => socket.disconnect(),
  };
}
