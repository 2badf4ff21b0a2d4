import { useId, useRef, useState } from 'react';
import { currentSpeakerId } from '@peercircle/shared';
import { shortcutKeys } from '../../circle/keyboard-shortcuts';
import { useSessionCommand } from '../../circle/session-commands';
import { useCircle } from '../../circle/use-circle';
import { useFocusOnRequest } from '../../circle/use-focus-request';
import { useSilenceHold } from '../../circle/use-silence-left';
import { floorRuleOf, nameOf } from '../../circle/view-queries';
import { ConsoleSection } from './ConsoleSection';
import { SilenceReason } from './SilenceReason';

/** The floor beyond the strip's next-speaker move: choosing who speaks, clearing, a come-back turn. */
export function FloorSection() {
  const rule = useCircle(floorRuleOf);
  return (
    <ConsoleSection id="floor" title="Floor">
      {rule === 'round' ? <RoundFloorControls /> : null}
      {rule === 'queue' ? <QueueFloorControls /> : null}
      {rule === 'open' ? <p className="hint">Open conversation: nobody needs the floor.</p> : null}
      {rule === 'silence' ? <p className="hint">Silence: microphones are paused for everyone without the floor.</p> : null}
    </ConsoleSection>
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
    <div className="button-row">
      {/* The name avoids the word "pass" so it never competes with a speaker's own Pass button. */}
      <button type="button" onClick={() => void send({ type: 'round.passFor' })}>
        {speaker.comeBack ? `Skip ${speaker.name}'s come-back turn` : `Come back to ${speaker.name} later`}
      </button>
    </div>
  );
}

function QueueFloorControls() {
  const send = useSessionCommand();
  const holder = useCircle((view) => (view.floor.holderId === null ? null : nameOf(view, view.floor.holderId)));
  const candidates = useCircle((view) =>
    Object.values(view.participants)
      .filter((p) => p.presence === 'present' && p.participantId !== view.floor.holderId)
      .map((p) => ({ id: p.participantId, name: p.displayName })),
  );
  const silence = useSilenceHold();
  const held = silence.reason !== null;
  const [chosen, setChosen] = useState('');
  const selectId = useId();
  const select = useRef<HTMLSelectElement>(null);
  const target = candidates.some((candidate) => candidate.id === chosen) ? chosen : (candidates[0]?.id ?? '');
  // The "give the floor to…" shortcut opens this section and lands here.
  useFocusOnRequest('floor-chooser', select);

  return (
    <>
      {holder ? (
        <div className="button-row">
          <button type="button" onClick={() => void send({ type: 'floor.clear' })}>
            Clear floor
          </button>
        </div>
      ) : null}
      {candidates.length > 0 ? (
        <div className="inline-field">
          <label htmlFor={selectId}>Give the floor to</label>
          <select
            id={selectId}
            ref={select}
            value={target}
            aria-keyshortcuts={shortcutKeys.chooseFloor}
            onChange={(event) => setChosen(event.target.value)}
          >
            {candidates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            aria-disabled={held || undefined}
            aria-describedby={held ? silence.reasonId : undefined}
            onClick={() => (held ? undefined : void send({ type: 'floor.give', participantId: target }))}
          >
            Give floor
          </button>
        </div>
      ) : null}
      <SilenceReason hold={silence} />
    </>
  );
}
