import type { Cadence, WeekOfMonth } from './cadence';

const ordinals: Record<WeekOfMonth, string> = { 1: 'First', 2: 'Second', 3: 'Third', 4: 'Fourth', last: 'Last' };

/** "First Tuesday of each month, 17:00 (Europe/Berlin), 2 h" */
export function describeCadence(cadence: Cadence): string {
  const weekday = cadence.weekday.charAt(0).toUpperCase() + cadence.weekday.slice(1);
  return `${ordinals[cadence.weekOfMonth]} ${weekday} of each month, ${cadence.startTime} (${cadence.timezone}), ${describeDuration(cadence.durationMinutes)}`;
}

/** 30 → "30 min", 120 → "2 h", 90 → "1 h 30 min" */
export function describeDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
