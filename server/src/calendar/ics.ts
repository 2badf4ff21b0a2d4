import ical, { ICalCalendarMethod, ICalEventClass, type ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import type { CalendarEvent } from './calendar-event';
import { escapeText, oneLineText } from './ics-text';
import { packagedVtimezone, writtenTimezone } from './written-timezone';

export interface CalendarFeed {
  calendarName: string;
  events: readonly CalendarEvent[];
}

export interface IcsOptions {
  /** DTSTAMP: when this calendar was produced; defaults to now. */
  generatedAt?: number;
}

/** How often subscribed calendar apps should fetch a member's feed again. */
const FEED_REFRESH_SECONDS = 6 * 60 * 60;

/** A member's subscribable feed of their cohort's sessions (.ics text). */
export function memberCalendarFeed(feed: CalendarFeed, options: IcsOptions = {}): string {
  const calendar = newCalendar().name(calendarName(feed.calendarName)).ttl(FEED_REFRESH_SECONDS);
  for (const event of feed.events) addEvent(calendar, event, options);
  return calendar.toString();
}

/** One session as a downloadable .ics ("add to calendar"). */
export function singleSessionCalendar(event: CalendarEvent, options: IcsOptions = {}): string {
  const calendar = newCalendar().name(calendarName(event.title));
  addEvent(calendar, event, options);
  return calendar.toString();
}

/** ical-generator escapes event text itself, but writes the calendar name as given. */
function calendarName(name: string): string {
  return escapeText(oneLineText(name));
}

function newCalendar(): ICalCalendar {
  return ical({
    prodId: { company: 'PeerCircle', product: 'PeerCircle', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone, so DTSTAMP stays in UTC as RFC 5545 requires; each event names its own.
    timezone: { name: null, generator: packagedVtimezone },
  });
}

function addEvent(calendar: ICalCalendar, event: CalendarEvent, options: IcsOptions): void {
  const start = DateTime.fromMillis(event.startsAt, { zone: event.timezone });
  if (!start.isValid) throw new RangeError(`cannot place ${event.startsAt} in ${event.timezone}: ${start.invalidReason}`);
  const end = start.plus({ minutes: event.durationMinutes });
  // ical-generator formats plain Dates in the server's own zone; Luxon values it converts itself.
  calendar.createEvent({
    id: event.uid,
    start,
    end,
    timezone: writtenTimezone(event.timezone, [start.toMillis(), end.toMillis()]),
    stamp: DateTime.fromMillis(options.generatedAt ?? Date.now(), { zone: 'utc' }),
    summary: oneLineText(event.title),
    description: event.description,
    location: event.url,
    url: event.url,
    // Shared or delegated calendars then show "busy" rather than the circle's name.
    class: ICalEventClass.PRIVATE,
  });
}
