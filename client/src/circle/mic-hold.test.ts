import { describe, expect, it } from 'vitest';
import { micHeldByFloor } from './mic-hold';
import { act, ada, bo, circleInPhase, maya, runningCircle, seatedCircle, viewAs } from './test-circle';

describe('micHeldByFloor: exactly those the SFU pauses for the floor', () => {
  it('holds no one before the start, in open phases, or after the end', () => {
    expect(micHeldByFloor(viewAs(seatedCircle(), bo))).toBe(false);
    expect(micHeldByFloor(viewAs(circleInPhase('break'), bo))).toBe(false);
    expect(micHeldByFloor(viewAs(act(runningCircle(), { type: 'session.end' }), bo))).toBe(false);
  });

  it('holds listeners in a round, not the speaker, and lets it go when the turn comes', () => {
    const state = runningCircle('council');
    expect(micHeldByFloor(viewAs(state, maya))).toBe(false);
    expect(micHeldByFloor(viewAs(state, bo))).toBe(true);
    expect(micHeldByFloor(viewAs(act(state, { type: 'turn.done' }, maya), bo))).toBe(false);
  });

  it('lets facilitators speak unless they switched that off, and holds everyone in silence otherwise', () => {
    const state = runningCircle('council');
    expect(micHeldByFloor(viewAs(state, ada))).toBe(false);
    expect(micHeldByFloor(viewAs(act(state, { type: 'facilitatorMaySpeak.set', enabled: false }), ada))).toBe(true);
    const silence = circleInPhase('silence', 'council');
    expect(micHeldByFloor(viewAs(silence, bo))).toBe(true);
  });
});
