import { useState } from 'react';

/**
 * A control for state the server owns (a checkbox, a choice): it shows the change at once, then
 * gives way as soon as the server's value changes (the confirmation) or the command fails. Without
 * it the control would not move until the round trip ended.
 */
export function useOptimisticValue<T>(confirmed: T, commit: (value: T) => Promise<boolean>): [T, (value: T) => void] {
  const [local, setLocal] = useState<{ basis: T; value: T } | null>(null);
  const shown = local && Object.is(local.basis, confirmed) ? local.value : confirmed;
  const change = (value: T) => {
    setLocal({ basis: confirmed, value });
    void commit(value).then((accepted) => {
      if (!accepted) setLocal(null);
    });
  };
  return [shown, change];
}
