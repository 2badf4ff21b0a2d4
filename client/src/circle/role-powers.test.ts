import type { CircleSession } from '@peercircle/shared';
import { describe, expect, it } from 'vitest';
import { flaggedQuestions, nudgeAvailability, nudgeForMe, nudgeSentByMe, rolePowerNews } from './role-powers';
import { act, ada, bo, circleInPhase, cy, di, maya, viewAs } from './test-circle';

/** Curious questions with Maya presenting, Cy observing the process and Di writing as scribe. */
function withRoles(): CircleSession {
  let state = act(circleInPhase('curious-questions'), { type: 'roles.assign', role: 'process-observer', participantId: cy });
  state = act(state, { type: 'roles.assign', role: 'scribe', participantId: di });
  return state;
}

const news = (before: CircleSession, after: CircleSession, viewerId: string) => rolePowerNews(viewAs(before, viewerId), viewAs(after, viewerId)).map((a) => a.text);

describe('nudgeAvailability', () => {
  it.each([
    ['nobody speaks', (state: CircleSession) => state, /Nobody is speaking/],
    ['the observer speaks', (state: CircleSession) => act(state, { type: 'floor.give', participantId: cy }), /You hold the floor/],
    ['the speaker had the nudge', (state: CircleSession) => act(act(state, { type: 'floor.give', participantId: bo }), { type: 'nudge.send', kind: 'how-or-what' }, cy), /Bo has had this turn's nudge/],
  ])('is closed when %s, with the reason', (_label, arrange, reason) => {
    const availability = nudgeAvailability(viewAs(arrange(withRoles()), cy));
    expect(availability).toEqual({ open: false, reason: expect.stringMatching(reason) });
  });

  it('is open with the speaker named while someone else speaks un-nudged', () => {
    expect(nudgeAvailability(viewAs(act(withRoles(), { type: 'floor.give', participantId: bo }), cy))).toEqual({ open: true, speakerName: 'Bo' });
  });
});

describe('nudges in words', () => {
  const nudged = () => act(act(withRoles(), { type: 'floor.give', participantId: bo }), { type: 'nudge.send', kind: 'sounded-like-advice' }, cy);

  it('reach the speaker and show the sender what they sent; nobody else', () => {
    expect(nudgeForMe(viewAs(nudged(), bo))).toBe('That sounded like advice');
    expect(nudgeSentByMe(viewAs(nudged(), cy))).toEqual({ speakerName: 'Bo', wording: 'That sounded like advice' });
    for (const viewerId of [maya, di]) expect(nudgeForMe(viewAs(nudged(), viewerId))).toBeNull();
  });

  it('are announced to the speaker only, once', () => {
    const before = act(withRoles(), { type: 'floor.give', participantId: bo });
    expect(news(before, nudged(), bo)).toEqual(['Nudge from the process observer: That sounded like advice']);
    expect(news(nudged(), act(nudged(), { type: 'timer.pause', timer: 'phase' }), bo)).toEqual([]);
    for (const viewerId of [cy, di, maya, ada]) expect(news(before, nudged(), viewerId)).toEqual([]);
  });
});

describe('flags and notes', () => {
  it('list the flagged questions the observer sees, and tell the observer of a new one', () => {
    const before = withRoles();
    const after = act(before, { type: 'question.submit', text: 'You should just delegate it.', anonymous: true }, bo);
    expect(flaggedQuestions(viewAs(after, cy)).map((q) => q.text)).toEqual(['You should just delegate it.']);
    expect(flaggedQuestions(viewAs(after, di))).toEqual([]);
    expect(news(before, after, cy)).toEqual(['A question may read as advice']);
    expect(news(before, after, di)).toEqual([]);
  });

  it('tell the presenter a note arrived without reading it out; the scribe and others hear nothing', () => {
    const before = withRoles();
    const after = act(before, { type: 'scribeNote.add', text: 'You said "stuck" twice' }, di);
    expect(news(before, after, maya)).toEqual(['A new note from the scribe']);
    for (const viewerId of [di, bo, ada]) expect(news(before, after, viewerId)).toEqual([]);
  });
});
