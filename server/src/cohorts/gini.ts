/**
 * Gini coefficient of non-negative amounts: 0 when all are equal, (n − 1) / n when one holds
 * everything. Null when there is nothing to compare (fewer than two amounts, or all zero).
 */
export function gini(amounts: readonly number[]): number | null {
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  if (amounts.length < 2 || total <= 0) return null;
  // Sorted ascending, Σᵢ Σⱼ |xᵢ − xⱼ| = 2 Σᵢ (2i − n + 1) xᵢ, so no n² loop is needed.
  const sorted = [...amounts].sort((a, b) => a - b);
  const weighted = sorted.reduce((sum, amount, i) => sum + (2 * i - sorted.length + 1) * amount, 0);
  return weighted / (sorted.length * total);
}
