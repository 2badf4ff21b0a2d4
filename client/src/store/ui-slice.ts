import { updateSlice } from './store';

export interface Toast {
  id: number;
  text: string;
}

export interface UiState {
  /** The latest message for screen readers; `sequence` makes a repeated message announce again. */
  announcement: { text: string; sequence: number; urgency: 'polite' | 'assertive' };
  /** Notices on screen (arrivals, admissions), newest last; each was also announced. */
  toasts: Toast[];
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
