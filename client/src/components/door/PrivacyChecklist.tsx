import { useId } from 'react';
import { inChecklistOrder, privacyItemStatements, type PrivacyItem } from '@peercircle/shared';

interface PrivacyChecklistProps {
  asked: readonly PrivacyItem[];
  ticked: readonly PrivacyItem[];
  onChange(ticked: PrivacyItem[]): void;
}

/** The cohort's privacy checklist at the door: a checkbox per statement, none required to enter. */
export function PrivacyChecklist({ asked, ticked, onChange }: PrivacyChecklistProps) {
  const hintId = useId();
  const toggle = (item: PrivacyItem, on: boolean) => onChange(inChecklistOrder(on ? [...ticked, item] : ticked.filter((other) => other !== item)));
  return (
    <fieldset className="privacy-checklist" aria-describedby={hintId}>
      <legend>Before you join</legend>
      <p id={hintId} className="hint">
        Tick what is true for you now. You can join either way; the facilitator sees how many confirmed, not who.
      </p>
      {inChecklistOrder(asked).map((item) => (
        <label key={item} className="checkbox">
          <input type="checkbox" checked={ticked.includes(item)} onChange={(event) => toggle(item, event.target.checked)} />
          {privacyItemStatements[item]}
        </label>
      ))}
    </fieldset>
  );
}
