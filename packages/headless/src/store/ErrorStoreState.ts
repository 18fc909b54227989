import type { StoreApi } from 'zustand/vanilla';
import type { ApiError } from '../ApiError.js';
import type { FundsFigures } from './readFundsFigures.js';
import type { QuotaFigures } from './readQuotaFigures.js';

/** Where a reported error is shown (see UI.md): a toast, a sticky banner, or only in the history. */
export type ErrorSurface = 'toast' | 'banner' | 'record';

/** The sticky states that `resolve(key)` accepts besides query keys. */
export type StickyKey = 'rate_limited' | 'insufficient_funds' | 'quota' | 'offline' | 'unauthenticated';

/** What the caller knows about a report besides the error itself. */
export interface ReportMeta {
  /**
   * Ties the entry to something that can recover (TanStack's query hash): `resolve(resolveKey)`
   * removes the toast when it does.
   */
  resolveKey?: string;
  /** App-written copy that replaces the default title of this entry (from `meta.errata.message`). */
  message?: string;
  /**
   * Set the sticky banner state and keep a history entry, but never toast.
   * @defaultValue false
   */
  silent?: boolean;
  /**
   * `false` keeps a toastable error out of the toasts (recorded in the history only).
   * Validation, sticky and `unauthenticated` errors are never toasts, whatever this says.
   * @defaultValue true
   */
  toast?: boolean;
  /** Where the error came from; shown in the history. @defaultValue 'manual' */
  source?: 'query' | 'mutation' | 'manual';
  /** Runs the failed work again (a refetch); a toaster shows "Retry" when present. */
  retry?: () => void;
}

/** One deduplicated error: the same kind + code + message reported again bumps `count`. */
export interface ErrorEntry {
  id: string;
  /** Deduplication key: surface + kind + code + message. */
  key: string;
  error: ApiError;
  surface: ErrorSurface;
  count: number;
  firstSeenAt: number;
  lastSeenAt: number;
  /** Query hashes (or other keys) whose recovery removes this toast. */
  resolveKeys: readonly string[];
  source: 'query' | 'mutation' | 'manual';
  /** App-written copy that replaces the default title. */
  message?: string;
  retry?: () => void;
  /** What happened to a toast: `visible`/`queued` while shown, then `dismissed` or `resolved`. */
  status: 'visible' | 'queued' | 'dismissed' | 'resolved' | 'recorded';
}

/** The insufficient-funds banner state: the error plus any figures the server sent. */
export interface FundsState extends FundsFigures {
  error: ApiError;
}

/** The quota banner state: the error plus `used` / `limit` / `metric` when the server sent them. */
export interface QuotaState extends QuotaFigures {
  error: ApiError;
}

/** Data and actions of the error store. Read it with selectors. */
export interface ErrorStoreState {
  /** Visible toasts, newest first, at most `maxVisible`. */
  toasts: readonly ErrorEntry[];
  /** Toasts waiting for room, oldest first; never dropped. */
  queue: readonly ErrorEntry[];
  /** Recent entries of every surface, newest first (by first report), at most `historyLimit`. */
  history: readonly ErrorEntry[];
  /** Epoch ms until which requests are rate limited; compare with now, it may lie in the past. */
  rateLimitedUntil: number | null;
  /** The error that started the current rate limit. */
  rateLimitError: ApiError | null;
  insufficientFunds: FundsState | null;
  quota: QuotaState | null;
  offline: boolean;
  /** The last `unauthenticated` error until resolved; the app's sign-in flow takes over. */
  unauthenticated: ApiError | null;

  /** Normalizes and records an error; returns the entry id, or `undefined` for `aborted`. */
  report: (error: unknown, meta?: ReportMeta) => string | undefined;
  /** Removes a toast (visible or queued); the oldest queued one moves up. */
  dismiss: (id: string) => void;
  /** Clears a sticky state (`'insufficient_funds'`, …) or the toasts tied to a resolve key. */
  resolve: (key: StickyKey | (string & {})) => void;
  /** Driven by the browser's online/offline events. */
  setOnline: (online: boolean) => void;
  /** Removes every toast, sticky state and history entry. */
  clear: () => void;
  /** Publishes pending changes now instead of at the end of the microtask (tests, SSR). */
  flush: () => void;
}

/** A zustand vanilla store holding `ErrorStoreState`. */
export type ErrorStore = StoreApi<ErrorStoreState>;

/** Options of `createErrorStore`. */
export interface ErrorStoreOptions {
  /**
   * How many toasts are visible at once; the rest wait in `queue`.
   * @defaultValue 3
   */
  maxVisible?: number;
  /**
   * How many entries the history keeps.
   * @defaultValue 50
   */
  historyLimit?: number;
  /**
   * During a storm, changes that only bump counts or grow the queue are published at most this often.
   * @defaultValue 250
   */
  throttleMs?: number;
  /**
   * How long a rate limit lasts when the server did not say.
   * @defaultValue 30000
   */
  defaultRateLimitMs?: number;
  /** Called when an `unauthenticated` error arrives while none is pending (start a sign-in flow). */
  onUnauthenticated?: (error: ApiError) => void;
  /**
   * The clock, for tests.
   * @defaultValue Date.now
   */
  now?: () => number;
}
