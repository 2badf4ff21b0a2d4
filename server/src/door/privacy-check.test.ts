import { describe, expect, it } from 'vitest';
import type { PrivacyItem } from '@peercircle/shared';
import { privacyCheckAtDoor } from './privacy-check';

const both: PrivacyItem[] = ['privateSpace', 'headphones'];

describe('privacyCheckAtDoor', () => {
  it.each<[string, PrivacyItem[], PrivacyItem[] | undefined, PrivacyItem[]]>([
    ['both asked, both ticked', both, both, both],
    ['both asked, one ticked', both, ['headphones'], ['headphones']],
    ['both asked, nothing sent', both, undefined, []],
    ['one asked, the other ticked too', ['privateSpace'], both, ['privateSpace']],
    ['nothing asked, something ticked', [], both, []],
  ])('a member, %s: passes on what was asked and the asked items ticked', (_label, asked, ticked, confirmed) => {
    expect(privacyCheckAtDoor('member', asked, ticked)).toEqual({ asked, confirmed });
  });

  it('asks facilitators nothing, whatever they send', () => {
    expect(privacyCheckAtDoor('facilitator', both, both)).toBeUndefined();
    expect(privacyCheckAtDoor('facilitator', both, undefined)).toBeUndefined();
  });
});
