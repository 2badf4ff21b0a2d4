import { useEffect, useRef, type RefObject } from 'react';
import { useAppStore } from '../store/store';
import type { FocusTarget } from '../store/ui-slice';

/**
 * Focuses the element when a shortcut asks for `target`. Requests made before the element mounted are
 * old news: a control appearing with a new phase must not take focus from where the person is.
 */
export function useFocusOnRequest(target: FocusTarget, element: RefObject<HTMLElement | null>): void {
  const request = useAppStore((state) => state.ui.focusRequest);
  const handled = useRef(request?.sequence ?? 0);
  useEffect(() => {
    if (!request || request.target !== target || request.sequence <= handled.current) return;
    handled.current = request.sequence;
    element.current?.focus();
  }, [request, target, element]);
}
