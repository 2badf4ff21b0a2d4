import { useId } from 'react';
import type { HandQueuePolicy } from '@peercircle/shared';
import { handsInCallOrder } from '../../circle/hand-order';
import { useSessionCommand } from '../../circle/session-commands';
import { formatDuration } from '../../circle/time-format';
import { useCircle } from '../../circle/use-circle';
import { useOptimisticValue } from '../../circle/use-optimistic-value';
import { floorMsOf, nameOf } from '../../circle/view-queries';
import { ConsoleSection } from './ConsoleSection';

const policies: { policy: HandQueuePolicy; label: string }[] = [
  { policy: 'first-come', label: 'First come' },
  { policy: 'least-heard-first', label: 'Least heard first' },
];

/**
 * Raised hands in the order they will be called, and how that order is decided. A new call order
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
      heardMs: floorMsOf(view, hand.participantId, view.clock),
    })),
  );
  const radioName = useId();

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
        <ol className="hand-queue" aria-label="Raised hands in call order">
          {hands.map((hand) => (
            <li key={hand.id}>
              <span>{hand.name}</span>
              <span className="hint">heard {formatDuration(hand.heardMs)}</span>
              <button type="button" className="small" aria-label={`Give floor to ${hand.name}`} onClick={() => void send({ type: 'floor.give', participantId: hand.id })}>
                Give floor
              </button>
            </li>
          ))}
        </ol>
      )}
    </ConsoleSection>
  );
}
