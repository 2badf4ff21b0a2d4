import { describe, expect, it } from 'vitest';
import { updateCohortSchema } from '../api/cohort-api';
import { circleCommandSchema } from '../circle/commands';
import { joinRoomRequestSchema } from '../protocol/room-messages';
import { privacyItemListSchema } from './privacy-checklist';

const sessionId = '7f0c4f3e-4a55-4c3e-9a51-8c6f3f0c2b1a';

describe('privacyItemListSchema', () => {
  it.each<[unknown, string[]]>([
    [[], []],
    [['headphones'], ['headphones']],
    [['privateSpace', 'headphones'], ['privateSpace', 'headphones']],
    [['headphones', 'privateSpace'], ['privateSpace', 'headphones']],
  ])('accepts %j as %j (checklist order)', (input, expected) => {
    expect(privacyItemListSchema.parse(input)).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ['an unknown item', ['privateSpace', 'camera']],
    ['an item in another spelling', ['PrivateSpace']],
    ['a duplicate', ['headphones', 'headphones']],
    ['more items than exist', ['privateSpace', 'headphones', 'privateSpace']],
    ['a thousand items', Array.from({ length: 1000 }, () => 'headphones')],
    ['an item with a control character', ['headphones\u0000']],
    ['an object instead of a list', { privateSpace: true, headphones: true }],
    ['a string instead of a list', 'privateSpace'],
    ['a number in the list', [1]],
    ['null', null],
  ])('refuses %s', (_label, input) => {
    expect(privacyItemListSchema.safeParse(input).success).toBe(false);
  });
});

describe('the checklist in a join request', () => {
  it('carries what a member ticked into a cohort session, or nothing', () => {
    expect(joinRoomRequestSchema.parse({ sessionId, privacyConfirmed: ['headphones', 'privateSpace'] })).toEqual({
      sessionId,
      privacyConfirmed: ['privateSpace', 'headphones'],
    });
    expect(joinRoomRequestSchema.parse({ sessionId, privacyConfirmed: [] })).toEqual({ sessionId, privacyConfirmed: [] });
    expect(joinRoomRequestSchema.parse({ sessionId })).toEqual({ sessionId });
  });

  it.each<[string, unknown]>([
    ['an unknown item', { sessionId, privacyConfirmed: ['alone'] }],
    ['an oversize list', { sessionId, privacyConfirmed: ['privateSpace', 'headphones', 'headphones'] }],
    ['yes/no flags instead of items', { sessionId, privacyConfirmed: { privateSpace: true } }],
    ['someone else’s answer', { sessionId, privacyConfirmed: ['privateSpace'], participantId: 'mem-other' }],
    ['answers for others', { sessionId, privacyConfirmed: ['privateSpace'], privacyConfirmedFor: { 'mem-other': ['privateSpace'] } }],
    ['the count itself', { sessionId, privacyCheck: { asked: [], confirmed: [] } }],
    ['a checklist in a demo room', { demoRoom: 'lobby', displayName: 'Eve', privacyConfirmed: ['privateSpace'] }],
  ])('refuses %s', (_label, input) => {
    expect(joinRoomRequestSchema.safeParse(input).success).toBe(false);
  });
});

describe('the checklist in the cohort settings', () => {
  it('may ask anything from nothing to every item', () => {
    expect(updateCohortSchema.parse({ privacyChecklist: [] })).toEqual({ privacyChecklist: [] });
    expect(updateCohortSchema.parse({ privacyChecklist: ['headphones'] })).toEqual({ privacyChecklist: ['headphones'] });
  });

  it.each<[unknown]>([[['microphone']], [['headphones', 'headphones']], [null], [true]])('refuses %j', (privacyChecklist) => {
    expect(updateCohortSchema.safeParse({ privacyChecklist }).success).toBe(false);
  });
});

describe('the checklist in the circle’s join command', () => {
  it('refuses unknown items in what was asked or ticked', () => {
    const join = { type: 'participant.join', participantId: 'mem-cy', displayName: 'Cy', role: 'member' };
    expect(circleCommandSchema.safeParse({ ...join, privacyCheck: { asked: ['privateSpace'], confirmed: ['alone'] } }).success).toBe(false);
    expect(circleCommandSchema.safeParse({ ...join, privacyCheck: { asked: ['everything'], confirmed: [] } }).success).toBe(false);
    expect(circleCommandSchema.safeParse({ ...join, privacyCheck: { asked: ['privateSpace'] } }).success).toBe(false);
  });
});
