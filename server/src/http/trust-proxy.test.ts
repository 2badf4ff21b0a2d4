import { describe, expect, it } from 'vitest';
import { trustProxyOption } from './trust-proxy';

describe('trustProxyOption', () => {
  it('passes flags and address lists through', () => {
    expect(trustProxyOption(false)).toBe(false);
    expect(trustProxyOption(true)).toBe(true);
    expect(trustProxyOption(['127.0.0.1', '10.0.0.0/8'])).toEqual(['127.0.0.1', '10.0.0.0/8']);
  });

  it('trusts exactly the given number of hops for a count', () => {
    const trust = trustProxyOption(1) as (address: string, hop: number) => boolean;
    expect([0, 1, 2].map((hop) => trust('10.0.0.1', hop))).toEqual([true, false, false]);
  });
});
