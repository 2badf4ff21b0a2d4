import { monthlyUpdateRules } from './monthly-update-api';

const DAY_MS = 86_400_000;

/**
 * Whether the member home shows "update due" for a session: from `dueFromDays` days before it starts
 * until it starts, unless the member already submitted.
 */
export function isUpdateDue(sessionStartsAt: number, now: number, submitted: boolean): boolean {
  if (submitted) return false;
  return now >= sessionStartsAt - monthlyUpdateRules.dueFromDays * DAY_MS && now < sessionStartsAt;
}
