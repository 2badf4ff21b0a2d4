import { useId } from 'react';
import { type TurnOptions } from '../../circle/floor-status';
import { shortcutKeys } from '../../circle/keyboard-shortcuts';
import { useSessionCommand } from '../../circle/session-commands';
import { HandControls } from './HandControls';
import { PassQuestionButton } from './PassQuestionButton';

/**
 * The viewer's own turn: pass or finish in a round, finish a queue turn (a presenter answering may pass
 * on the question), or raise and lower a typed hand.
 */
export function TurnControls({ options }: { options: TurnOptions }) {
  const send = useSessionCommand();
  const passHintId = useId();
  const { roundTurn, holdsQueueFloor, hand } = options;

  return (
    <div className="turn-controls">
      {roundTurn ? (
        <button type="button" onClick={() => void send({ type: 'turn.pass' })} aria-keyshortcuts={shortcutKeys.pass} aria-describedby={passHintId}>
          Pass
        </button>
      ) : null}
      {roundTurn || holdsQueueFloor ? (
        <button type="button" className="primary" onClick={() => void send({ type: 'turn.done' })} aria-keyshortcuts={shortcutKeys.done}>
          I'm done
        </button>
      ) : null}
      {holdsQueueFloor ? <PassQuestionButton spoken /> : null}
      {roundTurn ? (
        <p id={passHintId} className="hint">
          {roundTurn.comeBack
            ? 'This is your come-back turn: passing again is final.'
            : 'Passing is welcome: the circle comes back to you at the end of the round.'}
        </p>
      ) : null}
      {hand ? <HandControls hand={hand} /> : null}
    </div>
  );
}
