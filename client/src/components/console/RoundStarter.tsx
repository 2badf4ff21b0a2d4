import { useId, useState, type FormEvent } from 'react';
import type { CircleSessionView, RoundOrderMode } from '@peercircle/shared';
import { useSessionCommand } from '../../circle/session-commands';
import { useCircle } from '../../circle/use-circle';
import { currentPhaseOf, participantsInSeatingOrder } from '../../circle/view-queries';

const modes: { mode: RoundOrderMode; label: string }[] = [
  { mode: 'seating', label: 'Seating order' },
  { mode: 'random', label: 'Random order' },
  { mode: 'custom', label: 'Choose who speaks (seating order)' },
];

/** Who a seating-order round would include: present members, without a presenter who listens in this phase. */
function speaksByDefault(view: CircleSessionView, participantId: string): boolean {
  const participant = view.participants[participantId];
  if (!participant || participant.presence !== 'present' || participant.role !== 'member') return false;
  return !(currentPhaseOf(view)?.presenterPart === 'listens' && participantId === view.presenterId);
}

/** Starts (or restarts) the phase's round in seating, random or a chosen order. */
export function RoundStarter({ restart }: { restart: boolean }) {
  const send = useSessionCommand();
  const people = useCircle((view) =>
    participantsInSeatingOrder(view).map((p) => ({
      id: p.participantId,
      name: p.displayName,
      byDefault: speaksByDefault(view, p.participantId),
    })),
  );
  const [mode, setMode] = useState<RoundOrderMode>('seating');
  const [choices, setChoices] = useState<Record<string, boolean>>({});
  const name = useId();
  const speaks = (person: (typeof people)[number]) => choices[person.id] ?? person.byDefault;

  function start(event: FormEvent) {
    event.preventDefault();
    if (mode !== 'custom') return void send({ type: 'round.start', orderMode: mode });
    void send({ type: 'round.start', orderMode: 'custom', order: people.filter(speaks).map((person) => person.id) });
  }

  return (
    <form className="round-starter" onSubmit={start}>
      <fieldset>
        <legend>{restart ? 'Restart the round' : 'Start a round'}</legend>
        {modes.map((option) => (
          <label key={option.mode} className="checkbox">
            <input type="radio" name={name} value={option.mode} checked={mode === option.mode} onChange={() => setMode(option.mode)} />
            {option.label}
          </label>
        ))}
      </fieldset>
      {mode === 'custom' ? (
        <fieldset>
          <legend>Who speaks</legend>
          {people.map((person) => (
            <label key={person.id} className="checkbox">
              <input
                type="checkbox"
                checked={speaks(person)}
                onChange={(event) => setChoices({ ...choices, [person.id]: event.target.checked })}
              />
              {person.name}
            </label>
          ))}
        </fieldset>
      ) : null}
      {restart ? <p className="hint">Restarting begins the round again from its first speaker.</p> : null}
      <button type="submit" disabled={mode === 'custom' && !people.some(speaks)}>
        {restart ? 'Restart round' : 'Start round'}
      </button>
    </form>
  );
}
