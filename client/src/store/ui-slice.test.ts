import { beforeEach, describe, expect, it } from 'vitest';
import { initialUiState, useAppStore } from './store';
import { dismissToast, maxToasts, notify } from './ui-slice';

const ui = () => useAppStore.getState().ui;

describe('notify', () => {
  beforeEach(() => useAppStore.setState({ ui: initialUiState }));

  it('shows a toast and announces the same words', () => {
    notify('Ravi Patel joined');
    expect(ui().toasts.map((toast) => toast.text)).toEqual(['Ravi Patel joined']);
    expect(ui().announcement).toMatchObject({ text: 'Ravi Patel joined', urgency: 'polite' });
  });

  it('keeps the newest few, and dismisses one by id', () => {
    for (let n = 1; n <= maxToasts + 2; n += 1) notify(`Person ${n} joined`);
    expect(ui().toasts.map((toast) => toast.text)).toEqual(['Person 3 joined', 'Person 4 joined', 'Person 5 joined']);
    const [first] = ui().toasts;
    dismissToast(first!.id);
    expect(ui().toasts.map((toast) => toast.text)).toEqual(['Person 4 joined', 'Person 5 joined']);
  });

  it('gives a repeated message its own toast', () => {
    notify('Ines left');
    notify('Ines left');
    const [a, b] = ui().toasts;
    expect(a!.id).not.toBe(b!.id);
  });
});
