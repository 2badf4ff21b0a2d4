import { describe, expect, it } from 'vitest';
import { describePrivacyItems, privacyCheckText } from './privacy-check-text';

describe('privacyCheckText', () => {
  it.each<[Parameters<typeof privacyCheckText>[0], string]>([
    [{ asked: ['privateSpace', 'headphones'], confirmed: 1, present: 2 }, '1 of 2 present confirmed private space and headphones'],
    [{ asked: ['headphones'], confirmed: 0, present: 3 }, '0 of 3 present confirmed headphones'],
    [{ asked: ['privateSpace'], confirmed: 4, present: 4 }, '4 of 4 present confirmed private space'],
    [{ asked: ['privateSpace', 'headphones'], confirmed: 0, present: 0 }, 'No members present; each is asked to confirm private space and headphones on the way in.'],
  ])('%j reads "%s"', (count, text) => {
    expect(privacyCheckText(count)).toBe(text);
  });
});

describe('describePrivacyItems', () => {
  it.each<[Parameters<typeof describePrivacyItems>[0], string]>([
    [['privateSpace', 'headphones'], 'private space and headphones'],
    [['headphones', 'privateSpace'], 'private space and headphones'],
    [['headphones'], 'headphones'],
    [[], ''],
  ])('names %j "%s"', (items, text) => {
    expect(describePrivacyItems(items)).toBe(text);
  });
});
