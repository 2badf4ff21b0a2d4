import { inChecklistOrder, type PrivacyCheckCount, type PrivacyItem } from '@peercircle/shared';

/** What the facilitator reads of each item ("… confirmed private space and headphones"). */
const privacyItemNouns: Record<PrivacyItem, string> = {
  privateSpace: 'private space',
  headphones: 'headphones',
};

/** "private space and headphones". */
export function describePrivacyItems(items: readonly PrivacyItem[]): string {
  const nouns = inChecklistOrder(items).map((item) => privacyItemNouns[item]);
  return nouns.length <= 1 ? (nouns[0] ?? '') : `${nouns.slice(0, -1).join(', ')} and ${nouns.at(-1)}`;
}

/** The facilitator's line about the door's checklist: how many of the members present confirmed, never who. */
export function privacyCheckText({ asked, confirmed, present }: PrivacyCheckCount): string {
  const items = describePrivacyItems(asked);
  if (present === 0) return `No members present; each is asked to confirm ${items} on the way in.`;
  return `${confirmed} of ${present} present confirmed ${items}`;
}
