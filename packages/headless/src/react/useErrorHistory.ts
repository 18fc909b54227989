import type { ErrorEntry } from '../store/ErrorStoreState.js';
import { useErrataStore } from './useErrataStore.js';

/**
 * Recent errors of every surface (toasts, banners, field errors), newest first, for a
 * "recent problems" panel or a support view.
 *
 * @example
 * const history = useErrorHistory();
 * return <ul>{history.map((entry) => <li key={entry.id}>{entry.error.kind} ×{entry.count}</li>)}</ul>;
 */
export function useErrorHistory(): readonly ErrorEntry[] {
  return useErrataStore((state) => state.history);
}
