import { useMemo } from 'react';
import { weekdays } from '@peercircle/shared';
import { cadenceSentence, checkCadence, weekOfMonthChoices, weekOfMonthLabel, type CadenceDraft } from '../../cohorts/cadence-draft';
import { nextMeetingStart } from '../../cohorts/next-meeting';
import { formatDateTime, viewerTimeZone } from '../../cohorts/session-time';
import { timeZoneChoices, utcOffsetLabel } from '../../cohorts/timezone-options';
import type { FieldErrors } from '../../forms/field-errors';
import type { FormProblem } from '../ui/FormProblems';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';

export const cadenceFields = ['weekOfMonth', 'weekday', 'startTime', 'timezone', 'durationMinutes'] as const;
export const cadenceFieldLabel: Record<(typeof cadenceFields)[number], string> = {
  weekOfMonth: 'Week of the month',
  weekday: 'Weekday',
  startTime: 'Start time',
  timezone: 'Time zone',
  durationMinutes: 'Duration (minutes)',
};

/** Each field's element id, so an error summary can link to it. */
export const cadenceFieldId = (idPrefix: string, field: (typeof cadenceFields)[number]) => `${idPrefix}-${field}`;

/** Summary entries for the cadence's own errors (keyed by cadence field), linked to their fields. */
export function cadenceProblems(errors: FieldErrors, idPrefix: string): FormProblem[] {
  return cadenceFields.flatMap((field) =>
    errors[field] ? [{ fieldId: cadenceFieldId(idPrefix, field), message: `${cadenceFieldLabel[field]}: ${errors[field]}` }] : [],
  );
}

interface CadenceFieldsProps {
  idPrefix: string;
  draft: CadenceDraft;
  onChange(draft: CadenceDraft): void;
  /** Keyed by cadence field ("startTime"). */
  errors: FieldErrors;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The monthly rhythm: "first Tuesday, 17:00 Europe/Berlin, 2 h", with a live sentence and the next date. */
export function CadenceFields({ idPrefix, draft, onChange, errors }: CadenceFieldsProps) {
  const viewerZone = viewerTimeZone();
  const zoneOptions = useMemo(() => {
    const now = Date.now();
    return timeZoneChoices([viewerZone, draft.timezone]).map((zone) => {
      const offset = utcOffsetLabel(zone, now);
      return { value: zone, label: offset ? `${zone} (${offset})` : zone };
    });
  }, [viewerZone, draft.timezone]);
  const set = (field: keyof CadenceDraft) => (value: string) => onChange({ ...draft, [field]: value });
  const id = (field: (typeof cadenceFields)[number]) => cadenceFieldId(idPrefix, field);

  return (
    <fieldset className="cadence-fields">
      <legend>When the cohort meets</legend>
      <div className="field-pair">
        <SelectField
          id={id('weekOfMonth')}
          label={cadenceFieldLabel.weekOfMonth}
          value={draft.weekOfMonth}
          onChange={set('weekOfMonth')}
          options={weekOfMonthChoices.map((week) => ({ value: week, label: weekOfMonthLabel[week] ?? week }))}
          error={errors.weekOfMonth}
        />
        <SelectField
          id={id('weekday')}
          label={cadenceFieldLabel.weekday}
          value={draft.weekday}
          onChange={set('weekday')}
          options={weekdays.map((day) => ({ value: day, label: capitalise(day) }))}
          error={errors.weekday}
        />
      </div>
      <div className="field-pair">
        <TextField
          id={id('startTime')}
          label={cadenceFieldLabel.startTime}
          type="time"
          hint="In the time zone below"
          value={draft.startTime}
          onChange={set('startTime')}
          error={errors.startTime}
        />
        <TextField
          id={id('durationMinutes')}
          label={cadenceFieldLabel.durationMinutes}
          type="number"
          min={30}
          max={480}
          step={15}
          hint="30 to 480"
          value={draft.durationMinutes}
          onChange={set('durationMinutes')}
          error={errors.durationMinutes}
        />
      </div>
      <SelectField
        id={id('timezone')}
        label={cadenceFieldLabel.timezone}
        value={draft.timezone}
        onChange={set('timezone')}
        options={zoneOptions}
        hint="The cohort's clock: sessions stay at this local time across daylight-saving changes."
        error={errors.timezone}
      />
      <CadencePreview draft={draft} viewerZone={viewerZone} />
    </fieldset>
  );
}

function CadencePreview({ draft, viewerZone }: { draft: CadenceDraft; viewerZone: string }) {
  const sentence = cadenceSentence(draft);
  const check = checkCadence(draft);
  const next = check.ok ? nextMeetingStart(check.cadence, Date.now()) : null;
  return (
    <p className="cadence-preview" aria-live="polite" aria-atomic="true">
      {sentence ? (
        <>
          <strong>{sentence}.</strong>
          {next !== null ? ` The next one would be ${formatDateTime(next)} in your time (${viewerZone}).` : null}
        </>
      ) : (
        'Complete the fields above to see the rhythm.'
      )}
    </p>
  );
}
