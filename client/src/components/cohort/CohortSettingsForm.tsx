import { useId, useState, type FormEvent } from 'react';
import { monthlyUpdateRules, updateCohortSchema, type CohortDetail, type PrivacyItem } from '@peercircle/shared';
import { callApi } from '../../api/api-client';
import { checkCadence, draftFromCadence, type CadenceDraft } from '../../cohorts/cadence-draft';
import { settingsPatch } from '../../cohorts/cohort-changes';
import { fieldErrorsFrom, nestedFieldErrors, type FieldErrors } from '../../forms/field-errors';
import { useFormSubmission } from '../../forms/use-form-submission';
import { announce } from '../../store/ui-slice';
import { FormProblems } from '../ui/FormProblems';
import { TextField } from '../ui/TextField';
import { CadenceFields, cadenceProblems } from './CadenceFields';
import { FormatSelect } from './FormatSelect';
import { PrivacyChecklistSetting } from './PrivacyChecklistSetting';

interface CohortSettingsFormProps {
  cohort: CohortDetail;
  onSaved(cohort: CohortDetail): void;
}

/** Name, purpose, rhythm, default format, the privacy checklist at the door and who may call a pause; only what changed is sent. */
export function CohortSettingsForm({ cohort, onSaved }: CohortSettingsFormProps) {
  const [name, setName] = useState(cohort.name);
  const [purpose, setPurpose] = useState(cohort.purpose);
  const [defaultFormat, setDefaultFormat] = useState(cohort.defaultFormat);
  const [anyMemberMayPause, setAnyMemberMayPause] = useState(cohort.anyMemberMayPause);
  const [cadence, setCadence] = useState<CadenceDraft>(() => draftFromCadence(cohort.cadence));
  const [privacyChecklist, setPrivacyChecklist] = useState<PrivacyItem[]>(cohort.privacyChecklist);
  const [updateAreaNames, setUpdateAreaNames] = useState<string[]>(cohort.updateAreaNames);
  const { errors, problems, busy, refuse, send } = useFormSubmission();
  const ids = { heading: useId(), name: useId(), purpose: useId(), format: useId(), cadence: useId(), privacy: useId(), pauseHint: useId(), areas: useId() };
  const areaId = (index: number) => `${ids.areas}-${index}`;

  async function save(event: FormEvent) {
    event.preventDefault();
    const cadenceCheck = checkCadence(cadence);
    if (!cadenceCheck.ok) {
      const fieldErrors = Object.fromEntries(Object.entries(cadenceCheck.errors).map(([field, message]) => [`cadence.${field}`, message]));
      refuse(cadenceProblems(cadenceCheck.errors, ids.cadence), fieldErrors);
      return;
    }
    const patch = settingsPatch(cohort, { name, purpose, defaultFormat, cadence: cadenceCheck.cadence, privacyChecklist, anyMemberMayPause, updateAreaNames });
    if (!patch) {
      refuse([{ message: 'Nothing has changed yet.' }]);
      return;
    }
    const parsed = updateCohortSchema.safeParse(patch);
    if (!parsed.success) {
      const fieldErrors = fieldErrorsFrom(parsed.error);
      refuse(
        [
          ...(fieldErrors.name ? [{ fieldId: ids.name, message: `Cohort name: ${fieldErrors.name}` }] : []),
          ...(fieldErrors.purpose ? [{ fieldId: ids.purpose, message: `Purpose: ${fieldErrors.purpose}` }] : []),
          ...areaProblems(fieldErrors, areaId),
        ],
        fieldErrors,
      );
      return;
    }
    await send(async () => {
      const saved = await callApi('updateCohort', { params: { cohortId: cohort.id }, body: parsed.data });
      onSaved(saved);
      announce('Cohort settings saved');
    });
  }

  return (
    <form className="card form" onSubmit={save} noValidate aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Cohort settings</h3>
      <FormProblems problems={problems} heading="The settings were not saved" />
      <TextField id={ids.name} label="Cohort name" value={name} onChange={setName} error={errors.name} maxLength={80} />
      <TextField id={ids.purpose} label="Purpose" rows={3} value={purpose} onChange={setPurpose} error={errors.purpose} maxLength={1000} />
      <CadenceFields idPrefix={ids.cadence} draft={cadence} onChange={setCadence} errors={nestedFieldErrors(errors, 'cadence')} />
      <FormatSelect id={ids.format} label="Default session format" value={defaultFormat} onChange={setDefaultFormat} />
      <PrivacyChecklistSetting hintId={ids.privacy} asked={privacyChecklist} onChange={setPrivacyChecklist} />
      <fieldset>
        <legend>Monthly update areas</legend>
        <p className="hint">What members rate in their update before each session. Renaming keeps their earlier ratings.</p>
        {updateAreaNames.map((areaName, index) => (
          <TextField
            key={index}
            id={areaId(index)}
            label={`Area ${index + 1}`}
            value={areaName}
            onChange={(value) => setUpdateAreaNames((names) => names.map((name, i) => (i === index ? value : name)))}
            error={errors[`updateAreaNames.${index}`] ?? (index === 0 ? errors.updateAreaNames : undefined)}
            maxLength={monthlyUpdateRules.areaNameMaxChars}
          />
        ))}
      </fieldset>
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" checked={anyMemberMayPause} aria-describedby={ids.pauseHint} onChange={(event) => setAnyMemberMayPause(event.target.checked)} />
          Any member may call a pause
        </label>
        <p id={ids.pauseHint} className="hint">
          Otherwise only the guardian (and you) can. Resuming stays with the guardian and the facilitators. Applies from the next session that opens.
        </p>
      </div>
      <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
        Save settings
      </button>
    </form>
  );
}

/** The area names' problems, each linked to its field (a duplicate is reported on the first area). */
function areaProblems(fieldErrors: FieldErrors, areaId: (index: number) => string) {
  return Object.entries(fieldErrors)
    .filter(([field]) => field.startsWith('updateAreaNames'))
    .map(([field, message]) => {
      const index = Number(field.split('.')[1] ?? 0);
      return { fieldId: areaId(index), message: `Area ${index + 1}: ${message}` };
    });
}
