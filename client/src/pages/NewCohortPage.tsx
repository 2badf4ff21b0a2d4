import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { createCohortSchema } from '@peercircle/shared';
import { callApi } from '../api/api-client';
import { cadenceInput, defaultCadenceDraft, type CadenceDraft } from '../cohorts/cadence-draft';
import { viewerTimeZone } from '../cohorts/session-time';
import { fieldErrorsFrom, nestedFieldErrors, type FieldErrors } from '../forms/field-errors';
import { useFormSubmission } from '../forms/use-form-submission';
import { CadenceFields, cadenceProblems } from '../components/cohort/CadenceFields';
import { FormatSelect } from '../components/cohort/FormatSelect';
import { FormProblems, type FormProblem } from '../components/ui/FormProblems';
import { PageLayout } from '../components/ui/PageLayout';
import { TextField } from '../components/ui/TextField';
import { announce } from '../store/ui-slice';

/** `/cohorts/new`: name, purpose, rhythm, agreement and default format of a new cohort. */
export function NewCohortPage() {
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState('');
  const [agreementText, setAgreementText] = useState('');
  const [defaultFormat, setDefaultFormat] = useState('consultancy');
  const [cadence, setCadence] = useState<CadenceDraft>(() => defaultCadenceDraft(viewerTimeZone()));
  const { errors, problems, busy, refuse, send } = useFormSubmission();
  const ids = { name: useId(), purpose: useId(), agreementText: useId(), defaultFormat: useId(), cadence: useId() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = createCohortSchema.safeParse({
      name,
      purpose,
      ...(agreementText.trim() === '' ? {} : { agreementText }),
      cadence: cadenceInput(cadence),
      defaultFormat,
    });
    if (!parsed.success) {
      const fieldErrors = fieldErrorsFrom(parsed.error);
      refuse(problemsFor(fieldErrors, ids), fieldErrors);
      return;
    }
    await send(async () => {
      const cohort = await callApi('createCohort', { body: parsed.data });
      announce(`Cohort ${cohort.name} created`);
      navigate(`/cohorts/${cohort.id}`);
    });
  }

  return (
    <PageLayout heading="New cohort" width="narrow">
      <form className="card form" onSubmit={submit} noValidate>
        <FormProblems problems={problems} heading="The cohort could not be created" />
        <TextField id={ids.name} label="Cohort name" value={name} onChange={setName} error={errors.name} maxLength={80} />
        <TextField
          id={ids.purpose}
          label="Purpose"
          rows={3}
          hint="Optional. What the circle is for, in a sentence or two; members see it on their home page."
          value={purpose}
          onChange={setPurpose}
          error={errors.purpose}
          maxLength={1000}
        />
        <CadenceFields idPrefix={ids.cadence} draft={cadence} onChange={setCadence} errors={nestedFieldErrors(errors, 'cadence')} />
        <FormatSelect id={ids.defaultFormat} label="Default session format" value={defaultFormat} onChange={setDefaultFormat} error={errors.defaultFormat} />
        <TextField
          id={ids.agreementText}
          label="Confidentiality agreement"
          rows={6}
          hint="Optional. Leave it empty to use PeerCircle's standard agreement; you can edit it later. Every member accepts it before their first session."
          value={agreementText}
          onChange={setAgreementText}
          error={errors.agreementText}
          maxLength={5000}
        />
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          Create cohort
        </button>
      </form>
      <p>
        <Link href="/dashboard">Back to your cohorts</Link>
      </p>
    </PageLayout>
  );
}

function problemsFor(errors: FieldErrors, ids: Record<'name' | 'purpose' | 'agreementText' | 'defaultFormat' | 'cadence', string>): FormProblem[] {
  const problems: FormProblem[] = [];
  if (errors.name) problems.push({ fieldId: ids.name, message: `Cohort name: ${errors.name}` });
  if (errors.purpose) problems.push({ fieldId: ids.purpose, message: `Purpose: ${errors.purpose}` });
  problems.push(...cadenceProblems(nestedFieldErrors(errors, 'cadence'), ids.cadence));
  if (errors.defaultFormat) problems.push({ fieldId: ids.defaultFormat, message: `Default session format: ${errors.defaultFormat}` });
  if (errors.agreementText) problems.push({ fieldId: ids.agreementText, message: `Confidentiality agreement: ${errors.agreementText}` });
  return problems;
}
