import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { privacyItems, type PrivacyItem } from '../cohort/privacy-checklist';
import type { CircleCommandInput } from './commands';
import { privacyCheckCount } from './privacy-checks';
import { reduce, type Actor } from './reduce';
import { createCircleSession } from './session';
import type { CircleSession } from './session-state';
import { actorFor, facilitator, facilitatorId, memberIds, startTime, systemActor } from './test-fixtures';
import { viewFor } from './view-for';

/**
 * Random arrivals with random answers, departures, hand-overs and commands from anyone, against
 * what the facilitator's count promises: it equals a recount from each member's latest answer, never
 * exceeds the members present, moves only on the server's own commands, and reaches no member.
 */
const people = [...memberIds, 'mem-fay'];
const itemList = fc.subarray([...privacyItems]);

const stepArbitrary = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('arrive' as const), who: fc.constantFrom(...people), confirmed: itemList }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('askAnew' as const), who: fc.constantFrom(...people), asked: itemList, confirmed: itemList }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('presence' as const), who: fc.constantFrom(...people, facilitatorId), presence: fc.constantFrom('present', 'away', 'left') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('handOver' as const), to: fc.constantFrom(...people) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('forged' as const),
      actor: fc.constantFrom<Actor>(facilitator, ...people.map(actorFor)),
      command: fc.constantFrom<CircleCommandInput>(
        { type: 'participant.join', participantId: 'mem-cy', displayName: 'Cy', role: 'member', privacyCheck: { asked: ['privateSpace'], confirmed: ['privateSpace'] } },
        { type: 'hand.raise' },
        { type: 'session.start' },
      ),
    }),
  },
);

describe('the privacy count over random arrivals', () => {
  it('always equals a recount of the latest answers, among members present, and stays with facilitators', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { maxLength: 50 }), (steps) => {
        let state: CircleSession = createCircleSession({ sessionId: 's', title: 'T', templateId: 'consultancy', now: startTime });
        state = apply(state, { type: 'participant.join', participantId: facilitatorId, displayName: 'Ada', role: 'facilitator' }, systemActor);
        let asked: PrivacyItem[] = [...privacyItems];
        /** Who confirmed everything since the list last grew: the model the count is checked against. */
        const latest = new Map<string, boolean>();
        for (const step of steps) {
          const before = state;
          if (step.kind === 'arrive' || step.kind === 'askAnew') {
            if (step.kind === 'askAnew') {
              if (step.asked.some((item) => !asked.includes(item))) latest.clear();
              asked = step.asked;
            }
            const check = { asked, confirmed: step.confirmed };
            state = apply(state, { type: 'participant.join', participantId: step.who, displayName: step.who, role: 'member', privacyCheck: check }, systemActor);
            latest.set(step.who, asked.length > 0 && asked.every((item) => step.confirmed.includes(item)));
          } else if (step.kind === 'presence') {
            state = apply(state, { type: 'participant.presence', participantId: step.who, presence: step.presence }, systemActor);
          } else if (step.kind === 'handOver') {
            const holder = Object.values(state.participants).find((p) => p.role === 'facilitator');
            if (holder) state = apply(state, { type: 'role.handOver', participantId: step.to }, actorFor(holder.participantId));
          } else {
            state = apply(state, step.command, step.actor);
            expect(state.privacyChecks).toEqual(before.privacyChecks);
          }

          const presentMembers = Object.values(state.participants).filter((p) => p.role === 'member' && p.presence === 'present');
          const count = privacyCheckCount(state);
          if (asked.length === 0 || state.privacyChecks === undefined) {
            expect(count).toBeNull();
          } else {
            expect(count).toEqual({
              asked,
              present: presentMembers.length,
              confirmed: presentMembers.filter((p) => latest.get(p.participantId) === true).length,
            });
            expect(count!.confirmed).toBeLessThanOrEqual(count!.present);
            expect(new Set(state.privacyChecks.confirmedAll).size).toBe(state.privacyChecks.confirmedAll.length);
          }
          for (const participant of Object.values(state.participants)) {
            const view = viewFor(state, participant.participantId);
            if (participant.role === 'facilitator') expect(view.privacyCheck).toEqual(count);
            else expect(view.privacyCheck).toBeNull();
            expect(view).not.toHaveProperty('privacyChecks');
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Applies a command if accepted; a refusal leaves the state exactly as it was. */
function apply(state: CircleSession, command: CircleCommandInput, actor: Actor): CircleSession {
  const result = reduce(state, command, actor, state.clock + 1_000);
  return result.ok ? result.state : state;
}
