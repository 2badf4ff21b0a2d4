import { useRef } from 'react';
import type { CircleSessionView } from '@peercircle/shared';
import { useAppStore } from '../store/store';
import { structurallyEqual } from './structural-equal';

const noView = Symbol('no circle session view');

/**
 * Selects part of the circle view for the circle's components, which render only while a view exists.
 * Every update brings a whole new view, so a result equal by value to the last one is kept: the
 * component re-renders only when its part changed, and derived objects stay stable snapshots.
 */
export function useCircle<T>(select: (view: CircleSessionView) => T): T {
  const previous = useRef<T | typeof noView>(noView);
  const selected = useAppStore((state) => {
    const next = state.session.view ? select(state.session.view) : noView;
    if (previous.current !== noView && next !== noView && structurallyEqual(previous.current, next)) return previous.current;
    previous.current = next;
    return next;
  });
  if (selected === noView) throw new Error('useCircle outside a circle session');
  return selected;
}
