import { useId, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { displayNameSchema, roomIdSchema } from '@peercircle/shared';
import { sentence } from '../../api/api-error-messages';
import { ErrorText } from '../ui/ErrorText';

/** Ad-hoc rooms (when the server allows demo rooms): pick a room name and your name. */
export function DemoRoomForm() {
  const [, navigate] = useLocation();
  const [room, setRoom] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const roomFieldId = useId();
  const nameFieldId = useId();
  const errorId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const roomId = roomIdSchema.safeParse(room);
    const displayName = displayNameSchema.safeParse(name);
    if (!roomId.success) return setError(`Room name: ${sentence(roomId.error.issues[0]?.message ?? 'invalid')}`);
    if (!displayName.success) return setError(`Your name: ${sentence(displayName.error.issues[0]?.message ?? 'invalid')}`);
    navigate(`/r/${encodeURIComponent(roomId.data)}?name=${encodeURIComponent(displayName.data)}`);
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Open a demo room</h2>
      <p className="hint">An ad-hoc room without an account, for trying PeerCircle out. Share its address to invite others.</p>
      <form onSubmit={submit} className="form" noValidate>
        <label htmlFor={roomFieldId}>Room name</label>
        <input
          id={roomFieldId}
          value={room}
          onChange={(e) => setRoom(e.target.value)}
          autoComplete="off"
          aria-describedby={error ? errorId : undefined}
        />
        <label htmlFor={nameFieldId}>Your name</label>
        <input
          id={nameFieldId}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="name"
          aria-describedby={error ? errorId : undefined}
        />
        <ErrorText id={errorId}>{error}</ErrorText>
        <button type="submit" className="primary">
          Continue
        </button>
      </form>
    </section>
  );
}
