import { describe, expect, it } from 'vitest';
import { RequestBudgets, requestBudgetFor } from './request-budget';

function budgets() {
  let now = 0;
  const budget = new RequestBudgets(requestBudgetFor(10, 2, () => now));
  return { budget, advance: (ms: number) => (now += ms) };
}

const takeMany = (budget: RequestBudgets, count: number, isCommand = false) =>
  Array.from({ length: count }, () => budget.take('maya', isCommand));

describe('RequestBudgets', () => {
  it('lets a burst through, then refills at the set rate', () => {
    const { budget, advance } = budgets();
    expect(takeMany(budget, 30).every((verdict) => verdict === 'accept')).toBe(true);
    expect(budget.take('maya', false)).toBe('refuse');
    advance(1_000);
    expect(takeMany(budget, 10).every((verdict) => verdict === 'accept')).toBe(true);
    expect(budget.take('maya', false)).toBe('refuse');
  });

  it('holds circle commands to their own, smaller budget', () => {
    const { budget } = budgets();
    expect(takeMany(budget, 6, true).every((verdict) => verdict === 'accept')).toBe(true);
    expect(budget.take('maya', true)).toBe('refuse');
    expect(budget.take('maya', false)).toBe('accept');
  });

  it('keeps participants apart', () => {
    const { budget } = budgets();
    takeMany(budget, 40);
    expect(budget.take('ravi', false)).toBe('accept');
  });

  it('cuts off whoever keeps going after being refused, refuses what is still on its way, and lets them back later', () => {
    const { budget, advance } = budgets();
    const verdicts = takeMany(budget, 30 + 200);
    expect(verdicts.at(-1)).toBe('cut-off');
    expect(verdicts.filter((verdict) => verdict === 'cut-off')).toHaveLength(1);
    expect(budget.isBlocked('maya')).toBe(true);
    expect(budget.take('maya', false)).toBe('refuse');
    advance(30_001);
    expect(budget.isBlocked('maya')).toBe(false);
    expect(budget.take('maya', false)).toBe('accept');
  });

  it('forgives occasional refusals spread over time', () => {
    const { budget, advance } = budgets();
    takeMany(budget, 30);
    for (let second = 0; second < 60; second += 1) {
      advance(1_000);
      expect(takeMany(budget, 12)).not.toContain('cut-off');
    }
  });
});
