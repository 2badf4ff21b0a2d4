import type { ConsumerParams } from '@peercircle/shared';
import { describe, expect, it } from 'vitest';
import { floorHolderFirst } from './receive-order';

const offer = (participantId: string, kind: 'audio' | 'video'): ConsumerParams =>
  ({ consumerId: `${participantId}-${kind}`, producerId: `p-${participantId}-${kind}`, participantId, kind }) as ConsumerParams;

describe('floorHolderFirst', () => {
  const offers = [offer('ada', 'audio'), offer('ada', 'video'), offer('bo', 'audio'), offer('bo', 'video'), offer('cy', 'video')];

  it("puts the floor holder's offers first and keeps everyone else's order", () => {
    expect(floorHolderFirst(offers, 'bo').map((o) => o.consumerId)).toEqual(['bo-audio', 'bo-video', 'ada-audio', 'ada-video', 'cy-video']);
  });

  it('keeps the order when nobody, or somebody without media, holds the floor', () => {
    expect(floorHolderFirst(offers, null)).toEqual(offers);
    expect(floorHolderFirst(offers, 'di')).toEqual(offers);
  });
});
