import { useId, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { displayNameSchema, roomIdSchema } from '@peercircle/shared';

/** Entry point for ad-hoc rooms: pick a room name and your name. */
export function HomeScreen() {
  const [, navigate] = useLocation();
  const [room, setRoom] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const roomFieldId = useId();
  const nameFieldId = useId();
  const errorId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const roomId = roomIdSchema.safeParse(room);
    const displayName = displayNameSchema.safeParse(name);
    if (!roomId.success) return setError(`Room name: ${roomId.error.issues[0]?.message ?? 'invalid'}`);
    if (!displayName.success) return setError(`Your name: ${displayName.error.issues[0]?.message ?? 'invalid'}`);
    navigate(`/r/${encodeURIComponent(roomId.data)}?name=${encodeURIComponent(displayName.data)}`);
  }

  return (
    <main className="home">
      <h1>PeerCircle</h1>
      <p className="lede">A confidential room for your leadership circle.</p>
      <form onSubmit={submit} className="card form" aria-describedby={error ? errorId : undefined}>
        <label htmlFor={roomFieldId}>Room name</label>
        <input id={roomFieldId} value={room} onChange={(e) => setRoom(e.target.value)} autoComplete="off" />
        <label htmlFor={nameFieldId}>Your name</label>
        <input id={nameFieldId} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
        {error ? (
          <p id={errorId} role="alert" className="error">
            {error}
          </p>
        ) : null}
        <button type="submit" className="primary">
          Continue
        </button>
      </form>
    </main>
  );
}
