import type { ParticipantRole, PrivacyCheckAnswer, PrivacyItem } from '@peercircle/shared';

/**
 * What the door passes on to the circle of someone's privacy checklist: members are asked the
 * cohort's items and their answer is what they ticked of those; facilitators are not asked.
 * Entry never depends on it — it is a checklist, not a lock.
 */
export function privacyCheckAtDoor(
  role: ParticipantRole,
  asked: readonly PrivacyItem[],
  ticked: readonly PrivacyItem[] | undefined,
): PrivacyCheckAnswer | undefined {
  if (role !== 'member') return undefined;
  return { asked: [...asked], confirmed: (ticked ?? []).filter((item) => asked.includes(item)) };
}
