import type { ApiError } from '../ApiError.js';
import { unrefTimer } from './createPublishScheduler.js';
import type { Urgency } from './createPublishScheduler.js';
import type { ErrorStoreOptions, ErrorStoreState, StickyKey } from './ErrorStoreState.js';
import { readFundsFigures } from './readFundsFigures.js';
import { readQuotaFigures } from './readQuotaFigures.js';
import { stickyKeyFor } from './surfaceFor.js';

/** The banner part of the store's state. */
export type StickyValues = Pick<
  ErrorStoreState,
  'rateLimitedUntil' | 'rateLimitError' | 'insufficientFunds' | 'quota' | 'offline' | 'unauthenticated'
>;

/** The banner states (rate limit, funds, quota, offline, signed out) behind the error store. */
export interface StickyStates {
  values: () => StickyValues;
  /** Updates the state a blocking kind drives. */
  apply: (error: ApiError, at: number) => void;
  resolve: (key: StickyKey) => void;
  setOnline: (online: boolean) => void;
  reset: () => void;
}

const initial = (): StickyValues => ({
  rateLimitedUntil: null,
  rateLimitError: null,
  insufficientFunds: null,
  quota: null,
  offline: false,
  unauthenticated: null,
});

/** Creates the banner states; `changed` tells the store how soon to publish. */
export function createStickyStates(
  options: Pick<ErrorStoreOptions, 'defaultRateLimitMs' | 'onUnauthenticated'> & { now: () => number },
  changed: (urgency: Urgency) => void,
): StickyStates {
  const defaultRateLimitMs = options.defaultRateLimitMs ?? 30_000;
  let state = initial();
  let rateTimer: ReturnType<typeof setTimeout> | undefined;
  const set = (next: Partial<StickyValues>, urgency: Urgency): void => {
    state = { ...state, ...next };
    changed(urgency);
  };

  const clearRateLimitWhenDue = (): void => {
    if (rateTimer !== undefined) clearTimeout(rateTimer);
    rateTimer = undefined;
    const until = state.rateLimitedUntil;
    if (until === null) return;
    // One timer for the whole store; readers compare with now anyway, this only tidies the state.
    rateTimer = setTimeout(() => {
      rateTimer = undefined;
      if (state.rateLimitedUntil !== null && options.now() >= state.rateLimitedUntil) {
        set({ rateLimitedUntil: null, rateLimitError: null }, 'now');
      } else {
        clearRateLimitWhenDue();
      }
    }, Math.max(0, until - options.now()));
    unrefTimer(rateTimer);
  };

  return {
    values: () => state,
    apply(error, at) {
      switch (stickyKeyFor(error.kind)) {
        case 'rate_limited': {
          const until = at + (error.retryAfterMs ?? defaultRateLimitMs);
          const current = state.rateLimitedUntil;
          const wasLimited = current !== null && current > at;
          if (wasLimited && until <= current) return;
          set({ rateLimitedUntil: until, rateLimitError: error }, wasLimited ? 'soon' : 'now');
          clearRateLimitWhenDue();
          return;
        }
        case 'insufficient_funds':
          set({ insufficientFunds: { ...readFundsFigures(error.details), error } }, state.insufficientFunds ? 'soon' : 'now');
          return;
        case 'quota':
          set({ quota: { ...readQuotaFigures(error.details, error.code), error } }, state.quota ? 'soon' : 'now');
          return;
        case 'offline':
          if (!state.offline) set({ offline: true }, 'now');
          return;
        case 'unauthenticated':
          if (state.unauthenticated !== null) return;
          set({ unauthenticated: error }, 'now');
          try {
            options.onUnauthenticated?.(error);
          } catch {
            // The app's sign-in hook must not break error reporting.
          }
          return;
        default:
          return;
      }
    },
    resolve(key) {
      if (key === 'rate_limited') set({ rateLimitedUntil: null, rateLimitError: null }, 'now');
      else if (key === 'insufficient_funds') set({ insufficientFunds: null }, 'now');
      else if (key === 'quota') set({ quota: null }, 'now');
      else if (key === 'offline') set({ offline: false }, 'now');
      else set({ unauthenticated: null }, 'now');
      if (key === 'rate_limited') clearRateLimitWhenDue();
    },
    setOnline(online) {
      if (state.offline !== online) return;
      set({ offline: !online }, 'now');
    },
    reset() {
      state = initial();
      clearRateLimitWhenDue();
    },
  };
}
