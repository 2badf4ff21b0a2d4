import { describe, expect, it } from 'vitest';
import { structurallyEqual } from './structural-equal';

describe('structurallyEqual', () => {
  it('compares nested objects and arrays by value', () => {
    expect(structurallyEqual({ hand: { raised: true, position: 2 }, ids: ['a'] }, { hand: { raised: true, position: 2 }, ids: ['a'] })).toBe(true);
    expect(structurallyEqual({ hand: { raised: true } }, { hand: { raised: false } })).toBe(false);
    expect(structurallyEqual(['a', 'b'], ['a'])).toBe(false);
  });

  it('tells missing keys from undefined ones, and null from objects', () => {
    expect(structurallyEqual({ a: undefined }, { b: undefined })).toBe(false);
    expect(structurallyEqual(null, {})).toBe(false);
    expect(structurallyEqual(Number.NaN, Number.NaN)).toBe(true);
  });
});
