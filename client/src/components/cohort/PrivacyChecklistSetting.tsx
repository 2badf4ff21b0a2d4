import { inChecklistOrder, privacyItems, privacyItemStatements, type PrivacyItem } from '@peercircle/shared';

interface PrivacyChecklistSettingProps {
  hintId: string;
  asked: readonly PrivacyItem[];
  onChange(asked: PrivacyItem[]): void;
}

/** Which of the checklist's statements members are asked to confirm at the door of each session. */
export function PrivacyChecklistSetting({ hintId, asked, onChange }: PrivacyChecklistSettingProps) {
  const toggle = (item: PrivacyItem, on: boolean) => onChange(inChecklistOrder(on ? [...asked, item] : asked.filter((other) => other !== item)));
  return (
    <fieldset className="privacy-checklist" aria-describedby={hintId}>
      <legend>Privacy checklist at the door</legend>
      <p id={hintId} className="hint">
        Members are asked to confirm the ticked statements before each session. They can enter without confirming; you see only how
        many confirmed.
      </p>
      {privacyItems.map((item) => (
        <label key={item} className="checkbox">
          <input type="checkbox" checked={asked.includes(item)} onChange={(event) => toggle(item, event.target.checked)} />
          {privacyItemStatements[item]}
        </label>
      ))}
    </fieldset>
  );
}
