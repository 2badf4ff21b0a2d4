/** One session as it appears in someone's calendar. */
export interface CalendarEvent {
  /** Stable across feed refreshes, so calendar apps update the event instead of adding another. */
  uid: string;
  startsAt: number;
  durationMinutes: number;
  /** The cohort's IANA zone: the event keeps its local time across DST in that zone. */
  timezone: string;
  title: string;
  description: string;
  url: string;
}

export interface SessionForCalendar {
  sessionId: string;
  cohortName: string;
  startsAt: number;
  durationMinutes: number;
  timezone: string;
  joinUrl: string;
}

/**
 * Calendars get synced to work accounts, phones and shared views, so a session's event says only
 * which circle meets and where to join: never the agenda, the presenter or other members' names.
 */
export function sessionCalendarEvent(session: SessionForCalendar): CalendarEvent {
  return {
    uid: `session-${session.sessionId}@peercircle`,
    startsAt: session.startsAt,
    durationMinutes: session.durationMinutes,
    timezone: session.timezone,
    title: session.cohortName,
    description: `Your PeerCircle session. Join here: ${session.joinUrl}`,
    url: session.joinUrl,
  };
}
