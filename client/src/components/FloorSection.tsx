import { useId, useState } from 'react';
import { currentSpeakerId } from '@peercircle/shared';
import { shortcutKeys } from '../circle/keyboard-shortcuts';
import { useSessionCommand } from '../circle/session-commands';
import { useCircle } from '../circle/use-circle';
import { floorRuleOf, nameOf } from '../circle/view-queries';

/** Who may be heard: the facilitator's own voice, and moving the floor in rounds and queues. */
export function FloorSection() {
  const rule = useCircle(floorRuleOf);
  const headingId = useId();
  return (
    <section className="panel-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Floor</h2>
      <FacilitatorVoiceToggle />
      {rule === 'round' ? <RoundFloorControls /> : null}
      {rule === 'queue' ? <QueueFloorControls /> : null}
      {rule === 'open' ? <p className="hint">Open conversation: nobody needs the floor.</p> : null}
      {rule === 'silence' ? <p className="hint">Silence: microphones are paused for everyone without the floor.</p> : null}
    </section>
  );
}

function FacilitatorVoiceToggle() {
  const send = useSessionCommand();
  const enabled = useCircle((view) => view.facilitatorMaySpeak);
  const hintId = useId();
  return (
    <>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={enabled}
          aria-describedby={hintId}
          onChange={(event) => void send({ type: 'facilitatorMaySpeak.set', enabled: event.target.checked })}
        />
        Facilitators may speak in every phase
      </label>
      <p id={hintId} className="hint">
        {enabled
          ? 'On: facilitators are heard in rounds, queues and silence.'
          : 'Off: facilitators are heard only when holding the floor, or in open phases.'}
      </p>
    </>
  );
}

function RoundFloorControls() {
  const send = useSessionCommand();
  const speaker = useCircle((view) => {
    const speakerId = currentSpeakerId(view.round);
    return speakerId === null ? null : { name: nameOf(view, speakerId), comeBack: (view.round?.passes[speakerId] ?? 0) >= 1 };
  });
  if (!speaker) return <p className="hint">No round is running. Start one under Speaking order.</p>;
  return (
    <>
      <p>
        Speaking now: <strong>{speaker.name}</strong>
      </p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void send({ type: 'round.advance' })} aria-keyshortcuts={shortcutKeys.next}>
          Next speaker
        </button>
        {/* The name avoids the word "pass" so it never competes with a speaker's own Pass button. */}
        <button type="button" onClick={() => void send({ type: 'round.passFor' })}>
          {speaker.comeBack ? `Skip ${speaker.name}'s come-back turn` : `Come back to ${speaker.name} later`}
        </button>
      </div>
    </>
  );
}

function QueueFloorControls() {
  const send = useSessionCommand();
  const holder = useCircle((view) => (view.floor.holderId === null ? null : nameOf(view, view.floor.holderId)));
  const handCount = useCircle((view) => view.handQueue.raised.length);
  const candidates = useCircle((view) =>
    Object.values(view.participants)
      .filter((p) => p.presence === 'present' && p.participantId !== view.floor.holderId)
      .map((p) => ({ id: p.participantId, name: p.displayName })),
  );
  const [chosen, setChosen] = useState('');
  const selectId = useId();
  const target = candidates.some((candidate) => candidate.id === chosen) ? chosen : (candidates[0]?.id ?? '');

  return (
    <>
      <p>{holder ? <>Holding the floor: <strong>{holder}</strong></> : 'Nobody holds the floor.'}</p>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={handCount === 0}
          onClick={() => void send({ type: 'floor.giveNextInQueue' })}
          aria-keyshortcuts={shortcutKeys.next}
        >
          Give floor to next hand
        </button>
        {holder ? (
          <button type="button" onClick={() => void send({ type: 'floor.clear' })}>
            Clear floor
          </button>
        ) : null}
      </div>
      {candidates.length > 0 ? (
        <div className="inline-field">
          <label htmlFor={selectId}>Give the floor to</label>
          <select id={selectId} value={target} onChange={(event) => setChosen(event.target.value)}>
            {candidates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void send({ type: 'floor.give', participantId: target })}>
            Give floor
          </button>
        </div>
      ) : null}
    </>
  );
}
