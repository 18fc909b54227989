import { useStore } from 'zustand';
import type { ErrorStoreState } from '../store/ErrorStoreState.js';
import { useErrata } from './useErrata.js';

/**
 * Reads one slice of the provider's error store; the component re-renders only when that slice
 * changes (wrap object-returning selectors in zustand's `useShallow`).
 *
 * @example
 * const offline = useErrataStore((state) => state.offline);
 */
export function useErrataStore<T>(selector: (state: ErrorStoreState) => T): T {
  return useStore(useErrata().store, selector);
}
