import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { ApiError } from '../ApiError.js';
import type { MessageOverrides, TranslateFn } from '../messages/ErrorMessage.js';
import { createErrorStore } from '../store/createErrorStore.js';
import type { ErrorStore } from '../store/ErrorStoreState.js';
import { connectQueryClient } from './connectQueryClient.js';
import { ErrataContext } from './ErrataContext.js';
import type { ErrataContextValue } from './ErrataContext.js';
import { listenOnline } from './listenOnline.js';

/** Props of `<ErrataProvider>`. */
export interface ErrataProviderProps {
  /** The app's QueryClient: its final query and mutation failures reach the store. Omit to report by hand. */
  client?: QueryClient;
  /**
   * The error store; pass one to report from outside React.
   * @defaultValue a store of its own, made once with `createErrorStore()`
   */
  store?: ErrorStore;
  /** The app's own words by kind or vendor code (see `getErrorMessage`); keep the object stable (module scope or useMemo). */
  messages?: MessageOverrides;
  /** Translation function for every default text (see `TranslateFn`). */
  t?: TranslateFn;
  /** Called when an `unauthenticated` error arrives while none is pending: start the sign-in flow. */
  onUnauthenticated?: (error: ApiError) => void;
  /**
   * Toast a query's failure when it has no data yet; normally the component shows it inline.
   * @defaultValue false
   */
  reportFirstLoadErrors?: boolean;
  children?: ReactNode;
}

/**
 * Connects TanStack Query, the browser's online state and the error store, and gives the hooks
 * their store and copy settings. Per query, `meta: { errata: false }` opts out and
 * `meta: { errata: { silent: true, message: '…' } }` keeps it out of toasts or sets its words.
 *
 * @example
 * <QueryClientProvider client={queryClient}>
 *   <ErrataProvider client={queryClient} onUnauthenticated={() => navigate('/sign-in')}>
 *     <App />
 *   </ErrataProvider>
 * </QueryClientProvider>
 */
export function ErrataProvider(props: ErrataProviderProps) {
  const { client, messages, t, onUnauthenticated, reportFirstLoadErrors = false, children } = props;
  const [ownStore] = useState(() => props.store ?? createErrorStore());
  const store = props.store ?? ownStore;

  useEffect(
    () => (client === undefined ? undefined : connectQueryClient(client, store, { reportFirstLoadErrors })),
    [client, store, reportFirstLoadErrors],
  );
  useEffect(() => listenOnline(store), [store]);

  // The latest callback without resubscribing on every render.
  const onUnauthenticatedRef = useRef(onUnauthenticated);
  useEffect(() => {
    onUnauthenticatedRef.current = onUnauthenticated;
  }, [onUnauthenticated]);
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.unauthenticated !== null && state.unauthenticated !== previous.unauthenticated) {
          onUnauthenticatedRef.current?.(state.unauthenticated);
        }
      }),
    [store],
  );

  const value = useMemo<ErrataContextValue>(() => {
    const shared: ErrataContextValue = { store };
    if (client !== undefined) shared.client = client;
    if (messages !== undefined) shared.messages = messages;
    if (t !== undefined) shared.t = t;
    return shared;
  }, [store, client, messages, t]);

  return <ErrataContext.Provider value={value}>{children}</ErrataContext.Provider>;
}
