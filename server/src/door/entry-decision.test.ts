import { describe, expect, it } from 'vitest';
import { decideEntry, type EntryFacts } from './entry-decision';

const member: EntryFacts = {
  role: 'member',
  sessionStatus: 'open',
  doorOpen: false,
  admitted: false,
  agreementVersion: 2,
  acceptedAgreementVersion: 2,
};

describe('decideEntry', () => {
  it.each<[string, Partial<EntryFacts>, string]>([
    ['a facilitator enters a scheduled session', { role: 'facilitator', sessionStatus: 'scheduled', acceptedAgreementVersion: null }, 'enter'],
    ['a member waits before the session opens', { sessionStatus: 'scheduled' }, 'wait'],
    ['a member waits until admitted', {}, 'wait'],
    ['an admitted member enters', { admitted: true }, 'enter'],
    ['an open door lets members in', { doorOpen: true }, 'enter'],
    ['an open door does not skip the agreement', { doorOpen: true, acceptedAgreementVersion: null }, 'agreement_required'],
    ['a changed agreement must be accepted again', { admitted: true, acceptedAgreementVersion: 1 }, 'agreement_required'],
    ['nobody enters an ended session', { role: 'facilitator', sessionStatus: 'ended' }, 'session_closed'],
    ['nobody enters a cancelled session', { sessionStatus: 'cancelled', doorOpen: true }, 'session_closed'],
  ])('%s', (_name, facts, expected) => {
    const decision = decideEntry({ ...member, ...facts });
    expect(decision.kind === 'refuse' ? decision.error.code : decision.kind).toBe(expected);
  });
});
