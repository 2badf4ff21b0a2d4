import { cadenceSchema, describeCadence, weeksOfMonth, type Cadence, type Weekday } from '@peercircle/shared';
import { fieldErrorsFrom, type FieldErrors } from '../forms/field-errors';

/** The cadence builder's fields as typed: selects and inputs hold strings. */
export interface CadenceDraft {
  weekOfMonth: string;
  weekday: Weekday;
  startTime: string;
  timezone: string;
  durationMinutes: string;
}

export const weekOfMonthLabel: Record<string, string> = { 1: 'First', 2: 'Second', 3: 'Third', 4: 'Fourth', last: 'Last' };
export const weekOfMonthChoices = weeksOfMonth.map(String);

/** A common rhythm for a leadership circle: the first Tuesday, 17:00, two hours. */
export function defaultCadenceDraft(timezone: string): CadenceDraft {
  return { weekOfMonth: '1', weekday: 'tuesday', startTime: '17:00', timezone, durationMinutes: '120' };
}

export function draftFromCadence(cadence: Cadence): CadenceDraft {
  return { ...cadence, weekOfMonth: String(cadence.weekOfMonth), durationMinutes: String(cadence.durationMinutes) };
}

/** The draft in the API's shape, not yet validated (the schema's messages then name each problem). */
export function cadenceInput(draft: CadenceDraft): Record<keyof Cadence, unknown> {
  const duration = draft.durationMinutes.trim();
  return {
    weekOfMonth: draft.weekOfMonth === 'last' ? 'last' : Number(draft.weekOfMonth),
    weekday: draft.weekday,
    startTime: draft.startTime,
    timezone: draft.timezone,
    durationMinutes: duration === '' ? undefined : Number(duration),
  };
}

export type CadenceCheck = { ok: true; cadence: Cadence } | { ok: false; errors: FieldErrors };

export function checkCadence(draft: CadenceDraft): CadenceCheck {
  const parsed = cadenceSchema.safeParse(cadenceInput(draft));
  return parsed.success ? { ok: true, cadence: parsed.data } : { ok: false, errors: fieldErrorsFrom(parsed.error) };
}

/** The builder's live sentence, or null while a field is incomplete. */
export function cadenceSentence(draft: CadenceDraft): string | null {
  const check = checkCadence(draft);
  return check.ok ? describeCadence(check.cadence) : null;
}
