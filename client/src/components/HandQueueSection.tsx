import { useId } from 'react';
import type { HandQueuePolicy } from '@peercircle/shared';
import { useSessionCommand } from '../circle/session-commands';
import { formatDuration } from '../circle/time-format';
import { useCircle } from '../circle/use-circle';
import { nameOf } from '../circle/view-queries';
import { ConsoleSection } from './ConsoleSection';

const policies: { policy: HandQueuePolicy; label: string }[] = [
  { policy: 'first-come', label: 'First come' },
  { policy: 'least-heard-first', label: 'Least heard first' },
];

/** Raised hands in the order they will be called, and how that order is decided. */
export function HandQueueSection() {
  const send = useSessionCommand();
  const policy = useCircle((view) => view.handQueue.policy);
  const hands = useCircle((view) =>
    view.handQueue.raised.map((hand) => ({
      id: hand.participantId,
      name: nameOf(view, hand.participantId),
      heardMs: view.ledger[hand.participantId]?.floorMs ?? 0,
    })),
  );
  const radioName = useId();

  return (
    <ConsoleSection id="hands" title="Raised hands" count={hands.length}>
      <fieldset className="inline-fieldset">
        <legend>Call order</legend>
        {policies.map((option) => (
          <label key={option.policy} className="checkbox">
            <input
              type="radio"
              name={radioName}
              checked={policy === option.policy}
              onChange={() => void send({ type: 'queue.setPolicy', policy: option.policy })}
            />
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
