import type { CircleSession } from '@peercircle/shared';
import { describe, expect, it } from 'vitest';
import { circleAnnouncements, combineAnnouncements } from './circle-announcements';
import { floorAction, floorLine } from './console-strip';
import { describeFloor, turnOptions } from './floor-status';
import { pauseButton, pauseStartedAt } from './guardian-pause';
import { micHeldByFloor, micHoldNote, pausedNote } from './mic-hold';
import { act, ada, bo, circleInPhase, cy, di, maya, runningCircle, viewAs } from './test-circle';
import { speakerTimerLabel } from './timer-display';

/** The council's check-in round: Maya speaks, Di is the guardian. */
function roundWithGuardian(): CircleSession {
  return act(runningCircle('council'), { type: 'roles.assign', role: 'guardian', participantId: di });
}
const paused = () => act(roundWithGuardian(), { type: 'pause.call' }, di);
const resumed = () => act(paused(), { type: 'pause.resume' }, di);

describe('pauseButton', () => {
  it.each([
    ['the guardian', di, false, 'call', 'resume'],
    ['a facilitator', ada, false, 'call', 'resume'],
    ['another member', bo, false, null, null],
    ['the speaker', maya, false, null, null],
    ['another member, where anyone may call a pause', bo, true, 'call', 'waiting'],
  ] as const)('offers %s: %s', (_label, viewerId, anyone, before, during) => {
    const adjust = (state: CircleSession) => ({ ...state, anyMemberMayPause: anyone });
    expect(pauseButton(viewAs(adjust(roundWithGuardian()), viewerId))).toBe(before);
    expect(pauseButton(viewAs(adjust(paused()), viewerId))).toBe(during);
  });

  it('offers nothing before the start or after the end', () => {
    const ended = act(paused(), { type: 'session.end' });
    expect(pauseButton(viewAs(ended, di))).toBeNull();
    expect(pauseStartedAt(viewAs(ended, di))).toBeNull();
  });
});

describe('announcements of a pause', () => {
  const texts = (before: CircleSession, after: CircleSession, viewerId: string) =>
    circleAnnouncements({ view: viewAs(before, viewerId), now: after.clock }, { view: viewAs(after, viewerId), now: after.clock });

  it('are urgent and ring the bell for everyone when it begins, and say nothing else about the floor', () => {
    for (const viewerId of [ada, maya, bo, di]) {
      expect(texts(roundWithGuardian(), paused(), viewerId)).toEqual([{ text: 'Pause called — silence', urgency: 'assertive', bell: true }]);
    }
  });

  it('name who has the floor again on resume, urgently for that person', () => {
    expect(texts(paused(), resumed(), bo)).toEqual([{ text: 'Resumed: Maya has the floor', urgency: 'polite' }]);
    expect(texts(paused(), resumed(), maya)).toEqual([{ text: 'Resumed: you have the floor', urgency: 'assertive' }]);
    const pausedBreak = act(circleInPhase('break'), { type: 'pause.call' });
    expect(texts(pausedBreak, act(pausedBreak, { type: 'pause.resume' }), cy)).toEqual([{ text: 'Resumed', urgency: 'polite' }]);
  });

  it('keep the bell when news arrives together', () => {
    expect(combineAnnouncements([{ text: 'Now: Break', urgency: 'polite' }, { text: 'Pause called — silence', urgency: 'assertive', bell: true }])).toEqual({
      text: 'Now: Break. Pause called — silence',
      urgency: 'assertive',
      chime: false,
      bell: true,
    });
  });
});

describe('the room while paused', () => {
  it('says "Paused — silence" where the floor is described, and holds everyone’s microphone, the facilitator’s too', () => {
    for (const viewerId of [ada, maya, bo]) {
      const view = viewAs(paused(), viewerId);
      expect(describeFloor(view)).toEqual({ sentence: 'Paused — silence', tone: 'silence' });
      expect(micHeldByFloor(view)).toBe(true);
      expect(micHoldNote(view)).toBe(pausedNote);
    }
    expect(floorLine(viewAs(paused(), ada))).toMatch(/^Paused — silence/);
    expect(floorAction(viewAs(paused(), ada))).toEqual({ kind: 'none' });
  });

  it('holds the speaker’s turn controls until the resume, and keeps their frozen timer on screen', () => {
    expect(turnOptions(viewAs(paused(), maya)).roundTurn).toBeNull();
    expect(turnOptions(viewAs(resumed(), maya)).roundTurn).toEqual({ comeBack: false });
    expect(speakerTimerLabel(viewAs(paused(), bo))).toBe("Maya's turn");
    expect(speakerTimerLabel(viewAs(paused(), maya))).toBe('Your turn');
  });
});
