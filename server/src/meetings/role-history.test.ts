import { describe, expect, it } from 'vitest';
import { createCircleSession, type CircleSession, type RoleHolders } from '@peercircle/shared';
import { newRoleHoldings, roleHistoryFrom } from './role-history';

const base = createCircleSession({ sessionId: 's', title: 'April', templateId: 'council', now: 1_000 });
const holders = (patch: Partial<RoleHolders>): RoleHolders => ({ timekeeper: null, guardian: null, 'process-observer': null, scribe: null, ...patch });
const state = (status: CircleSession['status'], patch: Partial<RoleHolders>, clock = 5_000): CircleSession => ({
  ...base,
  status,
  clock,
  roleHolders: holders(patch),
});

describe('newRoleHoldings', () => {
  it.each([
    ['a role handed out while preparing', state('not-started', {}), state('not-started', { scribe: 'ada' }), []],
    ['every holder once the circle starts', state('not-started', { scribe: 'ada', guardian: 'ben' }), state('running', { scribe: 'ada', guardian: 'ben' }), [
      { role: 'guardian', participantId: 'ben', heldAt: 5_000 },
      { role: 'scribe', participantId: 'ada', heldAt: 5_000 },
    ]],
    ['a role taken up mid-session', state('running', { scribe: 'ada' }), state('running', { scribe: 'ada', timekeeper: 'cy' }), [{ role: 'timekeeper', participantId: 'cy', heldAt: 5_000 }]],
    ['a role moving on', state('running', { timekeeper: 'ada' }), state('running', { timekeeper: 'ben' }), [{ role: 'timekeeper', participantId: 'ben', heldAt: 5_000 }]],
    ['a role given back to nobody', state('running', { timekeeper: 'ada' }), state('running', {}), []],
    ['nothing about roles changing', state('running', { timekeeper: 'ada' }, 4_000), state('running', { timekeeper: 'ada' }), []],
    ['the end of the session', state('running', { timekeeper: 'ada' }), state('ended', { timekeeper: 'ada' }), []],
  ] as const)('records %s', (_label, previous, next, expected) => {
    expect(newRoleHoldings(next, previous)).toEqual(expected);
  });

  it('takes a state saved before roles existed as having no holders', () => {
    const { roleHolders: _roleHolders, ...old } = state('running', {});
    expect(newRoleHoldings(state('running', { guardian: 'ada' }), old as CircleSession)).toEqual([{ role: 'guardian', participantId: 'ada', heldAt: 5_000 }]);
    expect(newRoleHoldings(old as CircleSession, old as CircleSession)).toEqual([]);
  });
});

describe('roleHistoryFrom', () => {
  it('keeps the latest time each person held each role', () => {
    expect(
      roleHistoryFrom([
        { role: 'timekeeper', participantId: 'ada', heldAt: 300 },
        { role: 'timekeeper', participantId: 'ada', heldAt: 100 },
        { role: 'timekeeper', participantId: 'ben', heldAt: 200 },
        { role: 'scribe', participantId: 'ada', heldAt: 50 },
      ]),
    ).toEqual({ timekeeper: { ada: 300, ben: 200 }, guardian: {}, 'process-observer': {}, scribe: { ada: 50 } });
  });
});
