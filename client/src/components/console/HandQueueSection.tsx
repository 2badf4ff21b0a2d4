import { useId } from 'react';
import { handTypeLabels, type HandQueuePolicy } from '@peercircle/shared';
import { handsInCallOrder } from '../../circle/hand-order';
import { waitingForText } from '../../circle/my-hand';
import { useSessionCommand } from '../../circle/session-commands';
import { formatDuration } from '../../circle/time-format';
import { useCircle } from '../../circle/use-circle';
import { useOptimisticValue } from '../../circle/use-optimistic-value';
import { floorMsOf, floorRuleOf, nameOf } from '../../circle/view-queries';
import { ConsoleSection } from './ConsoleSection';

const policies: { policy: HandQueuePolicy; label: string }[] = [
  { policy: 'first-come', label: 'First come' },
  { policy: 'least-heard-first', label: 'Least heard first' },
];

/**
 * Raised hands the phase calls, with their type, in the order they will be called, and how that
 * order is decided; below them the hands waiting for a later phase, in the order raised. A new call order
 * shows at once, computed here the way the server will, while the server confirms it.
 */
export function HandQueueSection() {
  const send = useSessionCommand();
  const confirmedPolicy = useCircle((view) => view.handQueue.policy);
  const [policy, choosePolicy] = useOptimisticValue(confirmedPolicy, (next) => send({ type: 'queue.setPolicy', policy: next }));
  const hands = useCircle((view) =>
    handsInCallOrder(view, policy).map((hand) => ({
      id: hand.participantId,
      name: nameOf(view, hand.participantId),
      type: handTypeLabels[hand.handType],
      heardMs: floorMsOf(view, hand.participantId, view.clock),
    })),
  );
  const waiting = useCircle((view) =>
    view.handQueue.waiting.map((hand) => ({
      id: hand.participantId,
      name: nameOf(view, hand.participantId),
      type: handTypeLabels[hand.handType],
      waitingFor: waitingForText(hand.waitingFor),
    })),
  );
  const callable = useCircle((view) => floorRuleOf(view) === 'queue');
  const radioName = useId();
  const waitingHeadingId = useId();

  return (
    <ConsoleSection id="hands" title="Raised hands" count={hands.length}>
      <fieldset className="inline-fieldset">
        <legend>Call order</legend>
        {policies.map((option) => (
          <label key={option.policy} className="checkbox">
            <input type="radio" name={radioName} checked={policy === option.policy} onChange={() => choosePolicy(option.policy)} />
            {option.label}
          </label>
        ))}
      </fieldset>
      {hands.length === 0 ? (
        <p className="hint">No hands raised.</p>
      ) : (
        <>
          {callable ? null : <p className="hint">This phase gives the floor by its own rule: these hands are answered when their owners speak.</p>}
          <ol className="hand-queue" aria-label="Raised hands in call order">
            {hands.map((hand) => (
              <li key={hand.id}>
                <span>{hand.name}</span>
                <span className="hand-type">{hand.type}</span>
                <span className="hint">heard {formatDuration(hand.heardMs)}</span>
                {callable ? (
                  <button type="button" className="small" aria-label={`Give floor to ${hand.name}`} onClick={() => void send({ type: 'floor.give', participantId: hand.id })}>
                    Give floor
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
      {waiting.length > 0 ? (
        <>
          <h3 id={waitingHeadingId}>Waiting for a later phase</h3>
          <ul className="hand-queue waiting" aria-labelledby={waitingHeadingId}>
            {waiting.map((hand) => (
              <li key={hand.id}>
                <span>{hand.name}</span>
                <span className="hand-type">{hand.type}</span>
                <span className="hint">{hand.waitingFor}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </ConsoleSection>
  );
}
