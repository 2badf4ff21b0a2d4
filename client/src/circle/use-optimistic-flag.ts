import { useOptimisticValue } from './use-optimistic-value';

/** A checkbox for state the server owns: see `useOptimisticValue`. */
export function useOptimisticFlag(confirmed: boolean, commit: (value: boolean) => Promise<boolean>): [boolean, (value: boolean) => void] {
  return useOptimisticValue(confirmed, commit);
}
