import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choosePresenter, proposePresenter, type ParkedTopicForRotation, type PastPresentation } from './presenter-rotation';

const seating = ['ana', 'bo', 'cy', 'di'];
const month = (n: number) => Date.UTC(2025, n - 1, 7, 16);
const presented = (presenterId: string | null, monthNumber: number): PastPresentation => ({ presenterId, startsAt: month(monthNumber) });

describe('choosePresenter', () => {
  it.each<[string, string[], PastPresentation[], string | null]>([
    ['nobody attending', [], [presented('ana', 1)], null],
    ['a new circle: the first in the seating order', ['cy', 'bo', 'di'], [], 'bo'],
    ['one who never presented goes before everyone who has', ['ana', 'bo', 'cy'], [presented('ana', 1), presented('bo', 2)], 'cy'],
    ['several who never presented: seating order decides', ['di', 'cy', 'ana'], [presented('ana', 1)], 'cy'],
    ['everyone has presented: the least recent', ['ana', 'bo', 'cy'], [presented('bo', 1), presented('ana', 2), presented('cy', 3)], 'bo'],
    ['whoever presented in the latest session is last', ['ana', 'bo'], [presented('ana', 1), presented('bo', 2), presented('ana', 3)], 'bo'],
    ['only the latest presentation counts', ['ana', 'bo'], [presented('bo', 1), presented('ana', 2), presented('bo', 3)], 'ana'],
    ['history in any order', ['ana', 'bo', 'cy'], [presented('cy', 3), presented('bo', 1), presented('ana', 2)], 'bo'],
    ['the one who is due is absent: the next most due attends', ['ana', 'cy'], [presented('bo', 1), presented('ana', 2), presented('cy', 3)], 'ana'],
    ['sessions without a presenter are ignored', ['ana', 'bo'], [presented('ana', 1), presented(null, 2), presented('bo', 3)], 'ana'],
    ['former presenters not attending do not matter', ['di'], [presented('ana', 1), presented('bo', 2)], 'di'],
    ['a member missing from the seating comes after the seated', ['eve', 'di'], [], 'di'],
    ['only unseated members: the order they are given in', ['fay', 'eve'], [], 'fay'],
    ['duplicates in attendance do not matter', ['bo', 'bo', 'ana'], [presented('ana', 1)], 'bo'],
  ])('%s', (_label, attendingMemberIds, history, expected) => {
    expect(choosePresenter({ attendingMemberIds, seatingOrder: seating, history })).toBe(expected);
  });

  it('rotates through everyone before anyone presents twice', () => {
    const history: PastPresentation[] = [];
    for (let n = 1; n <= 8; n += 1) {
      const presenterId = choosePresenter({ attendingMemberIds: [...seating].reverse(), seatingOrder: seating, history });
      history.push({ presenterId, startsAt: month(n) });
    }
    expect(history.map((entry) => entry.presenterId)).toEqual([...seating, ...seating]);
  });

  it('always picks someone attending, and nobody who presented more recently than another attendee', () => {
    const member = fc.constantFrom(...seating, 'eve');
    fc.assert(
      fc.property(fc.array(member, { maxLength: 6 }), fc.array(fc.record({ presenterId: fc.option(member), startsAt: fc.integer({ min: 0, max: 1e12 }) })), (attending, history) => {
        const chosen = choosePresenter({ attendingMemberIds: attending, seatingOrder: seating, history });
        if (attending.length === 0) {
          expect(chosen).toBeNull();
          return;
        }
        expect(attending).toContain(chosen);
        const last = (id: string | null) => Math.max(Number.NEGATIVE_INFINITY, ...history.filter((h) => h.presenterId === id).map((h) => h.startsAt));
        for (const other of attending) expect(last(chosen)).toBeLessThanOrEqual(last(other));
      }),
    );
  });

  it('honours parked topics within the least-recent group, as the property below checks', () => {
    const member = fc.constantFrom(...seating, 'eve');
    const parked = fc.record({ memberId: member, urgency: fc.constantFrom('low' as const, 'medium' as const, 'high' as const), importance: fc.integer({ min: 1, max: 3 }), parkedAt: fc.integer({ min: 0, max: 1e12 }) });
    fc.assert(
      fc.property(fc.array(member, { maxLength: 6 }), fc.array(fc.record({ presenterId: fc.option(member), startsAt: fc.integer({ min: 0, max: 1e12 }) })), fc.array(parked), (attending, history, parkedTopics) => {
        const chosen = choosePresenter({ attendingMemberIds: attending, seatingOrder: seating, history, parkedTopics });
        if (attending.length === 0) return;
        const last = (id: string | null) => Math.max(Number.NEGATIVE_INFINITY, ...history.filter((h) => h.presenterId === id).map((h) => h.startsAt));
        for (const other of attending) expect(last(chosen)).toBeLessThanOrEqual(last(other));
      }),
    );
  });
});

