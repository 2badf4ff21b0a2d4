import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';
import { vtimezoneOffsetAt } from './vtimezone-offsets';

/**
 * The packaged VTIMEZONE for a zone, with its TZID set to the name asked for: the package files a
 * few zones under their other name (Asia/Calcutta's says Asia/Kolkata), which would leave our
 * events' TZID pointing at nothing.
 */
export function packagedVtimezone(timezone: string): string | null {
  const component = getVtimezoneComponent(timezone);
  return component === null ? null : component.replace(/^TZID:.*$/m, `TZID:${timezone}`);
}

/**
 * The zone to write an event's times in, or null to write them in UTC.
 *
 * UTC is the fallback when the zone's local times would not convert back to the right instants:
 * - the package has no VTIMEZONE for the zone;
 * - its rules (tzurl.org, 2018) disagree with the runtime's tz database at these instants, as for
 *   zones whose DST rules changed since (Mexico City, São Paulo, Amman, …);
 * - a local time occurs twice (the repeated hour when DST ends) and calendar apps disagree on which
 *   one is meant.
 * Instants written in UTC are shown correctly everywhere; they just lose the zone's name.
 */
export function writtenTimezone(timezone: string, instantsMs: readonly number[]): string | null {
  if (timezone === 'UTC') return null;
  const component = packagedVtimezone(timezone);
  if (component === null) return null;
  for (const instantMs of instantsMs) {
    const local = DateTime.fromMillis(instantMs, { zone: timezone });
    if (!local.isValid || vtimezoneOffsetAt(component, instantMs) !== local.offset) return null;
    if (local.getPossibleOffsets().length > 1) return null;
  }
  return timezone;
}
