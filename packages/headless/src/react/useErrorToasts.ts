import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ErrorEntry } from '../store/ErrorStoreState.js';
import { useErrata } from './useErrata.js';
import { useErrataStore } from './useErrataStore.js';

/** The toast queue for any toaster. */
export interface ErrorToastsView {
  /** Shown now, newest first. */
  visible: readonly ErrorEntry[];
  /** Waiting for room, oldest first. */
  queued: readonly ErrorEntry[];
  dismiss: (id: string) => void;
  /** Runs the entry's retry (a refetch) when it has one; `false` when it has none. */
  retry: (id: string) => boolean;
}

/**
 * The visible and queued error toasts, with dismiss and retry. Re-renders only when the toasts change,
 * never for banner states.
 *
 * @example
 * const { visible, dismiss } = useErrorToasts();
 * return visible.map((toast) => <Toast key={toast.id} entry={toast} onDismiss={() => dismiss(toast.id)} />);
 */
export function useErrorToasts(): ErrorToastsView {
  const { store } = useErrata();
  const { visible, queued } = useErrataStore(useShallow((state) => ({ visible: state.toasts, queued: state.queue })));
  return useMemo(
    () => ({
      visible,
      queued,
      dismiss: (id: string) => store.getState().dismiss(id),
      retry: (id: string) => {
        const { toasts, queue } = store.getState();
        const entry = toasts.find((toast) => toast.id === id) ?? queue.find((toast) => toast.id === id);
        if (entry?.retry === undefined) return false;
        entry.retry();
        return true;
      },
    }),
    [visible, queued, store],
  );
}