const topic = (memberId: string, urgency: ParkedTopicForRotation['urgency'], importance = 1, parkedAt = month(1)): ParkedTopicForRotation => ({ memberId, urgency, importance, parkedAt });

describe('proposePresenter with the parking lot', () => {
  it.each<[string, string[], PastPresentation[], ParkedTopicForRotation[], string | null, 'rotation' | 'urgent-parked-topic']>([
    ['no parked topics: the rotation as before', ['ana', 'bo', 'cy'], [], [], 'ana', 'rotation'],
    ['among those who never presented, the one with a parked topic', ['ana', 'bo', 'cy'], [], [topic('cy', 'low')], 'cy', 'urgent-parked-topic'],
    ['the more urgent topic wins', ['ana', 'bo', 'cy'], [], [topic('bo', 'medium'), topic('cy', 'high')], 'cy', 'urgent-parked-topic'],
    ['equal urgency: the more important (lower rank) wins', ['ana', 'bo', 'cy'], [], [topic('bo', 'high', 2), topic('cy', 'high', 1)], 'cy', 'urgent-parked-topic'],
    ['equal urgency and importance: the longer parked wins', ['ana', 'bo', 'cy'], [], [topic('bo', 'high', 1, month(3)), topic('cy', 'high', 1, month(2))], 'cy', 'urgent-parked-topic'],
    ['all equal: seating order', ['cy', 'bo'], [], [topic('bo', 'high'), topic('cy', 'high')], 'bo', 'rotation'],
    ['a member counts by their most urgent topic', ['ana', 'bo'], [], [topic('ana', 'low'), topic('bo', 'medium'), topic('ana', 'high', 3)], 'ana', 'rotation'],
    ['the seat-first member also has the most urgent topic: the rotation is the reason', ['ana', 'bo'], [], [topic('ana', 'high'), topic('bo', 'low')], 'ana', 'rotation'],
    ['a topic never jumps someone who presented longer ago', ['ana', 'bo'], [presented('ana', 1), presented('bo', 2)], [topic('bo', 'high')], 'ana', 'rotation'],
    ['never-presented go first even against an urgent topic', ['ana', 'bo'], [presented('ana', 1)], [topic('ana', 'high')], 'bo', 'rotation'],
    ['members who presented at the same oldest session form the group', ['ana', 'bo', 'cy'], [presented('ana', 1), presented('bo', 1), presented('cy', 2)], [topic('bo', 'medium'), topic('cy', 'high')], 'bo', 'urgent-parked-topic'],
    ['topics of members not attending are ignored', ['ana', 'bo'], [], [topic('cy', 'high')], 'ana', 'rotation'],
    ['nobody attending', [], [], [topic('cy', 'high')], null, 'rotation'],
  ])('%s', (_label, attendingMemberIds, history, parkedTopics, presenterId, reason) => {
    expect(proposePresenter({ attendingMemberIds, seatingOrder: seating, history, parkedTopics })).toEqual({ presenterId, reason });
  });
});
