import { useEffect, useState } from 'react';
import { useSearch } from 'wouter';
import { roomIdSchema } from '@peercircle/shared';
import { RoomConnection } from '../room/room-connection';
import { RequestError } from '../realtime/request';
import { setConnectionStatus } from '../store/connection-slice';
import { PreJoinScreen } from './PreJoinScreen';
import { RoomScreen } from './RoomScreen';

type Stage = { kind: 'prejoin' } | { kind: 'joining' } | { kind: 'in-room' } | { kind: 'left' };

/** `/r/<room>`: the pre-join screen, then the room, then a goodbye with a way back in. */
export function RoomPage({ roomId }: { roomId: string }) {
  const search = useSearch();
  const initialName = new URLSearchParams(search).get('name') ?? '';
  const [connection] = useState(() => new RoomConnection());
  const [stage, setStage] = useState<Stage>({ kind: 'prejoin' });
  const [joinError, setJoinError] = useState<string | null>(null);
  const parsedRoom = roomIdSchema.safeParse(roomId);

  useEffect(() => {
    connection.preconnect();
    return () => connection.leave();
  }, [connection]);

  if (!parsedRoom.success) {
    return (
      <main className="centered">
        <h1>That room name is not valid</h1>
        <p>Room names use letters, digits, "-" and "_".</p>
        <a href="/">Choose another room</a>
      </main>
    );
  }

  async function join(displayName: string) {
    setStage({ kind: 'joining' });
    setJoinError(null);
    try {
      await connection.join(parsedRoom.data ?? roomId, displayName);
      setStage({ kind: 'in-room' });
    } catch (error) {
      connection.leave();
      setConnectionStatus('failed');
      setJoinError(error instanceof RequestError ? error.message : 'Could not join the room. Try again.');
      setStage({ kind: 'prejoin' });
    }
  }

  function leave() {
    connection.leave();
    setStage({ kind: 'left' });
  }

  if (stage.kind === 'in-room') return <RoomScreen connection={connection} onLeave={leave} />;
  if (stage.kind === 'left') {
    return (
      <main className="centered">
        <h1>You left the circle</h1>
        <button type="button" className="primary" onClick={() => setStage({ kind: 'prejoin' })}>
          Rejoin
        </button>
      </main>
    );
  }
  return (
    <PreJoinScreen
      roomId={parsedRoom.data}
      initialName={initialName}
      joining={stage.kind === 'joining'}
      error={joinError}
      onJoin={join}
    />
  );
}
