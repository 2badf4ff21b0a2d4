import { useState } from 'react';

/**
 * A checkbox for state the server owns: it shows the click at once, then gives way as soon as the
 * server's value changes (the confirmation) or the command fails. Without it the box would not
 * tick until the round trip ended.
 */
export function useOptimisticFlag(confirmed: boolean, commit: (value: boolean) => Promise<boolean>): [boolean, (value: boolean) => void] {
  const [local, setLocal] = useState<{ basis: boolean; value: boolean } | null>(null);
  const shown = local && local.basis === confirmed ? local.value : confirmed;
  const change = (value: boolean) => {
    setLocal({ basis: confirmed, value });
    void commit(value).then((accepted) => {
      if (!accepted) setLocal(null);
    });
  };
  return [shown, change];
}
