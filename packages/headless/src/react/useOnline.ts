import { useErrataStore } from './useErrataStore.js';

/**
 * `false` while the browser is offline or requests fail for lack of a network; `true` again when
 * the window's `online` event fires or a request succeeds.
 *
 * @example
 * const online = useOnline();
 * if (!online) return <OfflineBanner />;
 */
export function useOnline(): boolean {
  return !useErrataStore((state) => state.offline);
}
