import { updateSlice } from './store';

export interface UiState {
  /** The latest message for screen readers; `sequence` makes a repeated message announce again. */
  announcement: { text: string; sequence: number; urgency: 'polite' | 'assertive' };
}


export function announce(text: string, urgency: 'polite' | 'assertive' = 'polite'): void {
  updateSlice('ui', (ui) => ({ ...ui, announcement: { text, sequence: ui.announcement.sequence + 1, urgency } }));
}
