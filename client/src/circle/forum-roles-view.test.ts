import { describe, expect, it } from 'vitest';
import { reduce, type CircleSession, type CircleSessionView } from '@peercircle/shared';
import { circleAnnouncements } from './circle-announcements';
import {
  describeSentSignal,
  holdsTimekeeper,
  ownRoleNews,
  roleCandidates,
  rolesOf,
  signalForViewer,
  timekeeperState,
  timeSignalNews,
} from './forum-roles-view';
import { act, ada, bo, circleInPhase, cy, di, maya, seatedCircle, viewAs } from './test-circle';
import { tileStatuses, tileStatusOf } from './tile-status';

/** Clarifying questions of a consultancy (Maya presents): Cy keeps time, Bo holds the floor. */
function timekept(): CircleSession {
  let state = act(circleInPhase('clarifying-questions'), { type: 'roles.assign', role: 'timekeeper', participantId: cy });
  state = act(state, { type: 'floor.give', participantId: bo });
  return act(state, { type: 'timer.extend', timer: 'speaker', ms: 180_000 });
}

const signalled = (kind: 'two-minutes' | 'one-minute' | 'wrap-up' = 'one-minute', state = timekept()) => act(state, { type: 'timeSignal.send', kind }, cy);

describe('roles in the view', () => {
  it('lists what someone holds in the usual order, and shows them on their tile until the end', () => {
    let state = act(seatedCircle('consultancy', maya), { type: 'roles.assign', role: 'scribe', participantId: bo });
    state = act(state, { type: 'roles.assign', role: 'timekeeper', participantId: bo });
    state = act(state, { type: 'roles.assign', role: 'guardian', participantId: di });
    expect(rolesOf(viewAs(state, cy), bo)).toEqual(['timekeeper', 'scribe']);
    expect(tileStatusOf(tileStatuses(viewAs(state, cy)), bo).roles).toEqual(['timekeeper', 'scribe']);
    expect(tileStatusOf(tileStatuses(viewAs(state, ada)), di).roles).toEqual(['guardian']);
    expect(tileStatusOf(tileStatuses(viewAs(state, ada)), cy).roles).toEqual([]);
    const ended = act(act(state, { type: 'session.start' }), { type: 'session.end' });
    expect(tileStatusOf(tileStatuses(viewAs(ended, cy)), bo).roles).toEqual([]);
  });

  it('tolerates a view without holders (from before roles existed)', () => {
    const { roleHolders: _none, ...old } = viewAs(seatedCircle(), cy);
    expect(rolesOf(old as CircleSessionView, bo)).toEqual([]);
    expect(tileStatuses(old as CircleSessionView)).toEqual({});
  });

  it('offers the members, not the facilitator nor anyone who left, marking who is away', () => {
    let state = seatedCircle();
    for (const [participantId, presence] of [[di, 'away'], [maya, 'left']] as const) {
      const result = reduce(state, { type: 'participant.presence', participantId, presence }, { kind: 'system' }, state.clock + 1);
      if (!result.ok) throw new Error(result.error.message);
      state = result.state;
    }
    expect(roleCandidates(viewAs(state, ada))).toEqual([
      { participantId: bo, label: 'Bo' },
      { participantId: cy, label: 'Cy' },
      { participantId: di, label: 'Di (away)' },
    ]);
  });
});

describe('taking up a role', () => {
  it('is told to the member politely, and to nobody else', () => {
    const before = seatedCircle('consultancy', maya);
    const after = act(before, { type: 'roles.assign', role: 'scribe', participantId: bo });
    expect(ownRoleNews(viewAs(before, bo), viewAs(after, bo))).toEqual([{ text: 'You are now scribe', urgency: 'polite' }]);
    expect(circleAnnouncements({ view: viewAs(before, bo), now: 0 }, { view: viewAs(after, bo), now: 0 }).map((a) => a.text)).toEqual(['You are now scribe']);
    for (const viewer of [ada, cy, maya]) expect(ownRoleNews(viewAs(before, viewer), viewAs(after, viewer))).toEqual([]);
    const moved = act(act(after, { type: 'roles.assign', role: 'guardian', participantId: bo }), { type: 'roles.assign', role: 'scribe', participantId: cy });
    expect(ownRoleNews(viewAs(after, bo), viewAs(moved, bo))).toEqual([
      { text: 'You are now guardian', urgency: 'polite' },
      { text: 'You are no longer scribe', urgency: 'polite' },
    ]);
  });
});

describe('the timekeeper', () => {
  it('is the holder of the role in a running circle', () => {
    expect(holdsTimekeeper(viewAs(timekept(), cy))).toBe(true);
    expect(holdsTimekeeper(viewAs(timekept(), bo))).toBe(false);
    expect(holdsTimekeeper(viewAs(timekept(), ada))).toBe(false);
  });

  it('can act on a turn only while someone else holds the floor, and is told why not', () => {
    expect(timekeeperState(viewAs(timekept(), cy))).toEqual({ speakerName: 'Bo', unavailableReason: null });
    const free = act(timekept(), { type: 'floor.clear' });
    expect(timekeeperState(viewAs(free, cy))).toEqual({ speakerName: null, unavailableReason: expect.stringMatching(/Nobody has the floor/) });
    const own = act(timekept(), { type: 'floor.give', participantId: cy });
    expect(timekeeperState(viewAs(own, cy)).unavailableReason).toMatch(/You hold the floor yourself/);
  });
});

describe('a time signal', () => {
  it('is for the speaker alone; the sender and the facilitator read what was sent', () => {
    const state = signalled('wrap-up');
    expect(signalForViewer(viewAs(state, bo))).toMatchObject({ kind: 'wrap-up', toId: bo });
    expect(signalForViewer(viewAs(state, cy))).toBeNull();
    expect(signalForViewer(viewAs(state, ada))).toBeNull();
    expect(describeSentSignal(viewAs(state, ada), viewAs(state, ada).timeSignal!)).toBe('Cy signalled Bo: Please wrap up');
    expect(describeSentSignal(viewAs(state, cy), viewAs(state, cy).timeSignal!)).toBe('You signalled Bo: Please wrap up');
    expect(viewAs(state, di).timeSignal).toBeNull();
  });

  it('is announced to the speaker assertively, with the chime, once per signal; to nobody else', () => {
    const before = timekept();
    const after = signalled('one-minute', before);
    const news = { text: 'From your timekeeper: 1 minute left', urgency: 'assertive', chime: true };
    expect(timeSignalNews(viewAs(before, bo), viewAs(after, bo))).toEqual([news]);
    expect(circleAnnouncements({ view: viewAs(before, bo), now: after.clock }, { view: viewAs(after, bo), now: after.clock })).toContainEqual(news);
    for (const viewer of [ada, cy, di, maya]) expect(timeSignalNews(viewAs(before, viewer), viewAs(after, viewer))).toEqual([]);
    expect(timeSignalNews(viewAs(after, bo), viewAs(after, bo))).toEqual([]);
    // The same kind again is a new signal.
    const again = signalled('one-minute', after);
    expect(timeSignalNews(viewAs(after, bo), viewAs(again, bo))).toEqual([news]);
    expect(timeSignalNews(viewAs(again, bo), viewAs(signalled('wrap-up', again), bo))[0]?.text).toBe('From your timekeeper: Please wrap up');
  });
});
