import { describe, expect, it } from 'vitest';
import { ForwardedVoice } from './forwarded-voice';

const INTERVAL = 500;
const T = 1_000_000;

/** The observer's reports that find `who` speaking, from `from` to `to`; returns the voice credited. */
function heardEvery(voice: ForwardedVoice, who: string, from: number, to: number, step = INTERVAL): number {
  let credited = 0;
  for (let at = from; at <= to; at += step) credited += voice.report([who], at).get(who) ?? 0;
  return credited;
}

describe('ForwardedVoice', () => {
  it('credits a whole turn of continuous voice, edges included, when the floor moves on', () => {
    const voice = new ForwardedVoice(INTERVAL);
    voice.report([], T - 500);
    // The turn starts 300 ms before a report and ends 200 ms after one: 3,000 ms forwarded.
    voice.started('ines', T - 300);
    const reported = heardEvery(voice, 'ines', T, T + 2_500);
    expect(reported + voice.stopped('ines', T + 2_700, true)).toBe(3_000);
  });

  it("fills a turn's first interval, too short for the observer to judge, from the report after it", () => {
    const voice = new ForwardedVoice(INTERVAL);
    voice.report(['maya'], T - 500);
    voice.started('ines', T - 100);
    voice.report(['maya'], T); // Ines: fewer than 200 ms of packets, not judged
    expect(voice.report(['ines'], T + INTERVAL).get('ines')).toBe(600);
  });

  it('counts a report the worker sent late as covering all the time since its previous one', () => {
    const voice = new ForwardedVoice(INTERVAL);
    voice.started('ravi', T - 10_000);
    voice.report(['ravi'], T);
    expect([T + 1_435, T + 1_545, T + 2_000].map((at) => voice.report(['ravi'], at).get('ravi'))).toEqual([1_435, 110, 455]);
  });

  it('credits only the last interval after the voice was not heard', () => {
    const voice = new ForwardedVoice(INTERVAL);
    voice.started('ravi', T - 10_000);
    voice.report(['ravi'], T - 3_000);
    voice.report([], T - 2_500); // silence, then no reports while it lasts
    expect(voice.report(['ravi'], T).get('ravi')).toBe(500);
    voice.report(['ines'], T + 500); // someone else heard, Ravi not
    expect(voice.report(['ravi'], T + 1_500).get('ravi')).toBe(500);
  });

  it('counts nothing while paused, and no moment twice', () => {
    const voice = new ForwardedVoice(INTERVAL);
    voice.started('maya', T - 5_000);
    voice.report([], T - 900);
    expect(voice.report(['maya'], T - 400).get('maya')).toBe(500);
    expect(voice.stopped('maya', T - 300, true)).toBe(100);
    expect(voice.report(['maya'], T).get('maya')).toBe(0);
    expect(voice.report(['maya'], T + 500).get('maya')).toBe(0);
    expect(voice.report(['nobody'], T + 1_000).get('nobody')).toBe(0);
  });

  it('credits no tail for a microphone its owner muted: it fell silent before the SFU paused it', () => {
    const voice = new ForwardedVoice(INTERVAL);
    voice.started('ravi', T - 5_000);
    voice.report(['ravi'], T);
    expect(voice.stopped('ravi', T + 400, false)).toBe(0);
  });

  it('credits no tail when the voice was not in the latest report', () => {
    const voice = new ForwardedVoice(INTERVAL);
    voice.started('ravi', T - 5_000);
    voice.report(['ravi'], T - 500);
    voice.report(['ines'], T);
    expect(voice.stopped('ravi', T + 100, true)).toBe(0);
  });

  it('adds up a floor that moves away and back within one interval', () => {
    const voice = new ForwardedVoice(INTERVAL);
    voice.started('ines', T - 5_000);
    voice.report(['ines'], T - 500);
    voice.stopped('ines', T - 400, false);
    voice.started('ines', T - 150);
    expect(voice.report(['ines'], T).get('ines')).toBe(250);
  });

  it('keeps a second start from moving the first', () => {
    const voice = new ForwardedVoice(INTERVAL);
    voice.report([], T - 500);
    voice.started('ines', T - 400);
    voice.started('ines', T - 100);
    expect(voice.report(['ines'], T).get('ines')).toBe(400);
  });
});
