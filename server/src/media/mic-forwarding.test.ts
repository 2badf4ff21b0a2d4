import { describe, expect, it } from 'vitest';
import { MicForwarding } from './mic-forwarding';

const T = 1_000_000;

describe('MicForwarding', () => {
  it.each([
    ['forwarded throughout the interval', [[T - 2_000, null]], 500],
    ['resumed 200 ms into the interval', [[T - 300, null]], 300],
    ['paused 150 ms into the interval', [[T - 5_000, T - 350]], 150],
    ['resumed and paused again inside the interval', [[T - 400, T - 100]], 300],
    ['paused before the interval began', [[T - 5_000, T - 600]], 0],
    ['two turns, each touching the interval', [[T - 900, T - 400], [T - 200, null]], 300],
  ] as const)('credits only the forwarded part of an interval: %s', (_case, spans, expected) => {
    const forwarding = new MicForwarding();
    for (const [from, to] of spans) {
      forwarding.started('ravi', from);
      if (to !== null) forwarding.stopped('ravi', to);
    }
    expect(forwarding.forwardedMs('ravi', T - 500, T)).toBe(expected);
  });

  it('counts nothing for a microphone never forwarded, or someone else', () => {
    const forwarding = new MicForwarding();
    forwarding.started('ines', T - 1_000);
    expect(forwarding.forwardedMs('ravi', T - 500, T)).toBe(0);
    expect(forwarding.isForwarding('ravi')).toBe(false);
    expect(forwarding.isForwarding('ines')).toBe(true);
  });

  it('keeps the first start of a span and ignores a stop without a start', () => {
    const forwarding = new MicForwarding();
    forwarding.stopped('ravi', T - 800);
    forwarding.started('ravi', T - 400);
    forwarding.started('ravi', T - 100);
    expect(forwarding.forwardedMs('ravi', T - 500, T)).toBe(400);
    forwarding.stopped('ravi', T);
    expect(forwarding.isForwarding('ravi')).toBe(false);
    expect(forwarding.forwardedMs('ravi', T - 500, T + 500)).toBe(400);
  });

  it('forgets spans long finished, without losing recent ones', () => {
    const forwarding = new MicForwarding();
    for (let turn = 0; turn < 100; turn += 1) {
      forwarding.started('ravi', T + turn * 1_000);
      forwarding.stopped('ravi', T + turn * 1_000 + 500);
    }
    expect(forwarding.forwardedMs('ravi', T, T + 100_000)).toBe(10 * 500);
    expect(forwarding.forwardedMs('ravi', T + 99_000, T + 99_500)).toBe(500);
  });
});
