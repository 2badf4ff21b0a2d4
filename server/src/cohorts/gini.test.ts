import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gini } from './gini';

describe('gini', () => {
  it.each<[string, number[], number | null]>([
    ['nothing to compare', [], null],
    ['a single amount', [5], null],
    ['all zero', [0, 0, 0], null],
    ['all equal', [3, 3, 3, 3], 0],
    ['one of two has it all', [1, 0], 0.5],
    ['one of four has it all', [0, 7, 0, 0], 0.75],
    ['one speaks twice as long as five others', [2, 1, 1, 1, 1, 1], 10 / 84],
    ['one speaks three times as long as five others', [3, 1, 1, 1, 1, 1], 20 / 96],
    ['a steady spread', [1, 2, 3, 4], 0.25],
  ])('%s', (_label, amounts, expected) => {
    const result = gini(amounts);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 10);
  });

  it('matches the pairwise definition, ignores order and scale, and stays within [0, (n − 1) / n]', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 2, maxLength: 10 }), fc.integer({ min: 1, max: 1000 }), (amounts, scale) => {
        const total = amounts.reduce((sum, amount) => sum + amount, 0);
        fc.pre(total > 0);
        const pairwise = amounts.reduce((sum, a) => sum + amounts.reduce((inner, b) => inner + Math.abs(a - b), 0), 0) / (2 * amounts.length * total);
        const result = gini(amounts) ?? Number.NaN;
        expect(result).toBeCloseTo(pairwise, 9);
        expect(gini([...amounts].reverse())).toBeCloseTo(result, 9);
        expect(gini(amounts.map((amount) => amount * scale))).toBeCloseTo(result, 9);
        expect(result).toBeGreaterThanOrEqual(-1e-12);
        expect(result).toBeLessThanOrEqual((amounts.length - 1) / amounts.length + 1e-12);
      }),
    );
  });
});
