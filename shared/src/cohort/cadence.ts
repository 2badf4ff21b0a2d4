import { z } from 'zod';

export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof weekdays)[number];

/** Which of the month's weekdays: the first (days 1–7) … the fourth (22–28), or the last one. */
export const weeksOfMonth = [1, 2, 3, 4, 'last'] as const;
export type WeekOfMonth = (typeof weeksOfMonth)[number];

let listedTimezones: ReadonlySet<string> | undefined;

/**
 * `Intl.supportedValuesOf` lists CLDR's canonical names, which lag IANA renames (Asia/Calcutta,
 * Europe/Kiev), while browsers report the current ones (Asia/Kolkata, Europe/Kyiv). So a name also
 * counts when it looks like an IANA name and the runtime resolves it to a listed zone.
 */
export function isKnownTimezone(name: string): boolean {
  listedTimezones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (name === 'UTC' || listedTimezones.has(name)) return true;
  if (!/^[A-Z][A-Za-z]*(?:\/[A-Za-z0-9_+-]+)+$/.test(name)) return false;
  try {
    return listedTimezones.has(new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone);
  } catch {
    return false;
  }
}

/** A person's or a cohort's IANA time zone, e.g. "Europe/Berlin", or "UTC". */
export const timezoneSchema = z
  .string({ error: 'choose a time zone' })
  .trim()
  .min(1, 'choose a time zone')
  .refine(isKnownTimezone, {
    error: (issue) => `"${String(issue.input)}" is not a time zone we know; use a name like "Europe/Berlin" or "UTC"`,
  });

/** A local wall-clock time, 24-hour "HH:mm". */
export const localTimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'use a 24-hour time like "17:00"');

/** When a cohort meets, e.g. the first Tuesday of each month, 17:00 Europe/Berlin, for 2 hours. */
export const cadenceSchema = z.object({
  weekOfMonth: z.literal(weeksOfMonth, { error: 'choose the week of the month: 1, 2, 3, 4 or "last"' }),
  weekday: z.enum(weekdays, { error: 'choose a weekday, e.g. "tuesday"' }),
  startTime: localTimeSchema,
  timezone: timezoneSchema,
  durationMinutes: z
    .number({ error: 'give the duration in minutes' })
    .int('give the duration in whole minutes')
    .min(30, 'a session lasts at least 30 minutes')
    .max(480, 'a session lasts at most 8 hours (480 minutes)'),
});

export type Cadence = z.infer<typeof cadenceSchema>;

/** Splits a validated "HH:mm". */
export function startTimeParts(startTime: string): { hour: number; minute: number } {
  const [hour = 0, minute = 0] = startTime.split(':').map(Number);
  return { hour, minute };
}
