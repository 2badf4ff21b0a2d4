import { DomainError } from '@peercircle/shared';

export interface EntryFacts {
  role: 'facilitator' | 'member';
  sessionStatus: 'scheduled' | 'open' | 'ended' | 'cancelled';
  doorOpen: boolean;
  admitted: boolean;
  agreementVersion: number;
  acceptedAgreementVersion: number | null;
}

export type EntryDecision = { kind: 'enter' } | { kind: 'wait' } | { kind: 'refuse'; error: DomainError };

/**
 * Who may enter a cohort's live session now. Facilitators always may (their arrival opens it);
 * members must have accepted the current confidentiality agreement, and then wait in the lobby
 * until admitted, unless the facilitator has opened the door for all.
 */
export function decideEntry(facts: EntryFacts): EntryDecision {
  if (facts.sessionStatus === 'ended' || facts.sessionStatus === 'cancelled') {
    return { kind: 'refuse', error: new DomainError('session_closed', 'This session is over') };
  }
  if (facts.role === 'facilitator') return { kind: 'enter' };
  if (facts.acceptedAgreementVersion !== facts.agreementVersion) {
    const message =
      facts.acceptedAgreementVersion === null
        ? 'Please read and accept the circle’s confidentiality agreement first'
        : 'The confidentiality agreement has changed; please read and accept it again';
    return { kind: 'refuse', error: new DomainError('agreement_required', message) };
  }
  if (facts.sessionStatus === 'open' && (facts.doorOpen || facts.admitted)) return { kind: 'enter' };
  return { kind: 'wait' };
}
