import { useState } from 'react';

/**
 * Shows a reordered list at once while the server confirms it. The local order is tied to the server
 * order it started from, so it gives way as soon as a new server order arrives, or when the command fails.
 */
export function useOptimisticOrder(
  serverOrder: readonly string[],
  commit: (order: string[]) => Promise<boolean>,
): [readonly string[], (order: string[]) => void] {
  const basis = serverOrder.join('\n');
  const [local, setLocal] = useState<{ basis: string; order: string[] } | null>(null);
  const shown = local && local.basis === basis ? local.order : serverOrder;
  const reorder = (order: string[]) => {
    setLocal({ basis, order });
    void commit(order).then((accepted) => {
      if (!accepted) setLocal(null);
    });
  };
  return [shown, reorder];
}
