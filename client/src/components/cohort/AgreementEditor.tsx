import { useId, useState, type FormEvent } from 'react';
import { updateCohortSchema, type CohortDetail } from '@peercircle/shared';
import { callApi } from '../../api/api-client';
import { fieldErrorsFrom } from '../../forms/field-errors';
import { useFormSubmission } from '../../forms/use-form-submission';
import { announce } from '../../store/ui-slice';
import { FormProblems } from '../ui/FormProblems';
import { TextField } from '../ui/TextField';

interface AgreementEditorProps {
  cohort: CohortDetail;
  onSaved(cohort: CohortDetail): void;
}

/** The confidentiality agreement. Any change is a new version, which every member accepts again. */
export function AgreementEditor({ cohort, onSaved }: AgreementEditorProps) {
  const [text, setText] = useState(cohort.agreementText);
  const { problems, busy, refuse, send } = useFormSubmission();
  const ids = { heading: useId(), text: useId() };
  const changed = text.trim() !== cohort.agreementText.trim();
  const accepted = cohort.members.filter((member) => member.acceptedCurrentAgreement).length;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!changed) return;
    const parsed = updateCohortSchema.safeParse({ agreementText: text });
    if (!parsed.success) {
      refuse([{ fieldId: ids.text, message: fieldErrorsFrom(parsed.error).agreementText ?? 'Check the agreement text.' }]);
      return;
    }
    await send(async () => {
      const saved = await callApi('updateCohort', { params: { cohortId: cohort.id }, body: parsed.data });
      setText(saved.agreementText);
      onSaved(saved);
      announce(`Agreement saved as version ${saved.agreementVersion}. Members will be asked to accept it before their next session.`);
    });
  }

  return (
    <form className="card form" onSubmit={save} noValidate aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Confidentiality agreement</h3>
      <p className="hint">
        Version {cohort.agreementVersion}. {accepted} of {cohort.members.length} members have accepted this version.
      </p>
      <FormProblems problems={problems} heading="The agreement was not saved" />
      <TextField id={ids.text} label="Agreement text" rows={10} maxLength={5000} value={text} onChange={setText} />
      {changed ? (
        <p className="warning-note">
          Saving makes this version {cohort.agreementVersion + 1}. Every member must read and accept it again before they can
          join a session.
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="primary" disabled={!changed || busy} aria-busy={busy}>
          Save agreement
        </button>
        {changed ? (
          <button type="button" onClick={() => setText(cohort.agreementText)}>
            Discard changes
          </button>
        ) : null}
      </div>
    </form>
  );
}
