import type { ErrorStore } from '../store/ErrorStoreState.js';

/** Drives the store's `offline` state from the window's online/offline events; returns the cleanup. */
export function listenOnline(store: ErrorStore, target: Window | undefined = typeof window === 'undefined' ? undefined : window): () => void {
  if (target === undefined) return () => {};
  const update = (): void => store.getState().setOnline(target.navigator.onLine !== false);
  if (target.navigator.onLine === false) update();
  target.addEventListener('online', update);
  target.addEventListener('offline', update);
  return () => {
    target.removeEventListener('online', update);
    target.removeEventListener('offline', update);
  };
}
