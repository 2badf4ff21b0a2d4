import type { Cadence } from '@peercircle/shared';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { upcomingSessionStarts } from '../cohorts/cadence-schedule';
import { sessionCalendarEvent, type CalendarEvent } from './calendar-event';
import { memberCalendarFeed, singleSessionCalendar } from './ics';

const generatedAt = Date.parse('2025-01-15T09:30:00Z');

function eventAt(startsAt: number, timezone: string, sessionId = `s-${startsAt}`): CalendarEvent {
  return sessionCalendarEvent({
    sessionId,
    cohortName: 'Tuesday Leaders Circle',
    startsAt,
    durationMinutes: 120,
    timezone,
    joinUrl: `https://circle.example.org/s/${sessionId}`,
  });
}

/** Parses with ical.js; TZIDs resolve only against the VTIMEZONEs inside the text itself. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      vevent,
      uid: event.uid,
      tzid: vevent.getFirstProperty('dtstart')?.getParameter('tzid') ?? null,
      zone: event.startDate.zone?.tzid,
      localStart: event.startDate.toString().slice(11, 16),
      startsAt: event.startDate.toUnixTime() * 1000,
      endsAt: event.endDate.toUnixTime() * 1000,
    };
  });
  const timezones = calendar.getAllSubcomponents('vtimezone').map((vtimezone) => vtimezone.getFirstPropertyValue('tzid'));
  return { calendar, events, timezones };
}

describe('the cohort zone travels with each event', () => {
  const firstTuesday: Cadence = { weekOfMonth: 1, weekday: 'tuesday', startTime: '17:00', timezone: 'Europe/Berlin', durationMinutes: 120 };
  const secondWednesdayNy: Cadence = { weekOfMonth: 2, weekday: 'wednesday', startTime: '12:00', timezone: 'America/New_York', durationMinutes: 120 };

  it.each<[string, Cadence, string]>([
    ['Berlin around the March switch', firstTuesday, '2025-02-01T00:00:00Z'],
    ['Berlin around the October switch', firstTuesday, '2025-09-01T00:00:00Z'],
    ['New York around the March switch', secondWednesdayNy, '2025-02-01T00:00:00Z'],
    ['New York around the November switch', secondWednesdayNy, '2025-10-01T00:00:00Z'],
  ])('%s: TZID and VTIMEZONE, the cadence\'s local time, the exact instant', (_label, cadence, fromIso) => {
    const starts = upcomingSessionStarts(cadence, Date.parse(fromIso), 3);
    const ics = memberCalendarFeed({ calendarName: 'PeerCircle', events: starts.map((start) => eventAt(start, cadence.timezone)) }, { generatedAt });
    const { events, timezones } = parse(ics);

    expect(timezones).toEqual([cadence.timezone]);
    expect(events.map((event) => [event.tzid, event.zone, event.localStart])).toEqual(starts.map(() => [cadence.timezone, cadence.timezone, cadence.startTime]));
    expect(events.map((event) => event.startsAt)).toEqual(starts);
    expect(events.map((event) => event.endsAt - event.startsAt)).toEqual(starts.map(() => 2 * 3_600_000));
  });

  it('writes UTC cohorts in UTC, without a VTIMEZONE', () => {
    const startsAt = Date.parse('2025-06-03T17:00:00Z');
    const { events, timezones } = parse(singleSessionCalendar(eventAt(startsAt, 'UTC'), { generatedAt }));
    expect(timezones).toEqual([]);
    expect(events[0]).toMatchObject({ tzid: null, zone: 'UTC', localStart: '17:00', startsAt });
  });

  it('names a zone the package files under another name (Asia/Calcutta) consistently', () => {
    const startsAt = Date.parse('2025-06-03T11:30:00Z');
    const { events, timezones } = parse(singleSessionCalendar(eventAt(startsAt, 'Asia/Calcutta'), { generatedAt }));
    expect(timezones).toEqual(['Asia/Calcutta']);
    expect(events[0]).toMatchObject({ tzid: 'Asia/Calcutta', zone: 'Asia/Calcutta', localStart: '17:00', startsAt });
  });

  it.each<[string, string, string]>([
    ['the packaged rules are out of date (Mexico dropped DST in 2022)', 'America/Mexico_City', '2025-06-03T23:00:00Z'],
    ['the package has no VTIMEZONE for the zone', 'America/Ciudad_Juarez', '2025-06-03T23:00:00Z'],
    ['the local start occurs twice (Berlin, the night DST ends)', 'Europe/Berlin', '2025-10-26T00:30:00Z'],
  ])('falls back to UTC when %s, keeping the instant', (_label, timezone, startIso) => {
    const startsAt = Date.parse(startIso);
    const { events } = parse(singleSessionCalendar(eventAt(startsAt, timezone), { generatedAt }));
    expect(events[0]).toMatchObject({ tzid: null, zone: 'UTC', startsAt, endsAt: startsAt + 2 * 3_600_000 });
  });
});

describe('memberCalendarFeed', () => {
  const starts = [Date.parse('2025-03-04T16:00:00Z'), Date.parse('2025-04-01T15:00:00Z')];
  const feed = { calendarName: 'PeerCircle · Tuesday Leaders Circle', events: starts.map((start, index) => eventAt(start, 'Europe/Berlin', `session-${index}`)) };

  it('is a named, refreshable PUBLISH calendar with one VTIMEZONE for all its events', () => {
    const { calendar, events, timezones } = parse(memberCalendarFeed(feed, { generatedAt }));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(feed.calendarName);
    expect(calendar.getFirstPropertyValue('x-published-ttl')?.toString()).toBe('PT6H');
    expect(timezones).toEqual(['Europe/Berlin']);
    expect(events.map((event) => event.uid)).toEqual(['session-session-0@peercircle', 'session-session-1@peercircle']);
  });

  it('stamps events in UTC with the generation time', () => {
    const { events } = parse(memberCalendarFeed(feed, { generatedAt }));
    const stamp = events[0]?.vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.zone?.tzid).toBe('UTC');
    expect(stamp.toUnixTime() * 1000).toBe(generatedAt);
  });

  it('keeps UIDs stable across regenerations; only DTSTAMP changes', () => {
    const earlier = memberCalendarFeed(feed, { generatedAt });
    const later = memberCalendarFeed(feed, { generatedAt: generatedAt + 86_400_000 });
    const withoutStamps = (ics: string) => ics.replace(/^DTSTAMP:.*$/gm, '');
    expect(withoutStamps(later)).toBe(withoutStamps(earlier));
    expect(later).not.toBe(earlier);
  });

  it('is an empty but valid calendar before any session is scheduled', () => {
    const { events, timezones } = parse(memberCalendarFeed({ calendarName: 'PeerCircle', events: [] }, { generatedAt }));
    expect(events).toEqual([]);
    expect(timezones).toEqual([]);
  });
});

describe('singleSessionCalendar', () => {
  const event = eventAt(Date.parse('2025-03-04T16:00:00Z'), 'Europe/Berlin', 'abc');

  it('holds exactly the circle name and the join link', () => {
    const { events } = parse(singleSessionCalendar(event, { generatedAt }));
    const vevent = events[0]?.vevent;
    expect(events).toHaveLength(1);
    expect(vevent?.getFirstPropertyValue('summary')).toBe('Tuesday Leaders Circle');
    expect(vevent?.getFirstPropertyValue('description')).toBe('Your PeerCircle session. Join here: https://circle.example.org/s/abc');
    expect(vevent?.getFirstPropertyValue('location')).toBe('https://circle.example.org/s/abc');
    expect(vevent?.getFirstPropertyValue('url')).toBe('https://circle.example.org/s/abc');
    expect(vevent?.getFirstPropertyValue('class')).toBe('PRIVATE');
    expect(['attendee', 'organizer', 'comment', 'attach'].filter((name) => vevent?.hasProperty(name))).toEqual([]);
  });

  it('escapes text, so a name with commas and semicolons survives', () => {
    const named = { ...event, title: 'Leaders; Berlin, Hamburg \\ more' };
    const { events } = parse(singleSessionCalendar(named, { generatedAt }));
    expect(events[0]?.vevent.getFirstPropertyValue('summary')).toBe(named.title);
  });

  it('refuses a time it cannot place', () => {
    expect(() => singleSessionCalendar({ ...event, timezone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});

describe('text from people cannot write calendar lines', () => {
  const injected = 'Leaders\r\nATTENDEE:mailto:spy@example.org\nX-INJECTED;a=b:c\u2028\u0085\u000bEND:VCALENDAR';
  const event = { ...eventAt(Date.parse('2025-03-04T16:00:00Z'), 'Europe/Berlin', 'abc'), title: injected };
  const outputs = [
    ['a member feed (calendar name and titles)', memberCalendarFeed({ calendarName: `${injected} (PeerCircle)`, events: [event] }, { generatedAt })],
    ['a single-session file', singleSessionCalendar(event, { generatedAt })],
  ] as const;
  const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

  it.each(outputs)('%s: every line is a property PeerCircle writes', (_label, ics) => {
    const names = unfolded(ics).split('\r\n').map((line) => line.split(/[;:]/)[0]);
    expect(names.filter((name) => ['ATTENDEE', 'X-INJECTED'].includes(name!))).toEqual([]);
    expect(unfolded(ics).match(/^END:VCALENDAR$/gm)).toHaveLength(1);
    expect(ics).not.toMatch(/[\u2028\u0085\u000b]/);
  });

  it('lines are folded at 75 octets, never inside a character', () => {
    const long = 'Ünïcödé ✓ 👩🏽‍💻 Kreis '.repeat(8).trim();
    const ics = memberCalendarFeed({ calendarName: long, events: [{ ...event, title: long }] }, { generatedAt });
    const lines = ics.split('\r\n');
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line, 'utf8')))).toBeLessThanOrEqual(75);
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(long);
    expect(events[0]?.vevent.getFirstPropertyValue('summary')).toBe(long);
  });

  it('the calendar name and title keep what was meant, escaped per RFC 5545', () => {
    const name = 'Leaders; Berlin, Hamburg \\ more\nsecond line';
    const ics = memberCalendarFeed({ calendarName: name, events: [{ ...event, title: name }] }, { generatedAt });
    // ical.js leaves X- properties unparsed, so the calendar name is checked as written.
    expect(unfolded(ics)).toContain('\r\nX-WR-CALNAME:Leaders\\; Berlin\\, Hamburg \\\\ more second line\r\n');
    expect(parse(ics).events[0]?.vevent.getFirstPropertyValue('summary')).toBe('Leaders; Berlin, Hamburg \\ more second line');
  });
});

