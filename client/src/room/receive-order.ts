import type { ConsumerParams } from '@peercircle/shared';

/**
 * The join's consumer offers with the floor holder's first: their tile is the largest, and the media
 * session negotiates the first video of a join ahead of the rest.
 */
export function floorHolderFirst(offers: readonly ConsumerParams[], holderId: string | null): ConsumerParams[] {
  const holds = (offer: ConsumerParams) => Number(offer.participantId === holderId);
  return [...offers].sort((a, b) => holds(b) - holds(a));
}
