import { z } from 'zod';

/**
 * What a member may be asked to confirm at the door of a session: that nobody else can overhear
 * the circle where they sit, and that the circle's voices stay in their ears. A cohort chooses
 * which of these it asks; it is a checklist, not a lock.
 */
export const privacyItems = ['privateSpace', 'headphones'] as const;
export type PrivacyItem = (typeof privacyItems)[number];

/** New cohorts, and cohorts made before the checklist existed, ask everything. */
export const defaultPrivacyChecklist: readonly PrivacyItem[] = privacyItems;

/** What the member ticks, in their own words. */
export const privacyItemStatements: Record<PrivacyItem, string> = {
  privateSpace: 'I am in a private space',
  headphones: 'I am using headphones',
};

/** In the one order every screen shows them, so lists compare by value. */
export function inChecklistOrder(items: readonly PrivacyItem[]): PrivacyItem[] {
  return privacyItems.filter((item) => items.includes(item));
}

/**
 * A list of checklist items: known items only, each at most once, normalised to checklist order.
 * Used for a cohort's setting and for what a member confirms when joining.
 */
export const privacyItemListSchema = z
  .array(z.enum(privacyItems, { error: `checklist items are ${privacyItems.join(' and ')}` }))
  .max(privacyItems.length, `at most ${privacyItems.length} checklist items`)
  .refine((items) => new Set(items).size === items.length, 'list each checklist item once')
  .transform(inChecklistOrder);
