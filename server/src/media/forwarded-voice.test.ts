import { describe, expect, it } from 'vitest';
import { ForwardedVoice } from './forwarded-voice';

const INTERVAL = 500;
const T = 1_000_000;

/** Reports every interval for `ms` from `from` (the observer's timer), returning the voice credited. */
function reportEvery(voice: ForwardedVoice, who: string, from: number, to: number, step = INTERVAL): number {
  let credited = 0;
  for (let at = from; at <= to; at += step) credited += voice.heard(who, at);
  return credited;
}

describe('ForwardedVoice', () => {
  it('credits a whole turn of continuous voice, edges included, when the floor moves on', () => {
    const voice = new ForwardedVoice(INTERVAL);
    // The turn starts 300 ms before a report and ends 150 ms after one: 3,000 ms forwarded.
    voice.started('ines', T - 300);
    const reported = reportEvery(voice, 'ines', T, T + 2_500);
    expect(reported + voice.stopped('ines', T + 2_700, true)).toBe(3_000);
  });

  it('fills the first interval of a turn, too short for the observer to judge, from the report after it', () => {
    const voice = new ForwardedVoice(INTERVAL);
    voice.started('ines', T - 100); // unjudged: fewer than 200 ms of packets before the first report
    expect(voice.heard('ines', T + INTERVAL)).toBe(600);
  });

  it('counts reports that arrive late as covering all the time between them', () => {
    const voice = new ForwardedVoice(INTERVAL);
    voice.started('ravi', T - 10_000);
    voice.heard('ravi', T);
    expect([voice.heard('ravi', T + 710), voice.heard('ravi', T + 990), voice.heard('ravi', T + 1_500)]).toEqual([710, 280, 510]);
  });

  it('credits only the last interval after a silence', () => {
    const voice = new ForwardedVoice(INTERVAL);
    voice.started('ravi', T - 10_000);
    voice.heard('ravi', T - 5_000);
    expect(voice.heard('ravi', T)).toBe(500);
  });

  it('counts nothing while paused, and no moment twice', () => {
    const voice = new ForwardedVoice(INTERVAL);
    voice.started('maya', T - 5_000);
    expect(voice.heard('maya', T - 400)).toBe(500);
    expect(voice.stopped('maya', T - 300, true)).toBe(100);
    expect(voice.heard('maya', T)).toBe(0);
    expect(voice.heard('maya', T + 500)).toBe(0);
    expect(voice.heard('nobody', T)).toBe(0);
  });

  it('credits no tail for a microphone its owner muted: it fell silent before the SFU paused it', () => {
    const voice = new ForwardedVoice(INTERVAL);
    voice.started('ravi', T - 5_000);
    voice.heard('ravi', T);
    expect(voice.stopped('ravi', T + 400, false)).toBe(0);
  });

  it('credits no tail when the voice was not heard in the interval before the pause', () => {
    const voice = new ForwardedVoice(INTERVAL);
    voice.started('ravi', T - 5_000);
    voice.heard('ravi', T - 2_000);
    expect(voice.stopped('ravi', T, true)).toBe(0);
    expect(voice.stopped('ravi', T + 10, true)).toBe(0);
  });

  it('adds up a floor that moves away and back within one interval', () => {
    const voice = new ForwardedVoice(INTERVAL);
    voice.started('ines', T - 5_000);
    voice.heard('ines', T - 500);
    voice.stopped('ines', T - 400, false);
    voice.started('ines', T - 150);
    expect(voice.heard('ines', T)).toBe(250);
  });

  it('keeps a second start from moving the first', () => {
    const voice = new ForwardedVoice(INTERVAL);
    voice.started('ines', T - 400);
    voice.started('ines', T - 100);
    expect(voice.heard('ines', T)).toBe(400);
  });
});
