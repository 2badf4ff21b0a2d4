import { useId } from 'react';
import { useSessionCommand } from '../../circle/session-commands';
import { useCircle } from '../../circle/use-circle';
import { useOptimisticFlag } from '../../circle/use-optimistic-flag';
import { announce } from '../../store/ui-slice';

/** Whether facilitators are heard in rounds, queues and silence: on by default, beside the floor controls. */
export function FacilitatorVoiceSwitch() {
  const send = useSessionCommand();
  const enabled = useCircle((view) => view.facilitatorMaySpeak);
  const hintId = useId();
  const [shown, change] = useOptimisticFlag(enabled, async (on) => {
    const accepted = await send({ type: 'facilitatorMaySpeak.set', enabled: on });
    if (accepted) announce(on ? 'You are heard in every phase' : 'You are heard only with the floor or in open phases');
    return accepted;
  });
  return (
    <div className="voice-switch">
      <label className="checkbox">
        <input type="checkbox" checked={shown} aria-describedby={hintId} onChange={(event) => change(event.target.checked)} />
        Facilitators may speak in every phase
      </label>
      <p id={hintId} className="visually-hidden">
        {shown ? 'On: you are heard in rounds, queues and silence.' : 'Off: you are heard only with the floor, or in open phases.'}
      </p>
    </div>
  );
}
