import { useMemo } from 'react';
import type { ApiError } from '../ApiError.js';
import type { QuotaFigures } from '../store/readQuotaFigures.js';
import { useErrata } from './useErrata.js';
import { useErrataStore } from './useErrataStore.js';

/** The quota banner state. */
export interface QuotaView extends QuotaFigures {
  active: boolean;
  error: ApiError | null;
  /** Clears the banner (after an upgrade or a removal). */
  resolve: () => void;
}

/**
 * The sticky quota state with `used` / `limit` / `metric` when the server sent them.
 *
 * @example
 * const quota = useQuota();
 * if (quota.active) return <Banner>You've used {quota.used} of {quota.limit} {quota.metric}.</Banner>;
 */
export function useQuota(): QuotaView {
  const { store } = useErrata();
  const quota = useErrataStore((state) => state.quota);
  return useMemo(
    () => ({
      ...quota,
      active: quota !== null,
      error: quota?.error ?? null,
      resolve: () => store.getState().resolve('quota'),
    }),
    [quota, store],
  );
}
