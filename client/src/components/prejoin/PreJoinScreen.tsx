import { useId, useState } from 'react';
import { displayNameSchema } from '@peercircle/shared';
import { PreJoinForm } from './PreJoinForm';

interface PreJoinProps {
  roomId: string;
  initialName: string;
  joining: boolean;
  error: string | null;
  onJoin(displayName: string): void;
}

/** Check name, camera and microphone before entering; nobody sees or hears you until you join. */
export function PreJoinScreen({ roomId, initialName, joining, error, onJoin }: PreJoinProps) {
  const [name, setName] = useState(initialName);
  const [nameError, setNameError] = useState<string | null>(null);
  const nameId = useId();

  function submit() {
    const parsed = displayNameSchema.safeParse(name);
    if (!parsed.success) {
      setNameError(parsed.error.issues[0]?.message ?? 'Enter your name');
      return;
    }
    setNameError(null);
    onJoin(parsed.data);
  }

  return (
    <main className="prejoin">
      <h1>
        Join <span className="room-name">{roomId}</span>
      </h1>
      <PreJoinForm previewLabel={name.trim() || 'You'} joinLabel="Join" joining={joining} error={error} onSubmit={submit}>
        <label htmlFor={nameId}>Your name</label>
        <input
          id={nameId}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="name"
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${nameId}-error` : undefined}
        />
        {nameError ? (
          <p id={`${nameId}-error`} className="error">
            {nameError}
          </p>
        ) : null}
      </PreJoinForm>
    </main>
  );
}
