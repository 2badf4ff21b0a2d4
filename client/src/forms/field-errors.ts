import { sentence } from '../api/api-error-messages';

/** The part of a schema's failed parse a form needs (structurally a ZodError). */
export interface ValidationIssues {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

/** Messages keyed by field path ("name", "cadence.startTime"); one per field, the first found. */
export type FieldErrors = Readonly<Record<string, string>>;

export function fieldErrorsFrom(error: ValidationIssues): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    errors[field] ??= sentence(issue.message);
  }
  return errors;
}

/** Field errors in the order the form shows its fields, for an error summary. */
export function orderedFieldErrors(errors: FieldErrors, fieldOrder: readonly string[]): { field: string; message: string }[] {
  const known = fieldOrder.flatMap((field) => (errors[field] ? [{ field, message: errors[field] }] : []));
  const others = Object.entries(errors)
    .filter(([field]) => !fieldOrder.includes(field))
    .map(([field, message]) => ({ field, message }));
  return [...known, ...others];
}

/** The errors under one nested object, keyed by the rest of their path: `cadence.startTime` → `startTime`. */
export function nestedFieldErrors(errors: FieldErrors, parent: string): FieldErrors {
  const prefix = `${parent}.`;
  return Object.fromEntries(Object.entries(errors).flatMap(([field, message]) => (field.startsWith(prefix) ? [[field.slice(prefix.length), message]] : [])));
}
