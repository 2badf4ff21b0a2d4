/**
 * Every IANA zone the browser knows, plus the ones in use (the browser may report a newer name than
 * it lists, e.g. "Europe/Kyiv"), sorted so "Europe/…" zones sit together.
 */
export function timeZoneChoices(inUse: readonly string[]): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  inUse.forEach((zone) => zone && zones.add(zone));
  return [...zones].sort((a, b) => a.localeCompare(b));
}

/** "GMT+01:00" at a given instant (offsets change with DST), for telling zones apart in a list. */
export function utcOffsetLabel(timeZone: string, at: number): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}
