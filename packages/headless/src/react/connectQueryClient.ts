import type { QueryClient } from '@tanstack/react-query';
import { normalizeError } from '../normalize/normalizeError.js';
import type { ErrorStore, ReportMeta } from '../store/ErrorStoreState.js';
import { STICKY_KINDS } from '../store/surfaceFor.js';
import type { ErrorKind } from '../types.js';
import { readErrataMeta } from './readErrataMeta.js';

/** Options of `connectQueryClient`. */
export interface ConnectQueryClientOptions {
  /**
   * Toast a query's failure even when it has no data yet (normally the component shows it inline).
   * @defaultValue false
   */
  reportFirstLoadErrors?: boolean;
}

/** Mutation failures the form or the component already shows beside what the person did. */
const INLINE_MUTATION_KINDS: ReadonlySet<ErrorKind> = new Set<ErrorKind>(['forbidden', 'not_found', 'conflict']);

/** TanStack's CancelledError, recognised without importing TanStack at runtime (it is an optional peer). */
function isCancelled(error: unknown): boolean {
  return error instanceof Error && error.message === 'CancelledError' && 'revert' in error;
}

/**
 * Sends a QueryClient's final failures to the error store, and resolves toasts when their query
 * recovers. Returns the function that disconnects it. `ErrataProvider` calls this for you.
 *
 * @example
 * const disconnect = connectQueryClient(queryClient, store, { reportFirstLoadErrors: false });
 */
export function connectQueryClient(
  client: QueryClient,
  store: ErrorStore,
  options: ConnectQueryClientOptions = {},
): () => void {
  const recovered = (): void => {
    // A response arrived, so a network error's "offline" no longer holds.
    if (store.getState().offline && (typeof navigator === 'undefined' || navigator.onLine !== false)) {
      store.getState().setOnline(true);
    }
  };

  const stopQueries = client.getQueryCache().subscribe((event) => {
    if (event.type === 'removed') {
      store.getState().resolve(event.query.queryHash);
      return;
    }
    if (event.type !== 'updated') return;
    const { query, action } = event;
    if (action.type === 'success') {
      store.getState().resolve(query.queryHash);
      recovered();
      return;
    }
    // 'error' is dispatched once, after the last retry; 'failed' marks each attempt.
    if (action.type !== 'error' || isCancelled(action.error)) return;
    const settings = readErrataMeta(query.meta);
    if (settings === false) return;
    const background = query.state.data !== undefined;
    const meta: ReportMeta = {
      source: 'query',
      resolveKey: query.queryHash,
      toast: background || (settings?.reportFirstLoad ?? options.reportFirstLoadErrors ?? false),
      retry: () => void client.refetchQueries({ queryKey: query.queryKey, exact: true }),
    };
    if (settings?.silent !== undefined) meta.silent = settings.silent;
    if (settings?.message !== undefined) meta.message = settings.message;
    store.getState().report(action.error, meta);
  });

  const stopMutations = client.getMutationCache().subscribe((event) => {
    if (event.type !== 'updated') return;
    const { mutation, action } = event;
    if (action.type === 'success') {
      recovered();
      return;
    }
    if (action.type !== 'error' || isCancelled(action.error)) return;
    const settings = readErrataMeta(mutation.meta);
    if (settings === false) return;
    const error = normalizeError(action.error);
    // The form shows validation errors; nobody else should.
    if (error.kind === 'validation') return;
    const meta: ReportMeta = {
      source: 'mutation',
      // A mutation is never re-sent without the person, so its toast carries no retry.
      toast: !INLINE_MUTATION_KINDS.has(error.kind) && !STICKY_KINDS.has(error.kind),
    };
    if (settings?.silent !== undefined) meta.silent = settings.silent;
    if (settings?.message !== undefined) meta.message = settings.message;
    store.getState().report(error, meta);
  });

  return () => {
    stopQueries();
    stopMutations();
  };
}
