import { useId } from 'react';
import { floorAction, floorLine, type FloorAction } from '../../circle/console-strip';
import { turnOptions } from '../../circle/floor-status';
import { shortcutKeys } from '../../circle/keyboard-shortcuts';
import { nextQuestionToRelease } from '../../circle/question-queue';
import { useSessionCommand } from '../../circle/session-commands';
import { useCircle } from '../../circle/use-circle';
import { useSilenceHold, type SilenceHold } from '../../circle/use-silence-left';
import { FacilitatorVoiceSwitch } from './FacilitatorVoiceSwitch';
import { SilenceReason } from './SilenceReason';
import { PhaseTimers } from '../room/PhaseTimers';
import { TurnControls } from '../room/TurnControls';

function upNext(action: FloorAction): string | null {
  if (action.kind === 'next-speaker') return action.upNext ? `up next: ${action.upNext}` : 'last turn of the round';
  if (action.kind === 'next-hand') return action.next ? `next hand: ${action.next}` : 'no hands raised';
  return null;
}

/**
 * The top of the facilitator console, never scrolled away: the countdowns, where the floor is, and
 * the three moves of a running circle (next speaker or hand, next question, next phase).
 */
export function ConsoleStrip() {
  const ids = { heading: useId(), floor: useId() };
  const line = useCircle(floorLine);
  const action = useCircle(floorAction);
  const options = useCircle(turnOptions);
  const running = useCircle((view) => view.status === 'running');
  const silence = useSilenceHold();
  const next = upNext(action);
  return (
    <section className="console-strip" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} className="visually-hidden">
        Now
      </h2>
      {running ? <PhaseTimers /> : null}
      <p id={ids.floor} className="strip-floor" data-testid="floor-status">
        {line}
        {next ? <span className="hint"> · {next}</span> : null}
      </p>
      {options.roundTurn || options.holdsQueueFloor ? <TurnControls options={options} /> : null}
      <div className="button-row strip-actions">
        <FloorActionButton action={action} describedBy={ids.floor} silence={silence} />
        <ReleaseNextQuestion silence={silence} />
        <PhaseButton />
      </div>
      <SilenceReason hold={silence} />
      {running ? <FacilitatorVoiceSwitch /> : null}
    </section>
  );
}

/** Held back by the silence, a control stays focusable (aria-disabled) and is described by the reason too. */
const describedWith = (silence: SilenceHold, held: boolean, describedBy: string) => (held ? `${describedBy} ${silence.reasonId}` : describedBy);

function FloorActionButton({ action, describedBy, silence }: { action: FloorAction; describedBy: string; silence: SilenceHold }) {
  const send = useSessionCommand();
  if (action.kind === 'none') return null;
  const round = action.kind === 'next-speaker';
  const held = !round && silence.reason !== null;
  return (
    <button
      type="button"
      className="primary"
      disabled={!round && action.next === null}
      aria-disabled={held || undefined}
      aria-describedby={describedWith(silence, held, describedBy)}
      aria-keyshortcuts={shortcutKeys.next}
      onClick={() => (held ? undefined : void send(round ? { type: 'round.advance' } : { type: 'floor.giveNextInQueue' }))}
    >
      {round ? 'Next speaker' : 'Give floor to next hand'}
      {!round && action.hands > 0 ? <span className="count-badge" aria-hidden="true">{action.hands}</span> : null}
    </button>
  );
}

function ReleaseNextQuestion({ silence }: { silence: SilenceHold }) {
  const send = useSessionCommand();
  const relevant = useCircle((view) => view.status === 'running' && (view.presenterId !== null || view.questions.length > 0));
  const next = useCircle((view) => {
    const question = nextQuestionToRelease(view.questions);
    return question ? { questionId: question.questionId, waiting: view.questions.filter((q) => q.status === 'pending').length } : null;
  });
  const hintId = useId();
  if (!relevant) return null;
  const held = silence.reason !== null;
  return (
    <>
      <button
        type="button"
        disabled={next === null}
        aria-disabled={held || undefined}
        aria-describedby={describedWith(silence, held, hintId)}
        aria-keyshortcuts={shortcutKeys.releaseQuestion}
        onClick={() => (next && !held ? void send({ type: 'questions.release', questionId: next.questionId }) : undefined)}
      >
        Release next question
        {next ? <span className="count-badge" aria-hidden="true">{next.waiting}</span> : null}
      </button>
      <span id={hintId} className="visually-hidden">
        {next ? `${next.waiting} waiting` : 'No questions waiting'}
      </span>
    </>
  );
}

function PhaseButton() {
  const send = useSessionCommand();
  const status = useCircle((view) => view.status);
  const onLastPhase = useCircle((view) => view.currentPhaseIndex === view.agenda.phases.length - 1);
  const hintId = useId();
  if (status === 'not-started') {
    return (
      <button type="button" className="primary" onClick={() => void send({ type: 'session.start' })}>
        Start session
      </button>
    );
  }
  if (status === 'ended') return null;
  return (
    <>
      <button
        type="button"
        disabled={onLastPhase}
        aria-describedby={onLastPhase ? hintId : undefined}
        aria-keyshortcuts={shortcutKeys.nextPhase}
        onClick={() => void send({ type: 'phase.next' })}
      >
        Next phase
      </button>
      {onLastPhase ? (
        <span id={hintId} className="visually-hidden">
          This is the last phase: end the session under Agenda
        </span>
      ) : null}
    </>
  );
}
