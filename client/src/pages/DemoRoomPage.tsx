import { useSearch } from 'wouter';
import { roomIdSchema } from '@peercircle/shared';
import { PreJoinScreen } from '../components/prejoin/PreJoinScreen';
import { RoomPage } from '../components/room/RoomPage';

/** `/r/<room>`: an ad-hoc demo room; you give your name before joining. */
export function DemoRoomPage({ roomId }: { roomId: string }) {
  const initialName = new URLSearchParams(useSearch()).get('name') ?? '';
  const parsedRoom = roomIdSchema.safeParse(roomId);

  if (!parsedRoom.success) {
    return (
      <main className="centered">
        <h1>That room name is not valid</h1>
        <p>Room names use letters, digits, "-" and "_".</p>
        <a href="/">Choose another room</a>
      </main>
    );
  }
  return (
    <RoomPage
      room={{ demoRoom: parsedRoom.data }}
      preJoin={({ joining, error, join }) => (
        <PreJoinScreen roomId={parsedRoom.data} initialName={initialName} joining={joining} error={error} onJoin={(displayName) => join({ displayName })} />
      )}
    />
  );
}
