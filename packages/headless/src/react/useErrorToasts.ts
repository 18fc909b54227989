import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { getErrorMessage } from '../messages/getErrorMessage.js';
import type { ErrorMessage } from '../messages/ErrorMessage.js';
import type { ErrorEntry } from '../store/ErrorStoreState.js';
import { useErrata } from './useErrata.js';
import { useErrataStore } from './useErrataStore.js';

/** A toast entry with the words to show for it: the app's `meta.errata.message` first, then the copy. */
export interface ErrorToast extends ErrorEntry, ErrorMessage {}

/** The toast queue for any toaster. */
export interface ErrorToastsView {
  /** Shown now, newest first, each with its `title` (and `description`) in the provider's words. */
  visible: readonly ErrorToast[];
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
  const { store, messages, t } = useErrata();
  const { visible: entries, queued } = useErrataStore(useShallow((state) => ({ visible: state.toasts, queued: state.queue })));
  // Words are resolved here, with the provider's overrides and translation, so every toaster agrees.
  const visible = useMemo(
    () =>
      entries.map((entry): ErrorToast => {
        const copy = getErrorMessage(entry.error, { messages, t });
        return { ...entry, ...copy, title: entry.message ?? copy.title };
      }),
    [entries, messages, t],
  );
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
