import { useEffect, useRef } from 'react';

/**
 * Keeps keyboard focus on a control that moved with its list item. React re-inserts moved DOM
 * nodes, which drops focus, so the control is focused again (by element id) once the new order renders.
 */
export function useFocusAfterReorder(order: readonly string[]): (elementId: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  }, [order]);
  return (elementId) => {
    pending.current = elementId;
  };
}
