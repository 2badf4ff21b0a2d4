import { updateSlice } from './store';

export interface Toast {
  id: number;
  text: string;
}

/** The facilitator console's collapsible sections, in the order they appear. */
export const consoleSectionIds = ['lobby', 'commitments', 'floor', 'hands', 'questions', 'speaking-order', 'timers', 'agenda', 'roles', 'people'] as const;
export type ConsoleSectionId = (typeof consoleSectionIds)[number];

/** Controls a keyboard shortcut can move focus to. */
export type FocusTarget = 'floor-chooser';

export interface UiState {
  /** The latest message for screen readers; `sequence` makes a repeated message announce again. */
  announcement: { text: string; sequence: number; urgency: 'polite' | 'assertive' };
  /** Notices on screen (arrivals, admissions), newest last; each was also announced. */
  toasts: Toast[];
  /** Sections the facilitator opened or closed; the others follow their default for the moment. */
  consoleSections: Partial<Record<ConsoleSectionId, boolean>>;
  /** Asks the named control to take focus; `sequence` repeats a request for the same target. */
  focusRequest: { target: FocusTarget; sequence: number } | null;
}

/** More would cover the video; the oldest gives way. */
export const maxToasts = 3;
let lastToastId = 0;

export function announce(text: string, urgency: 'polite' | 'assertive' = 'polite'): void {
  updateSlice('ui', (ui) => ({ ...ui, announcement: { text, sequence: ui.announcement.sequence + 1, urgency } }));
}

/** News worth seeing as well as hearing: a toast on screen, announced politely. */
export function notify(text: string): void {
  announce(text);
  lastToastId += 1;
  const toast = { id: lastToastId, text };
  updateSlice('ui', (ui) => ({ ...ui, toasts: [...ui.toasts, toast].slice(-maxToasts) }));
}

export function dismissToast(id: number): void {
  updateSlice('ui', (ui) => (ui.toasts.some((toast) => toast.id === id) ? { ...ui, toasts: ui.toasts.filter((toast) => toast.id !== id) } : ui));
}

export function clearToasts(): void {
  updateSlice('ui', (ui) => (ui.toasts.length === 0 ? ui : { ...ui, toasts: [] }));
}

export function setConsoleSectionOpen(id: ConsoleSectionId, open: boolean): void {
  updateSlice('ui', (ui) => ({ ...ui, consoleSections: { ...ui.consoleSections, [id]: open } }));
}

export function requestFocus(target: FocusTarget): void {
  updateSlice('ui', (ui) => ({ ...ui, focusRequest: { target, sequence: (ui.focusRequest?.sequence ?? 0) + 1 } }));
}
