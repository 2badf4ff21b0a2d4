import { useSessionCommand } from '../../circle/session-commands';
import { useCircle } from '../../circle/use-circle';
import { AgendaEditor } from './AgendaEditor';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ConsoleSection } from './ConsoleSection';
import { FormatSwitcher } from './FormatSwitcher';
import { PhaseTimeline } from './PhaseTimeline';

/**
 * The shape of the session: its format before the start, the agenda with a way to jump to any phase,
 * and ending it. Moving on to the next phase is in the strip.
 */
export function AgendaSection() {
  const send = useSessionCommand();
  const status = useCircle((view) => view.status);
  return (
    <ConsoleSection id="agenda" title="Agenda">
      {status === 'not-started' ? <FormatSwitcher /> : null}
      {status === 'ended' ? <p>The session has ended.</p> : null}
      <PhaseTimeline />
      <div className="button-row">
        {status !== 'ended' ? <AgendaEditor /> : null}
        {status === 'running' ? (
          <ConfirmButton
            className="danger"
            question="End the session for everyone?"
            detail="The current turn closes and the timers stop. A session cannot be restarted."
            confirmText="Yes, end the session"
            onConfirm={() => void send({ type: 'session.end' })}
          >
            End session
          </ConfirmButton>
        ) : null}
      </div>
    </ConsoleSection>
  );
}
