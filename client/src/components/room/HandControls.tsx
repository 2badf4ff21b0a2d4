import { useId, useState } from 'react';
import type { HandType } from '@peercircle/shared';
import { describeHand, waitingForText, type HandState } from '../../circle/my-hand';
import { shortcutKeys } from '../../circle/keyboard-shortcuts';
import { useSessionCommand } from '../../circle/session-commands';

/**
 * Raising a hand for something (a radio group of types, then Raise hand), or lowering it. Types the
 * phase does not call can still be chosen: the hand then waits for a phase that calls it.
 */
export function HandControls({ hand }: { hand: HandState }) {
  const send = useSessionCommand();
  const hintId = useId();
  const groupName = useId();
  const [chosen, choose] = useState<HandType | null>(null);

  if (hand.raised) {
    return (
      <>
        <button type="button" className="hand raised" onClick={() => void send({ type: 'hand.lower' })} aria-keyshortcuts={shortcutKeys.hand} aria-describedby={hintId}>
          Lower hand
        </button>
        <p id={hintId} className="hint">
          {describeHand(hand)}
        </p>
      </>
    );
  }
  const handType = chosen ?? hand.defaultType;
  return (
    <>
      <fieldset className="hand-types inline-fieldset">
        <legend>My hand is for</legend>
        {hand.choices.map((choice) => (
          <label key={choice.handType} className="checkbox">
            <input type="radio" name={groupName} checked={handType === choice.handType} onChange={() => choose(choice.handType)} />
            {choice.label}
            {choice.admittedNow ? null : <span className="hint"> ({waitingForText(choice.waitingFor)})</span>}
          </label>
        ))}
      </fieldset>
      <button type="button" className="hand" onClick={() => void send({ type: 'hand.raise', handType })} aria-keyshortcuts={shortcutKeys.hand} aria-describedby={hintId}>
        Raise hand
      </button>
      <p id={hintId} className="hint">
        {describeHand(hand)}
      </p>
    </>
  );
}
