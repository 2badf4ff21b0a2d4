import { describe, expect, it } from 'vitest';
import { createCohortSchema } from '@peercircle/shared';
import { fieldErrorsFrom, nestedFieldErrors, orderedFieldErrors } from './field-errors';

describe('fieldErrorsFrom', () => {
  it('keys messages by field path, as sentences', () => {
    const result = createCohortSchema.safeParse({
      name: '',
      cadence: { weekOfMonth: 1, weekday: 'tuesday', startTime: '5pm', timezone: 'Europe/Berlin', durationMinutes: 120 },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsFrom(result.error)).toEqual({
      name: 'A name is required.',
      'cadence.startTime': 'Use a 24-hour time like "17:00".',
    });
  });
  it('keeps the first message per field', () => {
    expect(fieldErrorsFrom({ issues: [{ path: ['email'], message: 'first' }, { path: ['email'], message: 'second' }] })).toEqual({
      email: 'First.',
    });
  });
});

describe('orderedFieldErrors', () => {
  it('follows the form, then anything else', () => {
    expect(orderedFieldErrors({ b: 'B.', '': 'Form.', a: 'A.' }, ['a', 'b'])).toEqual([
      { field: 'a', message: 'A.' },
      { field: 'b', message: 'B.' },
      { field: '', message: 'Form.' },
    ]);
  });
});

describe('nestedFieldErrors', () => {
  it('keeps one object\'s errors under their own names', () => {
    expect(nestedFieldErrors({ name: 'N.', 'cadence.startTime': 'T.', cadenceNote: 'X.' }, 'cadence')).toEqual({ startTime: 'T.' });
  });
});
